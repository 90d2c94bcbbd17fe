import type { ImportField } from './fields';
import type { TomMeasure } from '../model/tom';
import type { CellReport, ValueReport } from './report';

/** What the row readers share: the cells of a row, the report they write per cell, the model's text limits. */

/** One non-empty cell of a row, with the field its column is imported as. */
export interface FieldCell {
  column: string;
  /** Set in the form layout, where every field has its own row. */
  row?: number;
  header: string;
  field: ImportField;
  text: string;
}

export interface RowContext {
  sheet: string;
  row: number;
  lastRow: number;
  /** The register's TOM catalogue: measure titles in a TOM cell become references. */
  toms: readonly TomMeasure[];
  /** Written before each note the import adds to the description ("Hinweis aus dem Import"). */
  noteLabels: { legalBasis: string; requirement: string };
}

export const SHORT_LIMIT = 500;
export const TEXT_LIMIT = 20_000;

export class CellRecorder {
  readonly reports: CellReport[] = [];
  open(cell: FieldCell): (value: ValueReport) => void {
    const report: CellReport = { column: cell.column, ...(cell.row ? { row: cell.row } : {}), header: cell.header, field: cell.field, values: [] };
    this.reports.push(report);
    return (value) => report.values.push(value);
  }
}

export function joined(cells: FieldCell[]): string {
  return cells.map((cell) => cell.text).join('\n');
}

/** A plain text field: taken as is, refused when longer than the model allows. */
export function plain(cells: FieldCell[], recorder: CellRecorder, limit: number): string {
  const texts: string[] = [];
  for (const cell of cells) {
    const record = recorder.open(cell);
    const text = cell.text.trim();
    if (text.length > limit) record({ text: shorten(text), outcome: 'refused', reason: 'too_long', detail: String(limit) });
    else {
      record({ text: shorten(text), outcome: 'free_text' });
      texts.push(text);
    }
  }
  return texts.join('\n');
}

export function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
