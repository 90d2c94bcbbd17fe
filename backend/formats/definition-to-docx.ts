import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { PdfCell, PdfContent, PdfDocumentDefinition, PdfNode, PdfStyle } from '../../domain/documents/art30/pdf-types';

/**
 * A pdfmake document definition (the one tree the Art. 30 record, the processor record and
 * the notices are built as) as an editable Word document: paragraphs with the definition's
 * type scale, headings as Word headings (navigation pane, TOC), tables with repeating header
 * rows, lists, page breaks, running header and footer with page-number fields.
 */

/** 1 pt = 20 twips; pdfmake sizes are pt, Word font sizes half-points. */
const TWIPS_PER_PT = 20;
/** Sentinels passed to the header/footer callbacks; replaced by page-number fields. */
const PAGE_SENTINEL = '9990001';
const PAGES_SENTINEL = '9990002';

interface RenderContext {
  styles: Record<string, PdfStyle>;
  contentWidthTwips: number;
  /** Headings marked as TOC items, in document order. */
  tocEntries: string[];
}

type Block = Paragraph | Table;

function styleOf(node: PdfNode | undefined, ctx: RenderContext): PdfStyle {
  if (!node) return {};
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  const merged: PdfStyle = {};
  for (const name of names) Object.assign(merged, ctx.styles[name] ?? {});
  const own: PdfStyle = {};
  for (const key of ['fontSize', 'bold', 'italics', 'color', 'background', 'alignment', 'margin'] as const) {
    if (node[key] !== undefined) (own as Record<string, unknown>)[key] = node[key];
  }
  return { ...merged, ...own };
}

function color(value: string | undefined): string | undefined {
  return value && /^#[0-9a-f]{6}$/i.test(value) ? value.slice(1).toUpperCase() : undefined;
}

function runOptions(style: PdfStyle): IRunOptions {
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.fontSize ? { size: Math.round(style.fontSize * 2) } : {}),
    ...(color(style.color) ? { color: color(style.color) } : {}),
    ...(color(style.background) ? { shading: { type: ShadingType.CLEAR, fill: color(style.background), color: 'auto' } } : {}),
  };
}

/** Text with line breaks as runs with breaks (Word ignores "\n" inside a run). */
function textRuns(text: string, style: PdfStyle, fields = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  text.split('\n').forEach((line, index) => {
    const options = runOptions(style);
    if (fields && (line.includes(PAGE_SENTINEL) || line.includes(PAGES_SENTINEL))) {
      const parts = line.split(new RegExp(`(${PAGE_SENTINEL}|${PAGES_SENTINEL})`));
      const children = parts.filter(Boolean).map((part) => (part === PAGE_SENTINEL ? PageNumber.CURRENT : part === PAGES_SENTINEL ? PageNumber.TOTAL_PAGES : part));
      runs.push(new TextRun({ ...options, children, ...(index > 0 ? { break: 1 } : {}) }));
    } else {
      runs.push(new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }));
    }
  });
  return runs;
}

function inlineRuns(content: PdfContent, inherited: PdfStyle, ctx: RenderContext, fields = false): ParagraphChild[] {
  if (typeof content === 'string') return textRuns(content, inherited, fields);
  if (Array.isArray(content)) return content.flatMap((c) => inlineRuns(c, inherited, ctx, fields));
  const style = { ...inherited, ...styleOf(content, ctx) };
  if (typeof content.text === 'string') return textRuns(content.text, style, fields);
  if (Array.isArray(content.text)) return content.text.flatMap((c) => inlineRuns(c, style, ctx, fields));
  return [];
}

function heading(node: PdfNode): IParagraphOptions['heading'] | undefined {
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  if (names.includes('coverTitle')) return HeadingLevel.TITLE;
  if (node.tocItem || names.includes('h1') || node.headlineLevel === 1) return HeadingLevel.HEADING_1;
  if (names.includes('h2') || node.headlineLevel === 2) return HeadingLevel.HEADING_2;
  return undefined;
}

function alignment(style: PdfStyle): IParagraphOptions['alignment'] {
  if (style.alignment === 'right') return AlignmentType.RIGHT;
  if (style.alignment === 'center') return AlignmentType.CENTER;
  if (style.alignment === 'justify') return AlignmentType.JUSTIFIED;
  return undefined;
}

function spacing(style: PdfStyle): IParagraphOptions['spacing'] {
  const margin = style.margin;
  if (margin === undefined) return { after: 80 };
  const [, top, , bottom] = typeof margin === 'number' ? [margin, margin, margin, margin] : margin.length === 2 ? [margin[0], margin[1], margin[0], margin[1]] : margin;
  return { before: Math.round(top * TWIPS_PER_PT), after: Math.round(bottom * TWIPS_PER_PT) };
}

