import ExcelJS from 'exceljs';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import type { Language } from '../../domain/model/common';
import { registerExportTables, type ExportTable } from '../../domain/spreadsheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6ECF3' } };

/** Excel refuses sheet names with []:*?/\ and longer than 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

function addTable(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({ header, width: table.widths[index] ?? 20, hidden: table.hidden?.[index] ?? false }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const row of table.rows) {
    const added = sheet.addRow(row);
    added.alignment = { vertical: 'top', wrapText: true };
  }
  if (table.headers.length) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.headers.length } };
  }
}

/**
 * The register as an .xlsx workbook an auditor opens: activities, external parties with
 * contracts, channels with checklist state, findings; frozen header row, filters, widths,
 * wrapped text. Every cell is written as text so Excel does not turn references into numbers.
 */
export async function registerToXlsx(snapshot: RegisterSnapshot, options: { language: Language; today: string; creator?: string }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'VVT Desk';
  workbook.created = new Date(`${options.today}T00:00:00Z`);
  workbook.modified = workbook.created;
  for (const table of registerExportTables(snapshot, options.language, options.today)) addTable(workbook, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
