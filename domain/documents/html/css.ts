import type { PdfMargins, PdfStyle, PdfTableLayout, PdfTableNodeInfo } from '../art30/pdf-types';
import { pt, safeColor, safeToken } from './escape';

/** pdfmake margins ([left, top, right, bottom], [horizontal, vertical] or one number) as CSS. */
export function marginCss(margin: PdfMargins | undefined): string | null {
  if (margin === undefined) return null;
  const [left, top, right, bottom] =
    typeof margin === 'number' ? [margin, margin, margin, margin] : margin.length === 2 ? [margin[0], margin[1], margin[0], margin[1]] : margin;
  const parts = [top, right, bottom, left].map(pt);
  return parts.every((part) => part !== null) ? parts.join(' ') : null;
}

/** CSS declarations for the style properties of a node or a named style. */
export function styleDeclarations(style: PdfStyle, options: { block: boolean }): string[] {
  const out: string[] = [];
  const size = pt(style.fontSize);
  if (size) out.push(`font-size:${size}`);
  if (typeof style.lineHeight === 'number' && Number.isFinite(style.lineHeight)) out.push(`line-height:${style.lineHeight}`);
  if (style.bold !== undefined) out.push(`font-weight:${style.bold ? 'bold' : 'normal'}`);
  if (style.italics !== undefined) out.push(`font-style:${style.italics ? 'italic' : 'normal'}`);
  const color = safeColor(style.color);
  if (color) out.push(`color:${color}`);
  const background = safeColor(style.background) ?? (options.block ? safeColor(style.fillColor) : null);
  if (background) out.push(`background-color:${background}`);
  if (style.alignment && ['left', 'right', 'center', 'justify'].includes(style.alignment)) out.push(`text-align:${style.alignment}`);
  const spacing = pt(style.characterSpacing);
  if (spacing) out.push(`letter-spacing:${spacing}`);
  if (style.preserveLeadingSpaces) out.push('white-space:pre-wrap');
  if (options.block) {
    const margin = marginCss(style.margin);
    if (margin) out.push(`margin:${margin}`);
  }
  return out;
}

/** Class name of a named style ("h1" → "s-h1"). */
export function styleClass(name: string): string {
  return `s-${safeToken(name)}`;
}

/** Class name of a named table layout. */
export function layoutClass(name: string): string {
  return `layout-${safeToken(name)}`;
}

/** One rule per named style; styles are block styles (margins included) like in pdfmake. */
export function namedStylesCss(styles: Record<string, PdfStyle>): string {
  return Object.entries(styles)
    .map(([name, style]) => `.${styleClass(name)}{${styleDeclarations(style, { block: true }).join(';')}}`)
    .join('\n');
}

const PROBE: PdfTableNodeInfo = { table: { body: [[], [], []], widths: [], headerRows: 0 } };

function line(width: number | undefined, color: string | undefined): string {
  const w = pt(width ?? 1);
  return w && width !== 0 ? `${w} solid ${safeColor(color) ?? '#000'}` : 'none';
}

/**
 * CSS for a table layout, derived from the layout's own functions: outer and inner horizontal
 * rules, vertical rules and cell padding (pdfmake's defaults where a function is missing).
 */
export function tableLayoutCss(name: string, layout: PdfTableLayout): string {
  const cls = `table.${layoutClass(name)}`;
  const h = (index: number) => line(layout.hLineWidth?.(index, PROBE) ?? 1, layout.hLineColor?.(index, PROBE) ?? '#000');
  const v = (index: number) => line(layout.vLineWidth?.(index, PROBE) ?? 1, layout.vLineColor?.(index, PROBE) ?? '#000');
  const padding = [layout.paddingTop, layout.paddingRight, layout.paddingBottom, layout.paddingLeft].map(
    (fn, index) => pt(fn?.(1, PROBE) ?? (index % 2 ? 4 : 2)) ?? '0',
  );
  return [
    `${cls}{border-top:${h(0)};border-bottom:${h(PROBE.table.body.length)};border-left:${v(0)};border-right:${v(0)}}`,
    `${cls}>*>tr>td,${cls}>*>tr>th{border-top:${h(1)};border-left:${v(1)};padding:${padding.join(' ')}}`,
    `${cls}>*>tr>td:first-child,${cls}>*>tr>th:first-child{border-left:none}`,
    `${cls}>thead:first-child>tr:first-child>*,${cls}>tbody:first-child>tr:first-child>*{border-top:none}`,
  ].join('\n');
}
