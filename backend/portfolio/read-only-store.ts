import { existsSync } from 'node:fs';
import { AppError } from '../../domain/ipc/result';
import type { RegisterStore } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import { ClientReadError, openReadCopy } from './read-copy';
import { readRegisterHeader } from './register-header';

const APP_ERROR_FOR: Record<ClientReadError['problem'], 'register_too_new' | 'not_a_register' | 'io'> = {
  too_new: 'register_too_new',
  damaged: 'not_a_register',
  locked: 'io',
  unreadable: 'io',
};

/**
 * A register store over an in-memory copy of a file that is not open in this window: nothing
 * is written next to the file (a read-only SQLite connection on a WAL file would leave -wal and
 * -shm files behind, which then look like "open elsewhere"), and an older file is readable.
 * Failures are the app's usual error codes.
 */
export function openReadOnlyStore(path: string): RegisterStore {
  if (!existsSync(path)) throw new AppError('file_not_found', `Register file not found: ${path}`, { path });
  try {
    const header = readRegisterHeader(path);
    if (header === null || header === 'damaged') throw new AppError('not_a_register', `${path} is not a VVT Desk register file`, { path });
    return SqliteRegisterStore.overDatabase(openReadCopy(path, header.schemaVersion).db, path);
  } catch (error) {
    if (error instanceof ClientReadError) throw new AppError(APP_ERROR_FOR[error.problem], error.message, { path });
    throw error;
  }
}
