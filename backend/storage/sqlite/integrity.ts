import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CHAIN_TRIGGERS } from './change-log-chain';

/** Tables whose every change the change log records (migration 001). */
export const LOGGED_TABLES = ['organisation', 'activities', 'parties', 'channels', 'processor_records', 'tom_measures', 'attachments'] as const;

function expectedTriggers(db: Database.Database): string[] {
  const names: string[] = ['change_log_no_update', 'change_log_no_delete'];
  for (const table of LOGGED_TABLES) names.push(`${table}_log_insert`, `${table}_log_update`, `${table}_log_delete`);
  const hasChain = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'change_log_chain'").get() as { n: number }).n > 0;
  if (hasChain) names.push(...CHAIN_TRIGGERS);
  return names;
}

/** Triggers of the change log that are gone (dropped with a SQLite tool): changes would go unrecorded. */
export function missingTriggers(db: Database.Database): string[] {
  const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
  return expectedTriggers(db).filter((name) => !present.has(name));
}

function check(db: Database.Database, pragma: 'quick_check' | 'integrity_check', limit: number): string[] {
  const rows = db.prepare(`PRAGMA ${pragma}(${limit})`).all() as Record<string, string>[];
  const lines = rows.map((row) => String(Object.values(row)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

/** SQLite's fast structural check (pages, B-trees); run on every open. Empty when fine. */
export function quickCheck(db: Database.Database, limit = 20): string[] {
  return check(db, 'quick_check', limit);
}

/** The thorough check (also indexes against tables); run before exports and backups. */
export function integrityCheck(db: Database.Database, limit = 20): string[] {
  return check(db, 'integrity_check', limit);
}

export interface DamagedAttachmentRow {
  id: string;
  fileName: string;
}

/** Attachments whose stored bytes no longer match the size and sha256 recorded when they were added. */
export function damagedAttachments(db: Database.Database): DamagedAttachmentRow[] {
  const damaged: DamagedAttachmentRow[] = [];
  const ids = db.prepare('SELECT id, file_name, size, sha256 FROM attachments ORDER BY id').all() as { id: string; file_name: string; size: number; sha256: string }[];
  const content = db.prepare('SELECT content FROM attachments WHERE id = ?').pluck();
  for (const row of ids) {
    let bytes: Buffer | undefined;
    try {
      bytes = content.get(row.id) as Buffer;
    } catch {
      bytes = undefined;
    }
    if (!bytes || bytes.byteLength !== row.size || createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
      damaged.push({ id: row.id, fileName: row.file_name });
    }
  }
  return damaged;
}
