import { renameSync } from 'node:fs';
import { AppError } from '../../../domain/ipc/result';
import { refuseLeftoverSideFiles, removeDatabaseFiles } from '../file-safety';
import { SqliteRegisterStore } from './sqlite-register-store';

/**
 * Before New or Save As writes to a path that holds a file, the old file is kept as
 * `<file>.replaced-<time>.bak`. A register is opened first (taking its lock, so one open
 * elsewhere is refused, and replaying a WAL left by a crash) and copied with a check; a plain
 * rename would keep the main file without the changes still in its -wal.
 */
export async function moveRegisterAside(path: string, actor: string): Promise<string> {
  const backup = `${path}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
  let store: SqliteRegisterStore | undefined;
  try {
    store = SqliteRegisterStore.open(path, { create: false, actor, allowDamaged: true });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_a_register') throw error;
  }
  if (store) {
    try {
      await store.copyTo(backup);
    } finally {
      await store.close();
    }
    removeDatabaseFiles(path);
    return backup;
  }
  // Not a register: nothing to replay, but its side files (if any) are not ours to delete.
  refuseLeftoverSideFiles(path);
  renameSync(path, backup);
  return backup;
}
