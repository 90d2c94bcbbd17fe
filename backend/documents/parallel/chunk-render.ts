import { writeFileSync } from 'node:fs';
import { TABLE_LAYOUTS } from '../../../domain/documents/art30';
import type { PdfContent, PdfDocumentDefinition, PdfNode, PdfPageContent, PdfStyle } from '../../../domain/documents/art30/pdf-types';
import { buildRecordDocument } from '../../../domain/documents/art30/record-document';
import type { DocumentJobRequest } from '../document-job';
import { inlinedNodesWhere } from '../inline-styles';
import { renderPdf, type RenderProgress } from '../pdfmake-renderer';
import { isConstantFurniture, planChunks, sectionContent, type ChunkPlan } from './chunk-plan';
import { PackedSections } from './packed-sections';

/**
 * The three kinds of part a pool worker renders (parallel-pdf.ts puts them together):
 * - body: sections [first, end) without page numbers; reports the page of every TOC item;
 * - front: cover sheet and table of contents, once the pages of all TOC items are known;
 * - furniture: header/footer pages with the final "Seite x von y", stamped onto the pages
 *   by the join (pdf-join.ts). Headers and footers without page numbers are rendered with the
 *   parts instead.
 * Every part is written to a file; only page counts and TOC entries go back to the main thread.
 */

/** One TOC line: what pdfmake's TOC takes from the heading, and the heading's page. */
export interface TocEntry {
  text: PdfNode['text'];
  id: string;
  tocStyle?: PdfStyle | string;
  tocMargin?: [number, number, number, number];
  tocNumberStyle?: PdfStyle | string;
  /** 1-based: within its part (body result), or within all body pages (front input). */
  page: number;
}

export interface PreparedDocument {
  /** The definition up to its first section: cover sheet, TOC, header and footer. */
  definition: PdfDocumentDefinition;
  /** The sections, packed (packed-sections.ts); null once dropped (withoutSections). */
  sections: PackedSections | null;
  /** Every TOC line as the body parts will report it, the page still 1 (see countFrontPages). */
  tocEntries: TocEntry[];
  plan: ChunkPlan;
  headerInParts: boolean;
  footerInParts: boolean;
  /** TOC items before each section (pdfmake names unnamed items `toc-_default_-<n>` through the document). */
  tocItemsBefore: number[];
}

export type Preparation = { chunkable: true; document: PreparedDocument } | { chunkable: false; reason: string };

export function prepareDocument(request: Pick<DocumentJobRequest, 'snapshot' | 'options'>): Preparation {
  const definition = buildRecordDocument(request.snapshot, request.options);
  const outcome = planChunks(definition);
  if (!outcome.chunkable) return outcome;
  const { plan } = outcome;
  const tocItemsBefore: number[] = [];
  let seen = 0;
  for (const count of plan.tocItemsPerSection) {
    tocItemsBefore.push(seen);
    seen += count;
  }
  // Each section's top-level nodes (arrays of references into the definition, not copies).
  const sectionNodes = plan.sectionStarts.map((_, index) => sectionContent(definition, plan, index, index + 1));
  const tocEntries = sectionNodes.flatMap((nodes, index) => tocEntriesOfSection(definition, nodes, tocItemsBefore[index]));
  const sections = PackedSections.pack(sectionNodes);
  return {
    chunkable: true,
    document: {
      definition: { ...definition, content: definition.content.slice(0, plan.sectionStarts[0]) },
      sections,
      tocEntries,
      plan,
      headerInParts: isConstantFurniture(definition.header),
      footerInParts: isConstantFurniture(definition.footer),
      tocItemsBefore,
    },
  };
}

/** The whole definition again, for a document that goes to one worker as a whole. */
export function wholeDefinition(document: PreparedDocument): PdfDocumentDefinition {
  if (!document.sections) throw new Error('The sections of this document were dropped');
  return { ...document.definition, content: [...document.definition.content, ...document.sections.slice(0, document.sections.count)] };
}

function isNode(value: unknown): value is PdfNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** TOC item nodes in document order (the objects pdfmake will annotate with `positions`). */
function collectTocItems(content: unknown, into: PdfNode[] = []): PdfNode[] {
  if (Array.isArray(content)) {
    for (const child of content) collectTocItems(child, into);
  } else if (isNode(content)) {
    const node = content as PdfNode & { section?: unknown };
    if (node.tocItem) into.push(node);
    if (Array.isArray(node.text)) collectTocItems(node.text, into);
    for (const child of [node.stack, node.columns, node.ul, node.ol, node.section]) if (child) collectTocItems(child, into);
    if (node.table) collectTocItems(node.table.body, into);
  }
  return into;
}

function pageOf(node: PdfNode): number {
  const positions = (node as { positions?: Array<{ pageNumber: number }> }).positions;
  const page = positions?.[0]?.pageNumber;
  if (typeof page !== 'number') throw new Error(`The TOC item ${node.id ?? ''} was not placed on a page`);
  return page;
}

