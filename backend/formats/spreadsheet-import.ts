import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Language } from '../../domain/model/common';
import type { Activity } from '../../domain/model';
import { importSpreadsheet, type MappingOverrides, type RememberedMapping, type SpreadsheetImportReport } from '../../domain/spreadsheet';
import { AppError } from '../../domain/ipc/result';
import type { RegisterStore } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import type { ReadWorkbook } from './read-spreadsheet';

export interface SpreadsheetPreviewOptions {
  language: Language;
  overrides?: MappingOverrides;
  remembered?: RememberedMapping;
}

/** The report for a read workbook against a register (its TOM catalogue resolves TOM titles). */
export async function previewWorkbook(workbook: ReadWorkbook, store: RegisterStore | null, options: SpreadsheetPreviewOptions): Promise<SpreadsheetImportReport> {
  const toms = store ? await store.toms.list() : [];
  return importSpreadsheet(workbook.sheets, { fileName: workbook.fileName, toms, ...options });
}

/** Adds the activities in one transaction: all of them or none. */
export async function addImportedActivities(store: RegisterStore, activities: Activity[]): Promise<void> {
  if (!activities.length) return;
  await store.writeBatch(activities.map((value) => ({ op: 'save', kind: 'activity', value: { ...value, version: 0, createdAt: '', updatedAt: '' } })));
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** A new register holding the activities; built in a temporary file and renamed into place when complete. */
export async function createRegisterWithActivities(target: string, activities: Activity[], actor: string): Promise<void> {
  if (existsSync(target)) throw new AppError('file_exists', `A file already exists at ${target}`, { path: target });
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.import-${process.pid}-${Date.now()}.tmp`;
  try {
    const store = SqliteRegisterStore.open(temp, { create: true, actor });
    try {
      await addImportedActivities(store, activities);
    } finally {
      await store.close();
    }
    renameSync(temp, target);
  } catch (error) {
    for (const suffix of SIDE_FILES) rmSync(`${temp}${suffix}`, { force: true });
    throw error;
  }
}
