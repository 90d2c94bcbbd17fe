import type { PdfContent, PdfDocumentDefinition, PdfNode, PdfPageContent, PdfStyle } from '../art30/pdf-types';
import { cssString, pt, safeColor } from './escape';
import { plainText } from './node-to-html';

/**
 * The running header and footer of a definition as CSS @page margin boxes. The callbacks are
 * called once with sentinel page numbers; the sentinels then become CSS page counters, so
 * "Seite 3 von 12" is numbered by the browser when printing.
 */

const PAGE = 987_001;
const PAGES = 987_002;

interface Piece {
  text: string;
  alignment: 'left' | 'center' | 'right';
  style: PdfStyle;
}

function styleOf(node: PdfNode, styles: Record<string, PdfStyle>): PdfStyle {
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  return Object.assign({}, ...names.map((name) => styles[name] ?? {}), node);
}

/** The text columns of a header/footer (in a stack or at the top), or the whole text as one piece. */
function pieces(content: PdfContent, styles: Record<string, PdfStyle>): Piece[] {
  if (typeof content === 'string') return [{ text: content, alignment: 'left', style: {} }];
  if (Array.isArray(content)) return content.flatMap((child) => pieces(child, styles));
  if (content.columns) {
    return content.columns.map((column, index) => {
      const style = styleOf(column, styles);
      const fallback = index === 0 ? 'left' : index === content.columns!.length - 1 ? 'right' : 'center';
      const alignment = style.alignment === 'center' || style.alignment === 'right' || style.alignment === 'left' ? style.alignment : fallback;
      return { text: plainText(column), alignment, style };
    });
  }
  if (content.stack) return content.stack.flatMap((child) => pieces(child, styles));
  const text = plainText(content);
  return text.trim() ? [{ text, alignment: 'left', style: styleOf(content, styles) }] : [];
}

/** "Seite 987001 von 987002" → "Seite " counter(page) " von " counter(pages). */
function contentValue(text: string): string {
  return text
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter((part) => part !== '')
    .map((part) => (part === String(PAGE) ? 'counter(page)' : part === String(PAGES) ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

function boxes(callback: PdfPageContent | undefined, edge: 'top' | 'bottom', styles: Record<string, PdfStyle>): string[] {
  if (!callback) return [];
  return pieces(callback(PAGE, PAGES), styles)
    .filter((piece) => piece.text.trim() !== '')
    .map((piece) => {
      const css = [`content:${contentValue(piece.text)}`, `vertical-align:${edge === 'top' ? 'bottom' : 'top'}`];
      const size = pt(piece.style.fontSize);
      if (size) css.push(`font-size:${size}`);
      const color = safeColor(piece.style.color);
      if (color) css.push(`color:${color}`);
      if (edge === 'top') css.push('border-bottom:0.5pt solid #C9D1DB', 'padding-bottom:3pt');
      return `@${edge}-${piece.alignment}{${css.join(';')}}`;
    });
}

/** The @page rule: A4, the definition's margins, header and footer. */
export function pageRule(definition: PdfDocumentDefinition): string {
  const [left, top, right, bottom] = definition.pageMargins;
  const margin = [top, right, bottom, left].map((value) => pt(value) ?? '0').join(' ');
  const furniture = [...boxes(definition.header, 'top', definition.styles), ...boxes(definition.footer, 'bottom', definition.styles)];
  return `@page{size:A4 ${definition.pageOrientation};margin:${margin};${furniture.join('')}}`;
}
