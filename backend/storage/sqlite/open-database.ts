import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../domain/ipc/result';
import {
  fsyncFile,
  headerSaysWal,
  publishNewFile,
  refuseLeftoverSideFiles,
  registerHeaderState,
  removeDatabaseFiles,
  sideFilesOf,
  temporaryPathFor,
} from '../file-safety';
import { registerChainFunction, verifyChain } from './change-log-chain';
import { integrityCheck, missingTriggers, quickCheck } from './integrity';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { lockedError, lockHolderActive, rethrowLocked, takeWriterLock } from './writer-lock';

/** PRAGMA application_id of register files ("VVTD"), so other SQLite files are told apart. */
export const APPLICATION_ID = 0x56565444;

export interface OpenDatabaseOptions {
  create: boolean;
  /** Name written into the change log by the triggers. */
  actor: () => string;
  /** Keep a copy of an older file before migrating it. Default true. */
  backupBeforeMigration?: boolean;
  /**
   * Read without writing anything next to the file: no migration (an older file is upgraded
   * in a temporary copy), no lock, no -wal/-shm; works in read-only folders.
   */
  readonly?: boolean;
  /** Open although quick_check or the change-log check fails (verify, export --skip-damaged). */
  allowDamaged?: boolean;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** Problems found on open but allowed by `allowDamaged`; empty otherwise. */
  warnings: string[];
  /** Removes what opening created (a temporary copy for reading). */
  cleanup(): void;
}

function notARegister(path: string): AppError {
  return new AppError('not_a_register', `${path} is not a VVT Desk register file`, { path });
}

/** The file checks that come before SQLite sees the file. */
function checkFileBeforeOpening(path: string): void {
  if (!existsSync(path)) throw new AppError('file_not_found', `Register file not found: ${path}`, { path });
  const state = registerHeaderState(path);
  if (state === 'empty' || state === 'not_sqlite') throw notARegister(path);
  if (state === 'torn') {
    throw new AppError('register_damaged', `${path} is incomplete (cut off while it was written)`, {
      path,
      detail: 'file shorter than its header states (incomplete copy)',
    });
  }
}

function readHeader(db: Database.Database, path: string): { applicationId: number; schemaVersion: number } {
  try {
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } catch (error) {
    const code = String((error as { code?: string }).code);
    if (code === 'SQLITE_NOTADB') throw notARegister(path);
    if (code.startsWith('SQLITE_CORRUPT')) throw new AppError('register_damaged', `${path} is damaged`, { path, detail: (error as Error).message });
    return rethrowLocked(path, error);
  }
}

function checkIdentity(path: string, header: { applicationId: number; schemaVersion: number }): void {
  if (header.applicationId !== APPLICATION_ID) throw notARegister(path);
  if (header.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'register_too_new',
      `${path} was written by a newer version of VVT Desk (file schema ${header.schemaVersion}, this version reads up to ${LATEST_SCHEMA_VERSION}). Please update VVT Desk.`,
      { path, fileVersion: header.schemaVersion, supportedVersion: LATEST_SCHEMA_VERSION },
    );
  }
}

/**
 * What the open checks found: damaged pages (quick_check) and missing change-log triggers or
 * chain breaks near the end. Each is a line naming what is affected.
 */
export function openChecks(db: Database.Database): { damage: string[]; tampering: string[] } {
  const damage = quickCheck(db);
  const tampering: string[] = [];
  const missing = missingTriggers(db);
  if (missing.length) tampering.push(`missing triggers: ${missing.join(', ')}`);
  if (!damage.length) {
    const chain = verifyChain(db, 200);
    if (chain.problems.length) tampering.push(...chain.problems.slice(0, 5).map((p) => `change log entry ${p.seq}: ${p.kind.replace('_', ' ')}`));
  }
  return { damage, tampering };
}

function failOrWarn(path: string, db: Database.Database, allowDamaged: boolean | undefined): string[] {
  const { damage, tampering } = openChecks(db);
  if (allowDamaged) return [...damage, ...tampering];
  if (damage.length) {
    throw new AppError('register_damaged', `${path} is damaged: ${damage.join('; ')}`, { path, detail: damage.slice(0, 3).join('; ') });
  }
  if (tampering.length) {
    throw new AppError('register_tampered', `${path}: ${tampering.join('; ')}`, { path, detail: tampering.slice(0, 3).join('; ') });
  }
  return [];
}

