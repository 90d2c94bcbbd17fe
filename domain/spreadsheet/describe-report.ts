import { translate } from '../i18n/translate';
import type { Language } from '../model/common';
import type { SpreadsheetImportReport, ValueReport } from './report';

export interface DescribeOptions {
  /** Also list matched values (the CLI prints them with --dry-run); refused and free text always. */
  matched?: boolean;
}

function valueText(value: ValueReport, language: Language): string {
  const t = (key: string, params: Record<string, string> = {}) => translate(language, `formats.import.${key}`, params);
  if (value.reason) return t('report.valueReason', { text: value.text, reason: t(`reason.${value.reason}`, { detail: value.detail ?? '' }) });
  if (value.result && value.result !== value.text) return t('report.valueResult', { text: value.text, result: value.result });
  return value.text;
}

/**
 * The report as lines: per sheet the column mapping, per row the activity and each value that
 * is not plainly matched, naming sheet, row and column. CLI and GUI show the same facts.
 */
export function describeImportReport(report: SpreadsheetImportReport, language: Language, options: DescribeOptions = {}): string[] {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, `formats.import.${key}`, params);
  const lines = [t('report.file', { file: report.fileName })];
  for (const sheet of report.sheets) {
    if (sheet.skipped) {
      lines.push(t('report.sheetSkipped', { sheet: sheet.sheet, reason: t(`sheetSkip.${sheet.skipped}`) }));
      if (sheet.skipped !== 'no_name_column') continue;
    } else lines.push(t(sheet.layout === 'form' ? 'report.form' : 'report.sheet', { sheet: sheet.sheet, row: sheet.headerRow ?? '' }));
    for (const column of sheet.columns) {
      lines.push(t('report.mapping', { column: column.column, header: column.header, target: translate(language, `formats.fields.${column.target}`) }));
    }
    for (const row of sheet.rows) {
      if (row.skipped) lines.push(t('report.rowSkipped', { row: row.row, reason: t(`rowSkip.${row.skipped}`) }));
      else lines.push(t(row.lastRow > row.row ? 'report.rows' : 'report.row', { row: row.row, lastRow: row.lastRow, name: row.name }));
      for (const cell of row.cells) {
        for (const value of cell.values) {
          if (value.outcome === 'matched' && !options.matched) continue;
          if (!value.text && !value.reason) continue;
          lines.push(
            t('report.value', {
              outcome: t(`outcome.${value.outcome}`),
              sheet: row.sheet,
              row: cell.row ?? row.row,
              column: cell.column,
              header: cell.header,
              text: valueText(value, language),
            }),
          );
        }
      }
      for (const problem of row.problems ?? []) lines.push(`    ${problem.path}: ${translate(language, `cli.problem.${problem.code}`, problem.params)}`);
    }
  }
  lines.push(t('report.summary', report.counts));
  return lines;
}