function textParagraph(node: PdfNode, inherited: PdfStyle, ctx: RenderContext, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const style = { ...inherited, ...styleOf(node, ctx) };
  const level = heading(node);
  // Headings keep Word's heading style (so they show in the navigation pane); only the colour is taken over.
  const runStyle = level ? { color: style.color } : style;
  return new Paragraph({
    children: inlineRuns(node.text ?? '', runStyle, ctx),
    ...(level ? { heading: level } : {}),
    alignment: alignment(style),
    spacing: spacing(style),
    ...(node.pageBreak === 'before' ? { pageBreakBefore: true } : {}),
    ...extra,
  });
}

function tableBlock(node: PdfNode, ctx: RenderContext, inherited: PdfStyle): Table {
  const table = node.table!;
  const widths = table.widths.map((w) => (typeof w === 'number' ? w : 0));
  const known = widths.reduce((sum, w) => sum + w, 0);
  const flexible = widths.filter((w) => w === 0).length;
  const totalPt = ctx.contentWidthTwips / TWIPS_PER_PT;
  const columnPt = widths.map((w) => (w > 0 ? w : Math.max(40, (totalPt - known) / Math.max(1, flexible))));
  const scale = Math.min(1, totalPt / columnPt.reduce((s, w) => s + w, 0));
  const headerRows = table.headerRows ?? 0;
  const rows = table.body.map((row, rowIndex) => {
    const cells: TableCell[] = [];
    for (let index = 0; index < row.length; index++) {
      const cell: PdfCell = row[index];
      const span = typeof cell === 'string' ? 1 : Math.max(1, Math.floor(cell.colSpan ?? 1));
      const width = columnPt.slice(index, index + span).reduce((s, w) => s + w, 0) * scale;
      const fill = typeof cell === 'string' ? undefined : color(cell.fillColor);
      const children = cellBlocks(cell, ctx, inherited);
      cells.push(
        new TableCell({
          children: children.length ? children : [new Paragraph('')],
          width: { size: Math.round(width * TWIPS_PER_PT), type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
        }),
      );
      index += span - 1;
    }
    return new TableRow({ children: cells, ...(rowIndex < headerRows ? { tableHeader: true } : {}), ...(table.dontBreakRows ? { cantSplit: true } : {}) });
  });
  const rule = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DB' };
  return new Table({
    rows,
    width: { size: Math.round(columnPt.reduce((s, w) => s + w, 0) * scale * TWIPS_PER_PT), type: WidthType.DXA },
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
  });
}

function cellBlocks(cell: PdfCell, ctx: RenderContext, inherited: PdfStyle): Block[] {
  if (typeof cell === 'string') return [new Paragraph({ children: textRuns(cell, inherited) })];
  const { colSpan: _span, fillColor: _fill, ...content } = cell;
  return blocks(content, ctx, inherited);
}

/** The first text of a list item (it gets the bullet) and the rest, which follows as plain blocks. */
function splitFirst(content: PdfContent, inherited: PdfStyle, ctx: RenderContext): { first: ParagraphChild[]; rest: PdfContent[]; style: PdfStyle } {
  if (typeof content === 'string') return { first: textRuns(content, inherited), rest: [], style: inherited };
  if (Array.isArray(content)) {
    const [head, ...tail] = content;
    if (head === undefined) return { first: [], rest: [], style: inherited };
    const inner = splitFirst(head, inherited, ctx);
    return { ...inner, rest: [...inner.rest, ...tail] };
  }
  const style = { ...inherited, ...styleOf(content, ctx) };
  if (content.text !== undefined) return { first: inlineRuns(content.text, style, ctx), rest: [], style };
  if (content.stack?.length) {
    const [head, ...tail] = content.stack;
    const inner = splitFirst(head, style, ctx);
    return { ...inner, rest: [...inner.rest, ...tail.map((child) => (typeof child === 'object' && !Array.isArray(child) ? { ...styleOnly(content), ...child } : child))] };
  }
  return { first: [], rest: [content], style };
}

function styleOnly(node: PdfNode): PdfNode {
  const { stack: _stack, ...rest } = node;
  return rest;
}

function listBlocks(items: PdfContent[], ordered: boolean, ctx: RenderContext, inherited: PdfStyle): Block[] {
  return items.flatMap((item, index) => {
    const { first, rest, style } = splitFirst(item, inherited, ctx);
    const paragraph = ordered
      ? new Paragraph({ children: [new TextRun({ ...runOptions(style), text: `${index + 1}. ` }), ...first], indent: { left: 360, hanging: 360 }, spacing: { after: 40 } })
      : new Paragraph({ children: first, bullet: { level: 0 }, spacing: { after: 40 } });
    const following = rest.flatMap((child) => blocks(child, ctx, inherited));
    return [paragraph, ...following];
  });
}

/** The table of contents as the list of headings it would show (Word can insert a field TOC on demand). */
function tocBlocks(node: PdfNode, entries: string[], ctx: RenderContext): Block[] {
  const title = node.toc?.title ? blocks(node.toc.title, ctx, {}) : [];
  return [...title, ...entries.map((text) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 40 } }))];
}