/** Page count of a pdfmake definition run, learned from the header callback pdfmake calls after layout. */
function withPageCount(definition: PdfDocumentDefinition, onCount: (pages: number) => void): PdfDocumentDefinition {
  const header = definition.header;
  let known = false;
  return {
    ...definition,
    header: ((page: number, pages: number) => {
      if (!known) {
        known = true;
        onCount(pages);
      }
      return header ? header(page, pages) : null;
    }) as PdfPageContent,
  };
}

export interface PartResult {
  pages: number;
}

export interface BodyPartResult extends PartResult {
  tocEntries: TocEntry[];
}

function tocEntry(node: PdfNode, text: PdfNode['text'], page: number): TocEntry {
  return {
    text,
    id: node.id!,
    ...(node.tocStyle !== undefined ? { tocStyle: node.tocStyle } : {}),
    ...(node.tocMargin !== undefined ? { tocMargin: node.tocMargin } : {}),
    ...(node.tocNumberStyle !== undefined ? { tocNumberStyle: node.tocNumberStyle } : {}),
    page,
  };
}

/**
 * The TOC entries of one section as its body part will report them, the page still 1: enough to
 * lay out the front (its TOC prints the numbers in a width fixed in advance), so the front's
 * page count is known before the bodies are done (parallel-pdf.ts). `firstIndex` numbers the
 * unnamed items through the document, as pdfmake does.
 */
function tocEntriesOfSection(definition: PdfDocumentDefinition, nodes: PdfContent[], firstIndex: number): TocEntry[] {
  // Cloned: pdfmake rewrites text arrays while laying out.
  return inlinedNodesWhere(definition, nodes, (node) => Boolean(node.tocItem)).map((node, index) =>
    tocEntry({ ...node, id: node.id ?? `toc-_default_-${firstIndex + index}` }, structuredClone(node.text), 1),
  );
}

/**
 * The document without its sections (≈ 53 MB of packed JSON for 10,000 activities), once the
 * body parts are done: the front and the page furniture do not need them.
 */
export function withoutSections(document: PreparedDocument): PreparedDocument {
  return { ...document, sections: null };
}

export async function renderBodyPart(
  document: PreparedDocument,
  range: { first: number; end: number },
  file: string,
  progress: RenderProgress & { laidOut?(pages: number): void },
): Promise<BodyPartResult> {
  if (!document.sections) throw new Error('The sections of this document were dropped before its body parts were rendered');
  const { definition } = document;
  const [head, ...rest] = document.sections.slice(range.first, range.end);
  // The first section starts the part's first page: its page break would add an empty page.
  const { pageBreak: _pageBreak, ...first } = head as PdfNode;
  const part: PdfDocumentDefinition = {
    ...definition,
    content: [first, ...rest],
    header: document.headerInParts ? definition.header : undefined,
    footer: document.footerInParts ? definition.footer : undefined,
  };
  let tocNodes: PdfNode[] = [];
  let texts: Array<PdfNode['text']> = [];
  let pages = 0;
  const bytes = await renderPdf(part, TABLE_LAYOUTS, progress, {
    prepare: (prepared) => {
      tocNodes = collectTocItems(prepared.content);
      let index = document.tocItemsBefore[range.first];
      for (const node of tocNodes) {
        node.id ??= `toc-_default_-${index}`;
        index++;
      }
      // pdfmake rewrites text arrays while laying out: keep the text as the TOC will take it.
      texts = tocNodes.map((node) => structuredClone(node.text));
      return withPageCount(prepared, (count) => {
        pages = count;
        progress.laidOut?.(count);
      });
    },
  });
  writeFileSync(file, bytes);
  const tocEntries = tocNodes.map((node, index) => tocEntry(node, texts[index], pageOf(node)));
  return { pages, tocEntries };
}

/**
 * The TOC as pdfmake builds it (DocMeasure.measureToc in pdfmake 0.3): a borderless two-column
 * table, the number laid out as "00000" and replaced with the page number when the line is
 * drawn (`_tocItemRef`, which pdfmake reads at render time). The page numbers are only known
 * once the front part is laid out, so the references are filled from the header callback.
 */
function tocTable(
  entries: TocEntry[],
  toc: NonNullable<ChunkPlan['toc']>,
): { table: PdfNode; references: Array<{ positions: Array<{ pageNumber: number }> }> } {
  const textStyle = toc.textStyle ?? {};
  const numberStyle = toc.numberStyle ?? textStyle;
  const textMargin = toc.textMargin ?? [0, 0, 0, 0];
  const references = entries.map(() => ({ positions: [{ pageNumber: 0 }] }));
  const body = entries.map((entry, index) => {
    const margin = entry.tocMargin ?? textMargin;
    return [
      { text: entry.text, linkToDestination: entry.id, alignment: 'left', style: entry.tocStyle ?? textStyle, margin },
      {
        text: '00000',
        linkToDestination: entry.id,
        alignment: 'right',
        _tocItemRef: references[index],
        style: entry.tocNumberStyle ?? numberStyle,
        margin: [0, margin[1], 0, margin[3]],
      },
    ];
  });
  const table = { table: { dontBreakRows: true, widths: ['*', 'auto'], body }, layout: 'noBorders' } as unknown as PdfNode;
  return { table, references };
}

