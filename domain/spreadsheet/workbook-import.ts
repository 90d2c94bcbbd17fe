import { translate } from '../i18n/translate';
import type { Language } from '../model/common';
import type { TomMeasure } from '../model/tom';
import { normaliseHeader, recogniseHeader, type ColumnTarget, type ImportField, type MappingOverrides, type RememberedMapping } from './fields';
import { countValues, type ColumnReport, type RowReport, type SheetReport, type SpreadsheetImportReport } from './report';
import { rowToActivity, type FieldCell } from './row-to-activity';

/** A rectangle of merged cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as the readers deliver it: cell texts (a merged range's value in every cell it
 * covers) and the merged ranges. A CSV file is one sheet without merges.
 */
export interface SheetGrid {
  name: string;
  rows: string[][];
  merges: CellRange[];
}



export interface SpreadsheetImportOptions {
  fileName: string;
  language: Language;
  /** The register's TOM catalogue (titles in the TOM column become references). */
  toms: readonly TomMeasure[];
  overrides?: MappingOverrides;
  remembered?: RememberedMapping;
}

/** How far down a header row is searched for. */
const HEADER_SEARCH_ROWS = 15;

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A header cell's text, with the group heading above it when the group is needed to recognise it. */
function headerText(rows: string[][], rowIndex: number, column: number): { text: string; field: ImportField | null } {
  const own = (rows[rowIndex]?.[column] ?? '').trim();
  const above = rowIndex > 0 ? (rows[rowIndex - 1]?.[column] ?? '').trim() : '';
  const ownField = recogniseHeader(own);
  if (ownField || !above || above === own) return { text: own || above, field: ownField ?? (own ? null : recogniseHeader(above)) };
  const combined = `${above} ${own}`.trim();
  const combinedField = recogniseHeader(combined);
  return { text: combinedField ? combined : own, field: combinedField };
}

function rowWidth(rows: string[][]): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/** The row with the most recognised headers (at least two, one of them the name). */
function findHeaderRow(rows: string[][]): number | null {
  let best: { row: number; score: number } | null = null;
  const width = rowWidth(rows);
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const fields = new Set<ImportField>();
    for (let c = 0; c < width; c++) {
      const { field } = headerText(rows, r, c);
      if (field) fields.add(field);
    }
    if (fields.size >= 2 && (!best || fields.size > best.score)) best = { row: r, score: fields.size };
  }
  return best?.row ?? null;
}

function mapColumns(grid: SheetGrid, headerRow: number, options: SpreadsheetImportOptions): ColumnReport[] {
  const overrides = options.overrides?.[grid.name] ?? {};
  const columns: ColumnReport[] = [];
  for (let c = 0; c < rowWidth(grid.rows); c++) {
    const { text, field } = headerText(grid.rows, headerRow, c);
    const column = columnLetter(c);
    if (!text && !overrides[column]) continue;
    const remembered = options.remembered?.[normaliseHeader(text)];
    const target: ColumnTarget = overrides[column] ?? remembered ?? field ?? 'ignore';
    columns.push({ index: c, column, header: text, recognised: field, target });
  }
  return columns;
}

/** Rows a vertically merged name cell spans form one activity: row index → last row index. */
function nameSpans(grid: SheetGrid, nameColumns: number[]): Map<number, number> {
  const spans = new Map<number, number>();
  for (const range of grid.merges) {
    if (range.bottom > range.top && nameColumns.some((c) => c >= range.left && c <= range.right)) spans.set(range.top, range.bottom);
  }
  return spans;
}

/** Cells covered by one vertical merge repeat its value; keep it once. */
function mergedText(grid: SheetGrid, column: number, first: number, last: number): string {
  const texts: string[] = [];
  for (let r = first; r <= last; r++) {
    const inMergeAbove = r > first && grid.merges.some((m) => m.top < r && m.bottom >= r && column >= m.left && column <= m.right && m.top >= first);
    const text = (grid.rows[r]?.[column] ?? '').trim();
    if (text && !inMergeAbove) texts.push(text);
  }
  return texts.join('\n');
}

/**
 * The DSK template as a form: one activity per sheet, the field names in one column and the
 * values to their right. Found when at least three labels, the name among them, are recognised.
 */
