import type { PdfCell, PdfContent, PdfNode, PdfTable, PdfWidth } from '../art30/pdf-types';
import { layoutClass, styleClass, styleDeclarations } from './css';
import { escapeHtml, pt, safeColor, safeToken } from './escape';

/** One entry of the table of contents: every node marked `tocItem` in the content. */
export interface TocEntry {
  id: string;
  text: string;
}

export interface HtmlRenderContext {
  tocEntries: TocEntry[];
  /** Layout names the definition may use (others fall back to pdfmake's default look). */
  layoutNames: ReadonlySet<string>;
}

/** Plain text of a node (for TOC entries and headings). */
export function plainText(content: PdfContent | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(plainText).join('');
  if (typeof content.text === 'string') return content.text;
  if (Array.isArray(content.text)) return content.text.map(plainText).join('');
  return [...(content.stack ?? []), ...(content.columns ?? [])].map(plainText).join(' ');
}

function classes(node: PdfNode, extra: string[] = []): string {
  const styles = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  const names = [...extra, ...styles.map(styleClass)];
  return names.length ? ` class="${escapeHtml(names.join(' '))}"` : '';
}

/** Attributes for a node: id, classes and its own style properties (page breaks included). */
function attributes(node: PdfNode, options: { block: boolean; extraClasses?: string[]; extraCss?: string[] }): string {
  const css = [...styleDeclarations(node, { block: options.block }), ...(options.extraCss ?? [])];
  if (options.block) {
    if (node.pageBreak === 'before') css.push('break-before:page');
    if (node.pageBreak === 'after') css.push('break-after:page');
    if (node.unbreakable) css.push('break-inside:avoid');
  }
  const id = node.id ? ` id="${escapeHtml(safeToken(node.id))}"` : '';
  return `${id}${classes(node, options.extraClasses)}${css.length ? ` style="${escapeHtml(css.join(';'))}"` : ''}`;
}

function inline(content: PdfContent): string {
  if (typeof content === 'string') return escapeHtml(content);
  if (Array.isArray(content)) return content.map(inline).join('');
  const inner = typeof content.text === 'string' ? escapeHtml(content.text) : Array.isArray(content.text) ? content.text.map(inline).join('') : '';
  const span = `<span${attributes(content, { block: false })}>${inner}</span>`;
  return content.linkToDestination ? `<a href="#${escapeHtml(safeToken(content.linkToDestination))}">${span}</a>` : span;
}

function textBlock(node: PdfNode): string {
  const inner = typeof node.text === 'string' ? escapeHtml(node.text) : (node.text ?? []).map(inline).join('');
  const tag = node.tocItem ? 'h2' : 'div';
  const body = node.linkToDestination ? `<a href="#${escapeHtml(safeToken(node.linkToDestination))}">${inner}</a>` : inner;
  return `<${tag}${attributes(node, { block: true, extraClasses: ['text'] })}>${body}</${tag}>`;
}

function columnCss(width: PdfWidth | undefined): string {
  if (typeof width === 'number') return `flex:0 0 ${pt(width) ?? 'auto'}`;
  return width === 'auto' ? 'flex:0 1 auto' : 'flex:1 1 0';
}

function widthCss(width: PdfWidth): string {
  return typeof width === 'number' ? `width:${pt(width)}` : '';
}

function cellHtml(cell: PdfCell, tag: 'td' | 'th', ctx: HtmlRenderContext): string {
  if (typeof cell === 'string') return `<${tag}>${escapeHtml(cell)}</${tag}>`;
  const fill = safeColor(cell.fillColor);
  const span = cell.colSpan && cell.colSpan > 1 ? ` colspan="${Math.floor(cell.colSpan)}"` : '';
  const style = fill ? ` style="background-color:${fill}"` : '';
  const { fillColor: _fill, colSpan: _span, ...content } = cell;
  return `<${tag}${span}${style}>${blockHtml(content, ctx)}</${tag}>`;
}

/** Cells a colSpan covers are given as empty objects; they produce no cell. */
function rowHtml(row: PdfCell[], tag: 'td' | 'th', ctx: HtmlRenderContext): string {
  const cells: string[] = [];
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    cells.push(cellHtml(cell, tag, ctx));
    if (typeof cell !== 'string' && cell.colSpan && cell.colSpan > 1) index += cell.colSpan - 1;
  }
  return `<tr>${cells.join('')}</tr>`;
}

