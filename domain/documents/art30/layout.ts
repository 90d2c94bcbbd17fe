import type { PdfStyle, PdfTableLayout } from './pdf-types';

/** Page geometry, colours, type scale and table layouts shared by all sections. */

/** A4 portrait in pt (1 mm ≈ 2.835 pt). */
export const PAGE = { width: 595.28, height: 841.89 } as const;
/** Left 22 mm, top 27 mm (room for the header), right 20 mm, bottom 23 mm (room for the footer). */
export const PAGE_MARGINS: [number, number, number, number] = [62, 76, 57, 64];
export const CONTENT_WIDTH = PAGE.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const COLORS = {
  ink: '#1F2933',
  muted: '#5F6B7A',
  accent: '#1F3A5F',
  rule: '#C9D1DB',
  headerFill: '#E6ECF3',
  labelFill: '#F5F7FA',
  missing: '#B3261E',
  missingFill: '#FCE8E6',
  marker: '#7A4F00',
  markerFill: '#FFF1CC',
  special: '#8A3B00',
} as const;

export const STYLES: Record<string, PdfStyle> = {
  coverTitle: { fontSize: 22, bold: true, color: COLORS.accent, lineHeight: 1.1, margin: [0, 40, 0, 6] },
  coverSubtitle: { fontSize: 13, color: COLORS.accent, margin: [0, 0, 0, 18] },
  coverMeta: { fontSize: 10, color: COLORS.ink, margin: [0, 0, 0, 3] },
  coverNote: { fontSize: 8.5, italics: true, color: COLORS.muted, margin: [0, 8, 0, 0] },
  h1: { fontSize: 14, bold: true, color: COLORS.accent, lineHeight: 1.15, margin: [0, 0, 0, 6] },
  h2: { fontSize: 11, bold: true, color: COLORS.accent, margin: [0, 16, 0, 6] },
  tableHeader: { fontSize: 8.5, bold: true, color: COLORS.accent },
  rowLabel: { fontSize: 8.5, bold: true, color: COLORS.ink },
  rowReference: { fontSize: 7, color: COLORS.muted, margin: [0, 1, 0, 0] },
  divider: { fontSize: 8.5, bold: true, color: COLORS.accent },
  cell: { fontSize: 9 },
  cellLead: { bold: true },
  inlineLabel: { bold: true, color: COLORS.muted },
  note: { fontSize: 8.5, color: COLORS.muted },
  missing: { bold: true, color: COLORS.missing },
  special: { fontSize: 8, bold: true, color: COLORS.special },
  marker: { fontSize: 8.5, bold: true, color: COLORS.marker },
  tocTitle: { fontSize: 14, bold: true, color: COLORS.accent, margin: [0, 0, 0, 12] },
  tocEntry: { fontSize: 9.5 },
  pageFurniture: { fontSize: 7.5, color: COLORS.muted },
  paragraph: { fontSize: 9.5, margin: [0, 0, 0, 8] },
  signatureCaption: { fontSize: 8, color: COLORS.muted, margin: [0, 3, 0, 0] },
};

/** DejaVu Sans (registered by the backend renderer): covers Latin, Greek, Cyrillic, arrows, check marks, typographic quotes. */
export const DEFAULT_STYLE: PdfStyle = { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.2, color: COLORS.ink };

const CELL_PADDING_X = 5;
const CELL_PADDING_Y = 4;
const RULE_WIDTH = 0.5;

/** Light horizontal rules, no vertical lines: the key/value tables of cover and activities. */
const keyValueLayout: PdfTableLayout = {
  hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0.8 : RULE_WIDTH),
  vLineWidth: () => 0,
  hLineColor: (index, node) => (index === 0 || index === node.table.body.length ? COLORS.accent : COLORS.rule),
  paddingLeft: () => CELL_PADDING_X,
  paddingRight: () => CELL_PADDING_X,
  paddingTop: () => CELL_PADDING_Y,
  paddingBottom: () => CELL_PADDING_Y,
};

/**
 * Table layouts are functions, so the definition refers to them by name and the renderer
 * registers them with pdfmake; the document content itself stays plain data.
 */
export const TABLE_LAYOUTS: Record<string, PdfTableLayout> = { vvtKeyValue: keyValueLayout };
export const KEY_VALUE_LAYOUT = 'vvtKeyValue';

/** Width of the label column of key/value tables. */
export const LABEL_COLUMN_WIDTH = 138;

/**
 * Fixed widths for a two-column table that spans the content width. Fixed (not '*') so that
 * pdfmake breaks over-long words inside the cell instead of widening the table off the page.
 */
export function keyValueWidths(labelWidth: number = LABEL_COLUMN_WIDTH): [number, number] {
  const padding = 2 * 2 * CELL_PADDING_X;
  return [labelWidth, Math.floor(CONTENT_WIDTH - labelWidth - padding - 1)];
}
