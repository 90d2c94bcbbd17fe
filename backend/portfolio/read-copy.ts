import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../storage/sqlite/migrations';
import { registerChainFunction } from '../storage/sqlite/change-log-chain';
import { migrate } from '../storage/sqlite/open-database';

/** A problem reading one client file, named in the portfolio instead of failing the whole list. */
export class ClientReadError extends Error {
  constructor(
    readonly problem: 'damaged' | 'locked' | 'too_new' | 'unreadable',
    detail: string,
  ) {
    super(detail);
  }
}

export interface ReadCopy {
  /** An in-memory copy: whatever happens to it never reaches the client's file. */
  db: Database.Database;
  /** The schema version of the file itself (the copy may have been upgraded). */
  schemaVersion: number;
  needsUpgrade: boolean;
  openElsewhere: boolean;
}

const sideFile = (path: string, suffix: string) => {
  const side = `${path}${suffix}`;
  return existsSync(side) && statSync(side).size > 0;
};

function stamp(path: string): string {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
}

/**
 * The bytes of a consistent snapshot of the register, taken without writing anything next to it.
 * A file nobody has open is read as plain bytes (a read-only SQLite connection on a WAL file
 * would create -wal/-shm files). A file with a write-ahead log or a rollback journal is open
 * elsewhere (or crashed): then SQLite reads it read-only through the side files that exist,
 * which also respects another process's locks.
 */
function snapshotBytes(path: string): { bytes: Buffer; openElsewhere: boolean } {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (sideFile(path, '-wal') || sideFile(path, '-journal')) {
      return { bytes: serializeLive(path), openElsewhere: true };
    }
    const before = stamp(path);
    const bytes = readFileSync(path);
    // A checkpoint or a commit in rollback mode while we read: read again.
    if (stamp(path) === before && !sideFile(path, '-wal') && !sideFile(path, '-journal')) {
      // An empty write-ahead log still means a connection has the file open.
      return { bytes, openElsewhere: existsSync(`${path}-wal`) };
    }
  }
  throw new ClientReadError('locked', `${path} changed while it was read`);
}

function serializeLive(path: string): Buffer {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 250 });
    // A read transaction first: it surfaces another process's lock as SQLITE_BUSY (serialize
    // alone reports a failed read as "out of memory") and keeps the copy consistent.
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const bytes = db.serialize();
    db.exec('COMMIT');
    return bytes;
  } catch (error) {
    throw asReadError(path, error);
  } finally {
    db?.close();
  }
}

export function asReadError(path: string, error: unknown): ClientReadError {
  if (error instanceof ClientReadError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new ClientReadError('locked', `${path}: ${message}`);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return new ClientReadError('damaged', `${path}: ${message}`);
  return new ClientReadError('unreadable', `${path}: ${message}`);
}

/**
 * Opens a temporary in-memory copy of a register for reading. An older file is upgraded in the
 * copy only, so the portfolio can show it; the file itself is upgraded when the DPO opens it.
 */
export function openReadCopy(path: string, schemaVersion: number): ReadCopy {
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new ClientReadError('too_new', `${path} was written by a newer version of VVT Desk (schema ${schemaVersion})`);
  }
  const { bytes, openElsewhere } = snapshotBytes(path);
  return copyFromBytes(path, bytes, openElsewhere);
}

/** A register open in this window, read through its own connection (see RegisterStore.snapshot). */
export interface OpenRegister {
  readonly location: string;
  snapshot(): Uint8Array;
}

/** The in-memory copy of the register open in this window: not "open elsewhere", and never locked. */
export function openSnapshotCopy(open: OpenRegister): ReadCopy {
  let bytes: Buffer;
  try {
    bytes = Buffer.from(open.snapshot());
  } catch (error) {
    throw asReadError(open.location, error);
  }
  return copyFromBytes(open.location, bytes, false);
}

/** The copy for a path: the open register's own bytes when it is the one open in this window. */
export function openReadCopyFor(path: string, schemaVersion: number, openHere: OpenRegister | null | undefined): ReadCopy {
  return openHere?.location === path ? openSnapshotCopy(openHere) : openReadCopy(path, schemaVersion);
}

function copyFromBytes(path: string, bytes: Buffer, openElsewhere: boolean): ReadCopy {
  // The in-memory copy has no WAL: mark it as a rollback-journal database (header bytes 18/19).
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(bytes);
    db.function('vvt_actor', () => 'portfolio-preview');
    // The change-log triggers (chained since file safety's migration) name this function; statements on the tables need it to prepare.
    registerChainFunction(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    const needsUpgrade = version < LATEST_SCHEMA_VERSION;
    if (needsUpgrade) migrate(db, LATEST_SCHEMA_VERSION);
    return { db, schemaVersion: version, needsUpgrade, openElsewhere };
  } catch (error) {
    db?.close();
    throw asReadError(path, error);
  }
}