function blocks(content: PdfContent, ctx: RenderContext, inherited: PdfStyle): Block[] {
  if (typeof content === 'string') return [new Paragraph({ children: textRuns(content, inherited), spacing: { after: 80 } })];
  if (Array.isArray(content)) return content.flatMap((c) => blocks(c, ctx, inherited));
  const node = content;
  const style = { ...inherited, ...styleOf(node, ctx) };
  const { margin: _margin, ...inheritable } = style;
  const withBreak = (list: Block[]): Block[] => (node.pageBreak === 'before' ? [new Paragraph({ children: [], pageBreakBefore: true }), ...list] : list);
  if (node.columns) return withBreak(node.columns.flatMap((column) => blocks(column, ctx, inheritable)));
  if (node.stack) return withBreak(node.stack.flatMap((child) => blocks(child, ctx, inheritable)));
  if (node.ul) return withBreak(listBlocks(node.ul, false, ctx, inheritable));
  if (node.ol) return withBreak(listBlocks(node.ol, true, ctx, inheritable));
  if (node.table) return withBreak([tableBlock(node, ctx, inheritable), new Paragraph({ children: [], spacing: { after: 120 } })]);
  if (node.text !== undefined) return [textParagraph(node, inherited, ctx)];
  if (node.toc) return withBreak(tocBlocks(node, ctx.tocEntries, ctx));
  if (node.canvas) return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F2933', space: 1 } }, spacing: { before: 360 } })];
  return [];
}

function collectHeadings(content: PdfContent, found: string[] = []): string[] {
  if (typeof content === 'string') return found;
  if (Array.isArray(content)) {
    content.forEach((c) => collectHeadings(c, found));
    return found;
  }
  if (content.tocItem) found.push(content.outlineText ?? (typeof content.text === 'string' ? content.text : ''));
  for (const child of [...(content.stack ?? []), ...(content.columns ?? [])]) collectHeadings(child, found);
  return found;
}

/** Header or footer: its columns as one line with centre and right tab stops; page numbers as fields. */
function furniture(content: PdfContent | undefined, ctx: RenderContext): Paragraph[] {
  if (!content) return [];
  const columns: PdfNode[] = [];
  const visit = (c: PdfContent) => {
    if (typeof c === 'string' || Array.isArray(c)) return;
    if (c.columns) columns.push(...c.columns);
    else if (c.stack) c.stack.forEach(visit);
  };
  visit(content);
  if (!columns.length) return [];
  const children: ParagraphChild[] = [];
  columns.forEach((column, index) => {
    if (index > 0) children.push(new TextRun({ text: '\t', size: 15 }));
    children.push(...inlineRuns(column.text ?? '', { fontSize: 7.5, color: '#5F6B7A' }, ctx, true));
  });
  const width = ctx.contentWidthTwips;
  const stops = columns.length === 2 ? [{ type: TabStopType.RIGHT, position: width }] : [{ type: TabStopType.CENTER, position: Math.round(width / 2) }, { type: TabStopType.RIGHT, position: width }];
  return [new Paragraph({ children, tabStops: stops })];
}

export interface DocxOptions {
  /** Organisation name or app for the document properties. */
  creator?: string;
}

/** Builds the Word document; `Packer` zips it. Pure apart from the zip step. */
export async function definitionToDocx(definition: PdfDocumentDefinition, options: DocxOptions = {}): Promise<Uint8Array> {
  const [left, top, right, bottom] = definition.pageMargins;
  const pageWidthPt = definition.pageOrientation === 'landscape' ? 841.89 : 595.28;
  const ctx: RenderContext = {
    styles: definition.styles,
    contentWidthTwips: Math.round((pageWidthPt - left - right) * TWIPS_PER_PT),
    tocEntries: collectHeadings(definition.content),
  };
  const body = definition.content.flatMap((content) => blocks(content, ctx, {}));
  const header = furniture(definition.header?.(Number(PAGE_SENTINEL), Number(PAGES_SENTINEL)), ctx);
  const footer = furniture(definition.footer?.(Number(PAGE_SENTINEL), Number(PAGES_SENTINEL)), ctx);
  const fontSize = definition.defaultStyle.fontSize ?? 9.5;
  const document = new Document({
    title: definition.info.title,
    ...(definition.info.subject ? { subject: definition.info.subject } : {}),
    ...(definition.info.keywords ? { keywords: definition.info.keywords } : {}),
    creator: options.creator ?? definition.info.author ?? 'VVT Desk',
    styles: {
      default: { document: { run: { font: 'Calibri', size: Math.round(fontSize * 2), color: color(definition.defaultStyle.color) } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(pageWidthPt * TWIPS_PER_PT), height: Math.round((definition.pageOrientation === 'landscape' ? 595.28 : 841.89) * TWIPS_PER_PT) },
            margin: { top: Math.round(top * TWIPS_PER_PT), right: Math.round(right * TWIPS_PER_PT), bottom: Math.round(bottom * TWIPS_PER_PT), left: Math.round(left * TWIPS_PER_PT), header: 500, footer: 500 },
          },
        },
        ...(header.length ? { headers: { default: new Header({ children: header }) } } : {}),
        ...(footer.length ? { footers: { default: new Footer({ children: footer }) } } : {}),
        children: body.length ? body : [new Paragraph('')],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
