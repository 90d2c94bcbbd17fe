import type Database from 'better-sqlite3';
import { ChangeLogEntrySchema, type ChangeLogEntry } from '../../../domain/model';
import type { ChangeLogFilter } from '../register-store';
import type { ChainFields } from './change-log-chain';

interface ChangeLogRow extends ChainFields {
  hash: string | null;
}

/** Everyone who has changed the register, A–Z. */
export function changeLogActors(db: Database.Database): string[] {
  return (db.prepare('SELECT DISTINCT actor FROM change_log ORDER BY actor COLLATE NOCASE').all() as { actor: string }[]).map((r) => r.actor);
}

/** The change log, newest first, filtered; each entry with its chain hash where it has one. */
export function readChangeLog(db: Database.Database, filter: ChangeLogFilter): ChangeLogEntry[] {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.entity) {
    conditions.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId) {
    conditions.push('entity_id = ?');
    params.push(filter.entityId);
  }
  if (filter.from) {
    conditions.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    // A bare date includes the whole day.
    conditions.push('at < ?');
    params.push(/^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}T23:59:59.999Z~` : filter.to);
  }
  if (filter.actor) {
    conditions.push('actor = ?');
    params.push(filter.actor);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows = db
    .prepare(
      `SELECT l.seq, at, actor, entity, entity_id, action, before, after, c.hash FROM change_log l
       LEFT JOIN change_log_chain c ON c.seq = l.seq ${where} ORDER BY l.seq DESC LIMIT ?`,
    )
    .all(...params, filter.limit ?? 1000) as ChangeLogRow[];
  return rows.map((row) =>
    ChangeLogEntrySchema.parse({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      before: row.before === null ? null : JSON.parse(row.before),
      after: row.after === null ? null : JSON.parse(row.after),
      ...(row.hash ? { hash: row.hash } : {}),
    }),
  );
}