/** Whether the document has anything before its first section (cover sheet, TOC). */
export function hasFront(document: PreparedDocument): boolean {
  return document.plan.sectionStarts[0] > 0;
}

/** The front's definition: cover sheet and TOC, the TOC built from `entries` (see tocTable). */
function frontDefinition(
  document: PreparedDocument,
  prepared: PdfDocumentDefinition,
  entries: TocEntry[],
): { definition: PdfDocumentDefinition; references: Array<{ positions: Array<{ pageNumber: number }> }> } {
  const { plan } = document;
  if (!plan.toc || plan.tocIndex < 0 || entries.length === 0) return { definition: prepared, references: [] };
  const content = [...prepared.content];
  const { toc: inlinedToc, ...tocNode } = content[plan.tocIndex] as PdfNode;
  const built = tocTable(entries, plan.toc);
  // The table is not passed through inlineNamedStyles: pdfmake builds it after that step too.
  content[plan.tocIndex] = { ...tocNode, stack: [...(inlinedToc?.title ? [inlinedToc.title] : []), built.table] };
  return { definition: { ...prepared, content }, references: built.references };
}

/** The definition holds only the front (prepareDocument); its furniture as the parts carry it. */
function frontPart(document: PreparedDocument): PdfDocumentDefinition {
  const { definition } = document;
  return {
    ...definition,
    header: document.headerInParts ? definition.header : undefined,
    footer: document.footerInParts ? definition.footer : undefined,
  };
}

export async function renderFrontPart(document: PreparedDocument, entries: TocEntry[], file: string): Promise<PartResult> {
  let pages = 0;
  const bytes = await renderPdf(
    frontPart(document),
    TABLE_LAYOUTS,
    {},
    {
      prepare: (prepared) => {
        const front = frontDefinition(document, prepared, entries);
        return withPageCount(front.definition, (count) => {
          pages = count;
          front.references.forEach((reference, index) => (reference.positions[0].pageNumber = count + entries[index].page));
        });
      },
    },
  );
  writeFileSync(file, bytes);
  return { pages };
}

/** Thrown from the header callback: the pages are counted, nothing needs to be drawn. */
class PagesCounted extends Error {
  constructor(readonly pages: number) {
    super(`laid out on ${pages} pages`);
  }
}

/**
 * The front's page count, laid out with every TOC number still 1 (the numbers have a fixed
 * width, so the count is final) and not rendered: pdfmake is stopped as soon as it asks for the
 * first header, which it does once every page is laid out.
 */
export async function countFrontPages(document: PreparedDocument): Promise<PartResult> {
  const entries = document.tocEntries;
  try {
    await renderPdf(frontPart(document), TABLE_LAYOUTS, {}, {
      prepare: (prepared) =>
        withPageCount(frontDefinition(document, prepared, entries).definition, (count) => {
          throw new PagesCounted(count);
        }),
    });
  } catch (error) {
    if (error instanceof PagesCounted) return { pages: error.pages };
    throw error;
  }
  throw new Error('The front was rendered without a page count');
}

/** Empty pages, `count` of them, that carry only the page header and footer. */
function emptyPages(count: number): PdfContent[] {
  return Array.from({ length: count }, (_, index) => (index === 0 ? { text: '' } : { text: '', pageBreak: 'before' }));
}

/** Header/footer of pages firstPage … firstPage+count-1 (1-based, of `total`). */
export async function renderFurniturePart(
  document: PreparedDocument,
  firstPage: number,
  count: number,
  total: number,
  file: string,
): Promise<PartResult> {
  const { definition } = document;
  const shift = (furniture: PdfPageContent | undefined, inParts: boolean): PdfPageContent | undefined =>
    furniture && !inParts ? (page) => furniture(firstPage - 1 + page, total) : undefined;
  const part: PdfDocumentDefinition = {
    ...definition,
    // Uncompressed: the join rewrites these small streams (pdf-join.ts furnitureOf).
    ...({ compress: false } as object),
    content: emptyPages(count),
    header: shift(definition.header, document.headerInParts),
    footer: shift(definition.footer, document.footerInParts),
  };
  let pages = 0;
  const bytes = await renderPdf(part, TABLE_LAYOUTS, {}, { prepare: (prepared) => withPageCount(prepared, (n) => (pages = n)) });
  if (pages !== count) throw new Error(`The page furniture came out with ${pages} pages instead of ${count}`);
  writeFileSync(file, bytes);
  return { pages };
}
