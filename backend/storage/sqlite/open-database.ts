import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../domain/ipc/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

/** PRAGMA application_id of register files ("VVTD"), so other SQLite files are told apart. */
export const APPLICATION_ID = 0x56565444;

export interface OpenDatabaseOptions {
  create: boolean;
  /** Name written into the change log by the triggers. */
  actor: () => string;
  /** Keep a copy of an older file before migrating it (VACUUM INTO). Default true. */
  backupBeforeMigration?: boolean;
  /** Open without writing anything (overviews of registers that are not the open one). */
  readonly?: boolean;
}

export function openRegisterDatabase(path: string, options: OpenDatabaseOptions): Database.Database {
  const exists = existsSync(path);
  if (!options.create && !exists) {
    throw new AppError('file_not_found', `Register file not found: ${path}`, { path });
  }
  if (options.create && exists) {
    throw new AppError('file_exists', `A file already exists at ${path}`, { path });
  }

  const db = new Database(path, { fileMustExist: !options.create, readonly: options.readonly === true });
  try {
    const { applicationId, schemaVersion } = readHeader(db, path);
    // An empty database (e.g. left by a crash during creation) is initialised like a new one.
    if (exists && applicationId !== APPLICATION_ID && !isEmptyDatabase(db)) {
      throw new AppError('not_a_register', `${path} is not a VVT Desk register file`, { path });
    }
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'register_too_new',
        `${path} was written by a newer version of VVT Desk (file schema ${schemaVersion}, this version reads up to ${LATEST_SCHEMA_VERSION}). Please update VVT Desk.`,
        { path, fileVersion: schemaVersion, supportedVersion: LATEST_SCHEMA_VERSION },
      );
    }
    if (options.readonly) {
      if (schemaVersion !== LATEST_SCHEMA_VERSION) {
        throw new AppError('register_outdated', `${path} must be upgraded to schema ${LATEST_SCHEMA_VERSION} before it can be read`, { path });
      }
      db.function('vvt_actor', () => '');
      return db;
    }
    configure(db, options.actor);
    if (exists && schemaVersion > 0 && schemaVersion < LATEST_SCHEMA_VERSION && options.backupBeforeMigration !== false) {
      db.prepare('VACUUM INTO ?').run(`${path}.v${schemaVersion}.bak`);
    }
    migrate(db, LATEST_SCHEMA_VERSION);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readHeader(db: Database.Database, path: string): { applicationId: number; schemaVersion: number } {
  try {
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError('not_a_register', `${path} is not a VVT Desk register file`, { path });
    }
    throw error;
  }
}

function isEmptyDatabase(db: Database.Database): boolean {
  return (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n === 0;
}

function configure(db: Database.Database, actor: () => string): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed change survives a power loss, not only an app crash. Writes are few.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Overwrite deleted content so erased personal data does not linger in free pages.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.function('vvt_actor', { deterministic: false }, () => actor() || 'unknown');
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
  })();
}