function importForm(grid: SheetGrid, options: SpreadsheetImportOptions): SheetReport | null {
  const labelColumn = [0, 1].find((c) => grid.rows.filter((row) => recogniseHeader(row[c] ?? '')).length >= 3);
  if (labelColumn === undefined) return null;
  const cells: FieldCell[] = [];
  grid.rows.forEach((row, r) => {
    const field = recogniseHeader(row[labelColumn] ?? '');
    if (!field) return;
    const valueColumn = row.findIndex((text, c) => c > labelColumn && text.trim() && text.trim() !== row[labelColumn].trim());
    if (valueColumn < 0) return;
    cells.push({ column: columnLetter(valueColumn), row: r + 1, header: row[labelColumn].trim(), field, text: row[valueColumn].trim() });
  });
  if (!cells.some((cell) => cell.field === 'name')) return null;
  const first = Math.min(...cells.map((cell) => cell.row ?? 1));
  const last = Math.max(...cells.map((cell) => cell.row ?? 1));
  const noteLabels = {
    legalBasis: translate(options.language, 'formats.import.note.legalBasis'),
    requirement: translate(options.language, 'formats.import.note.requirement'),
  };
  const row = rowToActivity(cells, { sheet: grid.name, row: first, lastRow: last, toms: options.toms, noteLabels });
  const columns = cells.map((cell) => ({ index: -1, column: `${cell.column}${cell.row}`, header: cell.header, recognised: cell.field, target: cell.field }));
  return { sheet: grid.name, headerRow: null, columns, rows: [row], layout: 'form' };
}

function importSheet(grid: SheetGrid, options: SpreadsheetImportOptions): SheetReport {
  const sheet = grid.name;
  if (!grid.rows.some((row) => row.some((cell) => cell.trim()))) return { sheet, headerRow: null, columns: [], rows: [], skipped: 'empty' };
  const headerRow = findHeaderRow(grid.rows);
  const hasOverrides = Object.keys(options.overrides?.[sheet] ?? {}).length > 0;
  if (headerRow === null && !hasOverrides) return importForm(grid, options) ?? { sheet, headerRow: null, columns: [], rows: [], skipped: 'no_header' };
  const header = headerRow ?? 0;
  const columns = mapColumns(grid, header, options);
  const used = columns.filter((c): c is ColumnReport & { target: ImportField } => c.target !== 'ignore');
  const nameColumns = used.filter((c) => c.target === 'name').map((c) => c.index);
  if (!nameColumns.length) return { sheet, headerRow: header + 1, columns, rows: [], skipped: 'no_name_column' };

  const spans = nameSpans(grid, nameColumns);
  const noteLabels = {
    legalBasis: translate(options.language, 'formats.import.note.legalBasis'),
    requirement: translate(options.language, 'formats.import.note.requirement'),
  };
  const rows: RowReport[] = [];
  for (let r = header + 1; r < grid.rows.length; r++) {
    const last = spans.get(r) ?? r;
    const cells: FieldCell[] = used
      .map((c) => ({ column: c.column, header: c.header, field: c.target, text: mergedText(grid, c.index, r, last) }))
      .filter((cell) => cell.text.length > 0);
    const isRepeatedHeader = cells.length > 1 && cells.every((cell) => recogniseHeader(cell.text) === cell.field);
    if (cells.length && !isRepeatedHeader) rows.push(rowToActivity(cells, { sheet, row: r + 1, lastRow: last + 1, toms: options.toms, noteLabels }));
    r = last;
  }
  return { sheet, headerRow: header + 1, columns, rows };
}

/**
 * Turns the sheets of a workbook (or one CSV file) into activities with a report per sheet,
 * row and cell. Pure: nothing is written; the caller shows the report and writes the
 * activities only when the user confirms.
 */
export function importSpreadsheet(grids: SheetGrid[], options: SpreadsheetImportOptions): SpreadsheetImportReport {
  const sheets = grids.map((grid) => importSheet(grid, options));
  const activities = sheets.flatMap((s) => s.rows.flatMap((row) => (row.activity ? [row.activity] : [])));
  return { fileName: options.fileName, sheets, activities, counts: countValues(sheets) };
}

/** The choices of a report worth remembering: header text → target, for columns the user corrected. */
export function mappingToRemember(report: SpreadsheetImportReport): RememberedMapping {
  const remembered: RememberedMapping = {};
  for (const sheet of report.sheets) {
    for (const column of sheet.columns) {
      const key = normaliseHeader(column.header);
      if (key && column.target !== column.recognised && !(column.recognised === null && column.target === 'ignore')) remembered[key] = column.target;
    }
  }
  return remembered;
}
