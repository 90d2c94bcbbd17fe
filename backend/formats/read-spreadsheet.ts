import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { CellRange, SheetGrid } from '../../domain/spreadsheet';
import type { Language } from '../../domain/model/common';
import { AppError } from '../../domain/ipc/result';
import { SPREADSHEET_LIMITS as LIMITS } from './limits';
import { SpreadsheetError } from './spreadsheet-error';

export type SpreadsheetKind = 'xlsx' | 'csv';

export interface ReadWorkbook {
  fileName: string;
  kind: SpreadsheetKind;
  sheets: SheetGrid[];
}

export function spreadsheetKind(path: string): SpreadsheetKind | null {
  const extension = extname(path).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : null;
}

function fileBytes(path: string, language: Language): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('file_not_found', `File not found: ${path}`, { path });
    throw new AppError('io', `Cannot read ${path}: ${(error as Error).message}`, { detail: `${path}: ${(error as Error).message}`, path });
  }
  if (size > LIMITS.maxFileBytes) {
    throw new SpreadsheetError('tooLarge', { sizeMb: (size / 1024 / 1024).toFixed(1), maxMb: LIMITS.maxFileBytes / 1024 / 1024 }, language);
  }
  return readFileSync(path);
}

/** Counts the uncompressed bytes of every part, stopping at the limit, before exceljs inflates anything. */
async function checkZip(bytes: Buffer, language: Language): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new SpreadsheetError('unreadable', { kind: 'xlsx', detail: (error as Error).message }, language);
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > LIMITS.maxZipEntries) throw new SpreadsheetError('tooManyCells', { max: LIMITS.maxCells }, language);
  let total = 0;
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > LIMITS.maxUnzippedBytes) {
          stream.pause();
          stream.removeAllListeners('data');
          reject(new SpreadsheetError('tooLarge', { sizeMb: `> ${LIMITS.maxUnzippedBytes / 1024 / 1024}`, maxMb: LIMITS.maxUnzippedBytes / 1024 / 1024 }, language));
        }
      });
      stream.on('end', () => resolve());
      stream.on('error', (error: Error) => reject(new SpreadsheetError('unreadable', { kind: 'xlsx', detail: error.message }, language)));
    });
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The text a person sees in a cell: rich text joined, formula results, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function worksheetGrid(worksheet: ExcelJS.Worksheet, language: Language): SheetGrid {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  if (rowCount > LIMITS.maxRowsPerSheet) throw new SpreadsheetError('tooManyRows', { sheet: worksheet.name, rows: rowCount, max: LIMITS.maxRowsPerSheet }, language);
  const width = Math.min(columnCount, LIMITS.maxColumns);
  const rows: string[][] = [];
  const merges = new Map<string, CellRange>();
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const source = cell.isMerged ? cell.master : cell;
      texts.push(cellText(source.value).replace(/\r\n?/g, '\n').trim());
      if (cell.isMerged) {
        const key = source.address;
        const range = merges.get(key) ?? { top: Number(source.row) - 1, left: Number(source.col) - 1, bottom: r - 1, right: c - 1 };
        range.bottom = Math.max(range.bottom, r - 1);
        range.right = Math.max(range.right, c - 1);
        merges.set(key, range);
      }
    }
    while (texts.length && !texts[texts.length - 1]) texts.pop();
    rows.push(texts);
  }
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  return { name: worksheet.name, rows, merges: [...merges.values()] };
}

async function readXlsx(bytes: Buffer, language: Language): Promise<SheetGrid[]> {
  await checkZip(bytes, language);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpreadsheetError('unreadable', { kind: 'xlsx', detail: (error as Error).message }, language);
  }
  if (workbook.worksheets.length > LIMITS.maxSheets) throw new SpreadsheetError('tooManyCells', { max: LIMITS.maxCells }, language);
  const grids = workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden').map((sheet) => worksheetGrid(sheet, language));
  const cells = grids.reduce((sum, grid) => sum + grid.rows.reduce((n, row) => n + row.length, 0), 0);
  if (cells > LIMITS.maxCells) throw new SpreadsheetError('tooManyCells', { max: LIMITS.maxCells }, language);
  return grids;
}

/** UTF-8 (BOM removed) or, when that fails, Windows-1252 as older German Excel writes CSV. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const DELIMITERS = [';', ',', '\t', '|'];

/**
 * The separator that splits the first lines into the most columns (papaparse's own guess
 * needs many rows; a register export may have two). German Excel writes ';'.
 */
function guessDelimiter(text: string): string {
  let best = { delimiter: ';', columns: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: 5 }).data.filter((row) => row.length > 1 || row[0]);
    const columns = rows.length ? Math.min(...rows.map((row) => row.length)) : 0;
    if (columns > best.columns) best = { delimiter, columns };
  }
  return best.delimiter;
}

function readCsv(bytes: Buffer, name: string, language: Language): SheetGrid[] {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new SpreadsheetError('unreadable', { kind: 'CSV', detail: `${fatal.message} (row ${(fatal.row ?? 0) + 1})` }, language);
  const rows = parsed.data.map((row) => row.slice(0, LIMITS.maxColumns).map((cell) => cell.replace(/\r\n?/g, '\n').trim()));
  if (rows.length > LIMITS.maxRowsPerSheet) throw new SpreadsheetError('tooManyRows', { sheet: name, rows: rows.length, max: LIMITS.maxRowsPerSheet }, language);
  return [{ name, rows, merges: [] }];
}

/** Reads an .xlsx or .csv file into sheets of cell texts, within SPREADSHEET_LIMITS. */
export async function readSpreadsheetFile(path: string, language: Language): Promise<ReadWorkbook> {
  const kind = spreadsheetKind(path);
  if (!kind) throw new SpreadsheetError('unsupported', { extension: extname(path) || basename(path) }, language);
  const bytes = fileBytes(path, language);
  const fileName = basename(path);
  const sheets = kind === 'xlsx' ? await readXlsx(bytes, language) : readCsv(bytes, basename(path, extname(path)), language);
  return { fileName, kind, sheets };
}