export function openRegisterDatabase(path: string, options: OpenDatabaseOptions): OpenedDatabase {
  if (options.create) return { db: createRegisterDatabase(path, options), warnings: [], cleanup: () => {} };
  checkFileBeforeOpening(path);
  if (options.readonly) return openForReading(path, options);

  const db = new Database(path, { fileMustExist: true });
  try {
    // The lock comes first: nothing else may read or change the file meanwhile.
    takeWriterLock(db, path);
    checkIdentity(path, readHeader(db, path));
    configure(db, options.actor);
    const warnings = failOrWarn(path, db, options.allowDamaged);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < LATEST_SCHEMA_VERSION) {
      if (options.backupBeforeMigration !== false) copyBeforeMigration(db, path, schemaVersion);
      migrate(db, LATEST_SCHEMA_VERSION);
    }
    return { db, warnings, cleanup: () => {} };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A new register is built completely under a temporary name, checked, synced and then put
 * in place without replacing anything: a crash leaves no half-made register, and a -wal of
 * an earlier file at the same path is never adopted by the new one.
 */
function createRegisterDatabase(path: string, options: OpenDatabaseOptions): Database.Database {
  if (existsSync(path)) throw new AppError('file_exists', `A file already exists at ${path}`, { path });
  refuseLeftoverSideFiles(path);
  mkdirSync(dirname(path), { recursive: true });
  const temp = temporaryPathFor(path, 'new');
  try {
    const db = new Database(temp);
    try {
      configure(db, options.actor);
      migrate(db, LATEST_SCHEMA_VERSION);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    fsyncFile(temp);
    publishNewFile(temp, path);
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
  const db = new Database(path, { fileMustExist: true });
  try {
    takeWriterLock(db, path);
    configure(db, options.actor);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Reading never writes next to the register. A closed register (rollback journal, no side
 * files) is read in place with a read-only connection; an older schema, a left-over -wal or a
 * folder that cannot take SQLite's -shm file is read from a private temporary copy, which is
 * migrated there if needed and removed afterwards.
 */
function openForReading(path: string, options: OpenDatabaseOptions): OpenedDatabase {
  const sideFiles = sideFilesOf(path).filter((file) => !file.endsWith('-shm'));
  // A -wal or -journal is either a writer's, right now, or a crash's: only the latter may be copied.
  if (sideFiles.length && lockHolderActive(path)) throw lockedError(path);
  if (!sideFiles.length && !headerSaysWal(path)) {
    let inPlace: Database.Database | undefined;
    try {
      inPlace = new Database(path, { readonly: true, fileMustExist: true });
      const header = readHeader(inPlace, path);
      checkIdentity(path, header);
      if (header.schemaVersion === LATEST_SCHEMA_VERSION) {
        registerFunctions(inPlace, () => '');
        const warnings = failOrWarn(path, inPlace, options.allowDamaged);
        return { db: inPlace, warnings, cleanup: () => {} };
      }
    } catch (error) {
      inPlace?.close();
      if (error instanceof AppError) throw error;
      const code = String((error as { code?: string }).code);
      if (/^SQLITE_(BUSY|LOCKED)/.test(code)) rethrowLocked(path, error);
      if (!/^SQLITE_(CANTOPEN|READONLY|IOERR)/.test(code)) throw error;
    }
    inPlace?.close();
  }
  return openTemporaryCopy(path, options);
}

function openTemporaryCopy(path: string, options: OpenDatabaseOptions): OpenedDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'vvt-read-'));
  const copy = join(dir, basename(path));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    copyFileSync(path, copy);
    // A -wal or -journal left by a crash: the copy replays or rolls back like the original would.
    for (const suffix of ['-wal', '-journal']) {
      if (existsSync(`${path}${suffix}`)) copyFileSync(`${path}${suffix}`, `${copy}${suffix}`);
    }
    const db = new Database(copy);
    try {
      try {
        db.pragma('busy_timeout = 0');
        db.pragma('locking_mode = EXCLUSIVE');
      } catch (error) {
        rethrowLocked(path, error);
      }
      checkIdentity(path, readHeader(db, path));
      configure(db, () => '');
      const warnings = failOrWarn(path, db, options.allowDamaged);
      migrate(db, LATEST_SCHEMA_VERSION);
      return {
        db,
        warnings,
        cleanup,
      };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}

function registerFunctions(db: Database.Database, actor: () => string): void {
  db.function('vvt_actor', { deterministic: false }, () => actor() || 'unknown');
  registerChainFunction(db);
}

function configure(db: Database.Database, actor: () => string): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed change survives a power loss, not only an app crash. Writes are few.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Overwrite deleted content so erased personal data does not linger in free pages.
  db.pragma('secure_delete = ON');
  registerFunctions(db, actor);
}

/**
 * Keeps the file as it was before a migration as `<file>.v<N>.bak`, written like every copy:
 * temporary name, integrity check, sync, rename. A backup left by an interrupted earlier
 * attempt is kept, and the new one gets a name of its own, so a crash never blocks the open.
 */
function copyBeforeMigration(db: Database.Database, path: string, schemaVersion: number): void {
  let target = `${path}.v${schemaVersion}.bak`;
  if (existsSync(target)) target = `${path}.v${schemaVersion}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
  copyDatabaseTo(db, target);
}

/** VACUUM INTO a temporary file, integrity check of the copy, fsync, then put in place. */
export function copyDatabaseTo(db: Database.Database, target: string): void {
  refuseLeftoverSideFiles(target);
  mkdirSync(dirname(target), { recursive: true });
  const temp = temporaryPathFor(target, 'copy');
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = new Database(temp, { readonly: true, fileMustExist: true });
    try {
      const problems = integrityCheck(copy, 5);
      if (problems.length || (copy.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
        throw new AppError('register_damaged', `the copy ${temp} failed its check: ${problems.join('; ')}`, { path: target, detail: problems.join('; ') });
      }
    } finally {
      copy.close();
    }
    fsyncFile(temp);
    publishNewFile(temp, target);
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
}

/** Applies every pending migration up to `target` in one transaction, recording the version. */
export function migrate(db: Database.Database, target: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= target) return;
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(current, target)) {
      migration.up(db);
    }
    if (current === 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      const insert = db.prepare('INSERT INTO register_meta (key, value) VALUES (?, ?)');
      insert.run('register_id', globalThis.crypto.randomUUID());
      insert.run('created_at', new Date().toISOString());
    }
    db.pragma(`user_version = ${target}`);
  }).immediate();
}
