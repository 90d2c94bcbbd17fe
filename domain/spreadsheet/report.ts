import type { Activity } from '../model/activity';
import type { InterchangeProblem } from '../interchange/problems';
import type { ColumnTarget, ImportField } from './fields';

/** What happened to one value of a cell. */
export type ValueOutcome = 'matched' | 'free_text' | 'refused';

/**
 * Why a value was refused (not imported) or kept as free text; each has a bilingual text in
 * `formats.import.reason`.
 */
export type ValueReason =
  | 'unknown_country'
  | 'eea_country'
  | 'bad_date'
  | 'unknown_status'
  | 'too_long'
  | 'not_yes_no'
  | 'unknown_legal_basis'
  | 'additional_requirement'
  | 'unknown_mechanism'
  | 'no_catalogue_entry'
  | 'unknown_measure'
  | 'bases_for_all_purposes'
  | 'schema';

export interface ValueReport {
  /** The text as found in the cell (one line or entry of it). */
  text: string;
  outcome: ValueOutcome;
  /** What the value became, e.g. the legal basis code or the catalogue label. */
  result?: string;
  reason?: ValueReason;
  /** Details for the reason text (e.g. a schema problem). */
  detail?: string;
}

export interface CellReport {
  /** Column letter as the spreadsheet shows it ("C", "AA"); for CSV the same letters. */
  column: string;
  /** The cell's own row where it differs from the activity's (form layout: one field per row). */
  row?: number;
  header: string;
  field: ImportField;
  values: ValueReport[];
}

export type RowSkipReason = 'no_name' | 'invalid';

export interface RowReport {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it (the first row of merged rows). */
  row: number;
  /** Last row when several rows form one activity (a vertically merged name cell). */
  lastRow: number;
  name: string;
  cells: CellReport[];
  /** Set when the row gives no activity. */
  skipped?: RowSkipReason;
  problems?: InterchangeProblem[];
  /** The activity this row becomes (absent when skipped). */
  activity?: Activity;
}

export interface ColumnReport {
  index: number;
  column: string;
  header: string;
  /** What the header was recognised as, without any correction. */
  recognised: ImportField | null;
  /** What the column is imported as, after corrections and remembered choices. */
  target: ColumnTarget;
}

export type SheetSkipReason = 'empty' | 'no_header' | 'no_name_column';

/** One activity per row (a table), or one activity per sheet with a label and a value per row (a form). */
export type SheetLayout = 'table' | 'form';

export interface SheetReport {
  sheet: string;
  /** 1-based row of the header (the lower one of a two-row header); null when none was found. */
  headerRow: number | null;
  columns: ColumnReport[];
  rows: RowReport[];
  skipped?: SheetSkipReason;
  layout?: SheetLayout;
}

export interface SpreadsheetImportReport {
  fileName: string;
  sheets: SheetReport[];
  /** The activities that would be written (rows not skipped), in sheet and row order. */
  activities: Activity[];
  counts: { activities: number; skippedRows: number; matched: number; freeText: number; refused: number };
}

export function countValues(sheets: SheetReport[]): SpreadsheetImportReport['counts'] {
  const counts = { activities: 0, skippedRows: 0, matched: 0, freeText: 0, refused: 0 };
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      if (row.skipped) counts.skippedRows++;
      else counts.activities++;
      for (const cell of row.cells) {
        for (const value of cell.values) {
          if (value.outcome === 'matched') counts.matched++;
          else if (value.outcome === 'free_text') counts.freeText++;
          else counts.refused++;
        }
      }
    }
  }
  return counts;
}
