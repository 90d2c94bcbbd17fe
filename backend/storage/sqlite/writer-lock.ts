import { existsSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { AppError } from '../../../domain/ipc/result';
import { processAlive } from '../file-safety';
import { writeFileAtomic } from '../../app/atomic-write';

/**
 * One writer per register. The lock itself is SQLite's: the writing connection runs in
 * `locking_mode=EXCLUSIVE` and holds the database file's exclusive lock until it closes.
 * That lock is an operating-system lock (fcntl on macOS/Linux, LockFileEx on Windows), so
 * it disappears with the process — a crash or kill -9 never leaves a register locked.
 * `<file>.lock` only says who holds it (for the message); a stale one is simply overwritten
 * by the next holder and never blocks anybody.
 */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  program: string;
}

export function lockInfoPath(path: string): string {
  return `${path}.lock`;
}

let programName = 'VVT Desk';
/** "VVT Desk" for the app, "vvt CLI" for the command line; shown to whoever is refused. */
export function setLockProgramName(name: string): void {
  programName = name;
}

export function readLockHolder(path: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(lockInfoPath(path), 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.since !== 'string') return null;
    return { pid: value.pid, host: String(value.host ?? ''), since: value.since, program: String(value.program ?? '') };
  } catch {
    return null;
  }
}

function isBusy(error: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''));
}

export function lockedError(path: string): AppError {
  const holder = readLockHolder(path);
  return new AppError('register_locked', `${path} is open in another window or process${holder ? ` since ${holder.since} (pid ${holder.pid} on ${holder.host})` : ''}`, {
    path,
    since: holder ? new Date(holder.since).toLocaleString() : '?',
    pid: holder?.pid ?? '?',
    host: holder?.host || '?',
    program: holder?.program || '?',
  });
}

/** Translates SQLite's "database is locked" into the register_locked message; other errors pass. */
export function rethrowLocked(path: string, error: unknown): never {
  if (isBusy(error)) throw lockedError(path);
  throw error;
}

/**
 * Call right after opening, before any other access: switches the connection to exclusive
 * locking and takes the lock at once (a write transaction), so a second writer is refused
 * immediately with a message instead of failing later in the middle of a save.
 */
export function takeWriterLock(db: Database.Database, path: string): void {
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    rethrowLocked(path, error);
  }
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), program: programName };
  try {
    writeFileAtomic(lockInfoPath(path), `${JSON.stringify(holder)}\n`);
  } catch {
    // Only the message of a refused second writer suffers; the lock holds regardless.
  }
}

/** Whether the holder named in `<file>.lock` may still be writing (another host: assume yes). */
export function lockHolderActive(path: string): boolean {
  const holder = readLockHolder(path);
  if (!holder) return false;
  if (holder.host !== hostname()) return true;
  return holder.pid === process.pid || processAlive(holder.pid);
}

export function releaseWriterLock(path: string): void {
  const holder = readLockHolder(path);
  if (holder && holder.pid === process.pid && holder.host === hostname()) rmSync(lockInfoPath(path), { force: true });
  else if (!holder && existsSync(lockInfoPath(path))) rmSync(lockInfoPath(path), { force: true });
}
