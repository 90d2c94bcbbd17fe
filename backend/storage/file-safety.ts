import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../domain/ipc/result';

/**
 * File rules from SQLite's "How to corrupt an SQLite database file": a database is never
 * created, renamed or replaced next to a left-over -wal/-journal (it would be replayed into
 * the wrong file), new files are written under a temporary name, checked, synced and then
 * renamed, and what a crash leaves behind is recognised by its name.
 */
export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;
/** Every temporary file of VVT Desk ends like this, so it is recognised after a crash. */
export const TEMP_SUFFIX = '.vvt-tmp';

export function temporaryPathFor(target: string, purpose: string): string {
  const stamp = `${process.pid}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  return `${target}.${purpose}-${stamp}${TEMP_SUFFIX}`;
}

export function sideFilesOf(path: string): string[] {
  return SIDE_SUFFIXES.map((suffix) => `${path}${suffix}`).filter((file) => existsSync(file));
}

export function removeDatabaseFiles(path: string): void {
  for (const file of [path, ...SIDE_SUFFIXES.map((s) => `${path}${s}`)]) rmSync(file, { force: true });
}

/** Refuses to put a new database at `path` while side files of an earlier one lie there. */
export function refuseLeftoverSideFiles(path: string): void {
  const files = sideFilesOf(path);
  if (files.length) {
    throw new AppError('leftover_files', `Files of an earlier database lie at ${path}: ${files.join(', ')}`, {
      path,
      files: files.map((f) => basename(f)).join(', '),
    });
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open folders for syncing; NTFS journals renames itself. */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM/EINVAL on platforms without directory sync.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Moves a finished temporary file to `target` only if nothing is there: a hard link fails
 * atomically when the name is taken, so two processes creating the same file never silently
 * replace each other's result. File systems without hard links fall back to check-and-rename.
 */
export function publishNewFile(temp: string, target: string): void {
  try {
    linkSync(temp, target);
    unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('file_exists', `A file already exists at ${target}`, { path: target });
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
    if (existsSync(target)) throw new AppError('file_exists', `A file already exists at ${target}`, { path: target });
    renameSync(temp, target);
  }
  fsyncDirectory(dirname(target));
}

/** Replaces `target` with `temp` in one rename (the old content or the new, never half). */
export function replaceFile(temp: string, target: string): void {
  renameSync(temp, target);
  fsyncDirectory(dirname(target));
}

export type HeaderState = 'ok' | 'empty' | 'not_sqlite' | 'torn';
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Looks at the 100-byte header before SQLite does: a zero-byte file, a file of another kind,
 * or one shorter than the page count its header states (cut off by a crash while copying)
 * is never opened as a register, because SQLite would treat it as a new empty database.
 */
export function registerHeaderState(path: string): HeaderState {
  const size = statSync(path).size;
  if (size === 0) return 'empty';
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return 'not_sqlite';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'not_sqlite';
  // With a WAL next to it the file may legitimately lag behind; SQLite replays the WAL.
  if (existsSync(`${path}-wal`)) return 'ok';
  const pages = header.readUInt32BE(28);
  const headerSizeValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (size % pageSize !== 0) return 'torn';
  if (headerSizeValid && size < pages * pageSize) return 'torn';
  return 'ok';
}

/** Byte 18 of the header is 2 for a database in WAL mode, 1 for a rollback journal. */
export function headerSaysWal(path: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  return header[18] === 2;
}

export interface StaleFile {
  path: string;
  kind: 'temporary' | 'lock';
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temporary files next to `path` whose writing process is gone (a crash or kill): they may
 * hold personal data and are never a register. Files of a running process are left alone.
 */
export function staleTemporaryFiles(path: string): StaleFile[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale: StaleFile[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const base = SIDE_SUFFIXES.reduce((n, s) => (n.endsWith(s) ? n.slice(0, -s.length) : n), name);
    if (!base.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(/-(\d+)-[0-9a-z]+-[0-9a-f]{6}\.vvt-tmp$/.exec(base)?.[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    stale.push({ path: join(dir, name), kind: 'temporary' });
  }
  return stale;
}

/** Removes the stale temporary files next to `path` and says which. */
export function cleanStaleTemporaryFiles(path: string): string[] {
  const removed: string[] = [];
  for (const file of staleTemporaryFiles(path)) {
    try {
      rmSync(file.path, { force: true });
      removed.push(file.path);
    } catch {
      // A file that cannot be removed now is reported again next time.
    }
  }
  return removed;
}