function tableHtml(node: PdfNode, table: PdfTable, ctx: HtmlRenderContext): string {
  const layout = node.layout && ctx.layoutNames.has(node.layout) ? layoutClass(node.layout) : layoutClass('default');
  const cols = `<colgroup>${table.widths.map((width) => `<col${widthCss(width) ? ` style="${widthCss(width)}"` : ''}>`).join('')}</colgroup>`;
  const headerRows = Math.max(0, Math.min(table.headerRows ?? 0, table.body.length));
  const head = headerRows ? `<thead>${table.body.slice(0, headerRows).map((row) => rowHtml(row, 'th', ctx)).join('')}</thead>` : '';
  const body = `<tbody>${table.body.slice(headerRows).map((row) => rowHtml(row, 'td', ctx)).join('')}</tbody>`;
  const extraClasses = ['table', layout, ...(table.dontBreakRows ? ['rows-unbroken'] : [])];
  return `<table${attributes(node, { block: true, extraClasses })}>${cols}${head}${body}</table>`;
}

function listHtml(node: PdfNode, items: PdfContent[], tag: 'ul' | 'ol', ctx: HtmlRenderContext): string {
  const marker = safeColor(node.markerColor);
  const extraCss = marker ? [`--marker:${marker}`] : [];
  return `<${tag}${attributes(node, { block: true, extraClasses: ['list'], extraCss })}>${items
    .map((item) => `<li>${blockHtml(item, ctx)}</li>`)
    .join('')}</${tag}>`;
}

/** The table of contents becomes a list of the headings with links (no page numbers in HTML). */
function tocHtml(node: PdfNode, ctx: HtmlRenderContext): string {
  const title = node.toc?.title ? blockHtml(node.toc.title, ctx) : '';
  const entries = ctx.tocEntries
    .map((entry) => `<li><a href="#${escapeHtml(safeToken(entry.id))}">${escapeHtml(entry.text)}</a></li>`)
    .join('');
  return `<nav${attributes(node, { block: true, extraClasses: ['toc'] })}>${title}<ol class="toc-entries">${entries}</ol></nav>`;
}

function canvasHtml(node: PdfNode): string {
  const rules = (node.canvas ?? []).map((shape) => {
    const css = [`width:${pt(Math.abs(shape.x2 - shape.x1)) ?? '0'}`, `margin-left:${pt(Math.min(shape.x1, shape.x2)) ?? '0'}`];
    css.push(`margin-top:${pt(shape.y1) ?? '0'}`, `border-top:${pt(shape.lineWidth ?? 1)} solid ${safeColor(shape.lineColor) ?? '#000'}`);
    return `<div class="rule" style="${css.join(';')}"></div>`;
  });
  return `<div${attributes(node, { block: true, extraClasses: ['canvas'] })}>${rules.join('')}</div>`;
}

/** Any content as block-level HTML, following pdfmake's order of node kinds. */
export function blockHtml(content: PdfContent, ctx: HtmlRenderContext): string {
  if (typeof content === 'string') return `<div class="text">${escapeHtml(content)}</div>`;
  if (Array.isArray(content)) return content.map((child) => blockHtml(child, ctx)).join('');
  const node = content;
  if (node.columns) {
    const columns = node.columns
      .map((column) => `<div class="column" style="${columnCss(column.width)}">${blockHtml(column, ctx)}</div>`)
      .join('');
    const gap = pt(node.columnGap ?? 0) ?? '0';
    return `<div${attributes(node, { block: true, extraClasses: ['columns'], extraCss: [`gap:${gap}`] })}>${columns}</div>`;
  }
  if (node.stack) return `<div${attributes(node, { block: true, extraClasses: ['stack'] })}>${node.stack.map((c) => blockHtml(c, ctx)).join('')}</div>`;
  if (node.ul) return listHtml(node, node.ul, 'ul', ctx);
  if (node.ol) return listHtml(node, node.ol, 'ol', ctx);
  if (node.table) return tableHtml(node, node.table, ctx);
  if (node.text !== undefined) return textBlock(node);
  if (node.toc) return tocHtml(node, ctx);
  if (node.canvas) return canvasHtml(node);
  return '';
}

/** Every node marked as a TOC item, in document order, with the text it shows. */
export function collectTocEntries(content: PdfContent, entries: TocEntry[] = []): TocEntry[] {
  if (typeof content === 'string') return entries;
  if (Array.isArray(content)) {
    for (const child of content) collectTocEntries(child, entries);
    return entries;
  }
  if (content.tocItem && content.id) entries.push({ id: content.id, text: content.outlineText ?? plainText(content) });
  for (const child of [...(content.stack ?? []), ...(content.columns ?? [])]) collectTocEntries(child, entries);
  return entries;
}
