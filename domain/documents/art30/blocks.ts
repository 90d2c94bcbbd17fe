import { COLORS, KEY_VALUE_LAYOUT, keyValueWidths } from './layout';
import type { PdfCell, PdfContent, PdfNode } from './pdf-types';
import type { DocumentTexts } from './texts';

/** Generic content pieces: key/value tables, lists, empty and missing values. */

export interface KeyValueRow {
  label: string;
  /** Legal reference printed small under the label, e.g. "Art. 30 Abs. 1 lit. b DSGVO". */
  reference?: string;
  value: PdfContent;
  /** A mandatory value is missing: the row is highlighted. */
  missing?: boolean;
}

/** A full-width row that separates groups of rows. */
export interface DividerRow {
  divider: string;
}

export type TableRow = KeyValueRow | DividerRow;

function labelCell(row: KeyValueRow): PdfNode {
  const label: PdfContent[] = [{ text: row.label, style: 'rowLabel' }];
  if (row.reference) label.push({ text: row.reference, style: 'rowReference' });
  return { stack: label, fillColor: row.missing ? COLORS.missingFill : COLORS.labelFill };
}

/**
 * The value itself as the cell, without a wrapping stack: pdfmake walks every enclosing node
 * for each style property of each word, so one level less per row is measurably faster for
 * large registers. The table sets the cell font size (style 'cell') for all its cells.
 */
function valueCell(row: KeyValueRow): PdfCell {
  const fill = row.missing ? { fillColor: COLORS.missingFill } : {};
  if (typeof row.value === 'string') return row.missing ? { text: row.value, ...fill } : row.value;
  if (Array.isArray(row.value)) return { stack: row.value, ...fill };
  return { ...row.value, ...fill };
}

function bodyRow(row: TableRow): PdfCell[] {
  if ('divider' in row) {
    return [{ text: row.divider, style: 'divider', colSpan: 2, fillColor: COLORS.headerFill, margin: [0, 4, 0, 0] }, {}];
  }
  return [labelCell(row), valueCell(row)];
}

/** Header cells; the value column may name what the table is about (shown again on every page). */
export interface TableHeader {
  label: string;
  value: string;
  subject?: string;
}

function headerRow(header: TableHeader): PdfCell[] {
  const subject = header.subject ? [{ text: `   ${header.subject}`, bold: false, color: COLORS.muted }] : [];
  return [
    { text: header.label, style: 'tableHeader', fillColor: COLORS.headerFill },
    { text: [header.value, ...subject], style: 'tableHeader', fillColor: COLORS.headerFill },
  ];
}

/** Two-column table with a header row that pdfmake repeats on every page the table spans. */
export function keyValueTable(rows: TableRow[], header: TableHeader | null): PdfNode {
  const head: PdfCell[][] = header ? [headerRow(header)] : [];
  return {
    table: {
      widths: keyValueWidths(),
      headerRows: head.length,
      keepWithHeaderRows: head.length ? 1 : 0,
      body: [...head, ...rows.map(bodyRow)],
    },
    layout: KEY_VALUE_LAYOUT,
    style: 'cell',
  };
}

export function emptyValue(texts: DocumentTexts): PdfNode {
  return { text: texts.common.empty, color: COLORS.muted };
}

export function missingMandatory(texts: DocumentTexts): PdfNode {
  return { text: texts.common.missingMandatory, style: 'missing' };
}

/** The text, or "—" when it is empty. */
export function textOrEmpty(text: string, texts: DocumentTexts): PdfContent {
  return text.trim() ? text.trim() : emptyValue(texts);
}

/** One item per line with a bullet; "—" for none. */
export function bulletList(items: PdfContent[], texts: DocumentTexts): PdfContent {
  if (items.length === 0) return emptyValue(texts);
  return { ul: items, markerColor: COLORS.muted };
}

/** "Label: value" on one line with a muted label; nothing when the value is empty. */
export function labelled(label: string, value: string | PdfNode): PdfNode[] {
  if (typeof value === 'string' && value.trim() === '') return [];
  return [{ text: [{ text: `${label}: `, style: 'inlineLabel' }, value] }];
}

/** Blocks separated by a little space (several purposes, transfers, retention rules …). */
export function spacedBlocks(blocks: PdfContent[][]): PdfContent {
  return blocks.map((block, index) => ({ stack: block, margin: [0, index === 0 ? 0 : 6, 0, 0] }));
}
