import type Database from 'better-sqlite3';

/** A schema step. `up` runs inside the transaction that also sets PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
