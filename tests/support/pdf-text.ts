import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text of a PDF as a reader sees it: one string per page (lines joined by "\n"), metadata, bookmarks. */
export interface PdfTextContent {
  pages: string[];
  /** The document information dictionary (Title, Author, Subject, Keywords, Creator, Producer, Language …). */
  info: Record<string, unknown>;
  /** Outline (bookmark) titles, depth first. */
  outline: string[];
}

/** Where each piece of text sits on a page, in PDF points from the bottom-left corner. */
export interface PdfPageTextBoxes {
  width: number;
  height: number;
  boxes: Array<{ text: string; x: number; y: number; width: number; height: number }>;
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

/** Invisible break opportunities (zero-width space, soft hyphen) that documents may contain. */
const INVISIBLE = /[\u200B\u00AD]/g;

async function withPdf<T>(bytes: Uint8Array, read: (doc: PdfDocument) => Promise<T>): Promise<T> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

function flattenOutline(nodes: OutlineNode[] | null): string[] {
  return (nodes ?? []).flatMap((node) => [node.title.replace(INVISIBLE, ''), ...flattenOutline(node.items)]);
}

function normaliseLines(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Extracts per-page text with the pdfjs-dist legacy build (plain Node, no canvas needed). */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfTextContent> {
  return withPdf(bytes, async (doc) => {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      let text = '';
      for (const item of (await page.getTextContent()).items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(normaliseLines(text));
      page.cleanup();
    }
    const info = { ...((await doc.getMetadata()).info as Record<string, unknown>) };
    const outline = flattenOutline((await doc.getOutline()) as OutlineNode[] | null);
    return { pages, info, outline };
  });
}

/** Positions of the text pieces per page, to check that nothing runs off the printable area. */
export async function extractPdfTextBoxes(bytes: Uint8Array): Promise<PdfPageTextBoxes[]> {
  return withPdf(bytes, async (doc) => {
    const pages: PdfPageTextBoxes[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const [x0, y0, x1, y1] = page.view;
      const boxes: PdfPageTextBoxes['boxes'] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.replace(INVISIBLE, '').trim() === '') continue;
        boxes.push({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, boxes });
      page.cleanup();
    }
    return pages;
  });
}
