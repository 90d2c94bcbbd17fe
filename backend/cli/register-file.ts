import { AppError } from '../../domain/ipc/result';
import type { RegisterStore } from '../storage/register-store';
import { cleanStaleTemporaryFiles } from '../storage/file-safety';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import { errorCode } from './exit-codes';

export interface RegisterAccess {
  /** Read only (summary, export, pdf): no lock, no migration in place, works in read-only folders. */
  readonly?: boolean;
  /** Open despite damage found on open (export --skip-damaged, verify); warnings go to `warn`. */
  allowDamaged?: boolean;
  warn?: (line: string) => void;
}

/**
 * Opens an existing register file for the duration of `work` and closes it afterwards.
 * A damaged file is reported as "damaged" or "not a register" rather than as an internal error.
 */
export async function withRegister<T>(
  path: string,
  actor: string,
  work: (store: RegisterStore) => Promise<T>,
  access: RegisterAccess = {},
): Promise<T> {
  try {
    const store = SqliteRegisterStore.open(path, { create: false, actor, readonly: access.readonly, allowDamaged: access.allowDamaged });
    // Holding the lock, temporary files of crashed runs next to the register are ours to remove.
    if (!access.readonly) for (const file of cleanStaleTemporaryFiles(path)) access.warn?.(`removed stale temporary file ${file}`);
    try {
      for (const warning of store.openWarnings) access.warn?.(warning);
      return await work(store);
    } finally {
      await store.close();
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'SQLITE_NOTADB') throw new AppError('not_a_register', `${path} is not a VVT Desk register file`, { path });
    if (code.startsWith('SQLITE_CORRUPT')) {
      throw new AppError('register_damaged', `${path} is damaged: ${(error as Error).message}`, { path, detail: (error as Error).message });
    }
    throw error;
  }
}
