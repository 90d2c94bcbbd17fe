import { AppError } from '../../domain/ipc/result';
import type { RegisterStore } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import { errorCode } from './exit-codes';

/**
 * Opens an existing register file for the duration of `work` and closes it afterwards.
 * A damaged file is reported as "not a register" rather than as an internal error.
 */
export async function withRegister<T>(path: string, actor: string, work: (store: RegisterStore) => Promise<T>): Promise<T> {
  try {
    const store = SqliteRegisterStore.open(path, { create: false, actor });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  } catch (error) {
    if (/^SQLITE_(NOTADB|CORRUPT)/.test(errorCode(error))) {
      throw new AppError('not_a_register', `${path} is not a VVT Desk register file`, { path });
    }
    throw error;
  }
}
