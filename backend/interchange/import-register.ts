import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../domain/ipc/result';
import type { RegisterStore } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import { operationsForNewRegister, planReplacement, type ReplacePlan } from './import-operations';
import type { CheckedInterchange } from './load-interchange-file';

export interface NewRegisterOptions {
  /** Name written into the change log. */
  actor: string;
  /** Replace a file at the target path as a whole (used for regenerated demo output). */
  overwrite?: boolean;
}

const SQLITE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];

function removeDatabaseFiles(path: string): void {
  for (const suffix of SQLITE_SIDE_FILES) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Writes a checked file into a new register file. The register is built in a temporary file
 * next to the target and renamed into place only when complete, so a failure leaves no
 * register (and no half-written one) behind.
 */
export async function importIntoNewRegister(checked: CheckedInterchange, target: string, options: NewRegisterOptions): Promise<void> {
  if (existsSync(target) && !options.overwrite) {
    throw new AppError('file_exists', `A file already exists at ${target}`, { path: target });
  }
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.import-${process.pid}-${Date.now()}.tmp`;
  try {
    const store = SqliteRegisterStore.open(temp, { create: true, actor: options.actor });
    try {
      await store.writeBatch(operationsForNewRegister(checked));
    } finally {
      await store.close();
    }
    if (options.overwrite) removeDatabaseFiles(target);
    renameSync(temp, target);
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
}

/** Replaces the whole content of an open register with the file's, in one transaction: all or nothing. */
export async function replaceRegisterContent(store: RegisterStore, checked: CheckedInterchange): Promise<ReplacePlan> {
  const plan = await planReplacement(store, checked);
  if (plan.operations.length) await store.writeBatch(plan.operations);
  return plan;
}
