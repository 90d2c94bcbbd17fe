import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * Tamper evidence for the change log: every entry's hash covers its content and the hash of
 * the entry before, so removing, changing or reordering an entry breaks the chain from there
 * on. The hashes live in change_log_chain, written by a trigger on change_log (so no code path
 * skips them) through the app-defined function vvt_chain_hash(). Without a secret this cannot
 * stop someone who rewrites the whole chain with the algorithm; it does reveal every edit
 * made with an ordinary SQLite tool, and a noted or backed-up head hash reveals rewrites too.
 */
export interface ChainFields {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
}

export function chainHash(previous: string, entry: ChainFields): string {
  return createHash('sha256')
    .update(JSON.stringify([previous, entry.seq, entry.at, entry.actor, entry.entity, entry.entity_id, entry.action, entry.before, entry.after]))
    .digest('hex');
}

/** Registers vvt_chain_hash() on a connection; the chain trigger calls it. */
export function registerChainFunction(db: Database.Database): void {
  db.function('vvt_chain_hash', { deterministic: true, varargs: false }, (previous, seq, at, actor, entity, entityId, action, before, after) =>
    chainHash(String(previous ?? ''), {
      seq: Number(seq),
      at: String(at),
      actor: String(actor),
      entity: String(entity),
      entity_id: String(entityId),
      action: String(action),
      before: before === null ? null : String(before),
      after: after === null ? null : String(after),
    }),
  );
}

export const CHAIN_TRIGGERS = ['change_log_chain_append', 'change_log_chain_no_update', 'change_log_chain_no_delete'] as const;

export const CHAIN_SCHEMA = `
  CREATE TABLE IF NOT EXISTS change_log_chain (
    seq INTEGER PRIMARY KEY,
    hash TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER IF NOT EXISTS change_log_chain_append AFTER INSERT ON change_log BEGIN
    INSERT INTO change_log_chain (seq, hash) VALUES (
      NEW.seq,
      vvt_chain_hash(
        coalesce((SELECT hash FROM change_log_chain ORDER BY seq DESC LIMIT 1), ''),
        NEW.seq, NEW.at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action, NEW.before, NEW.after
      )
    );
  END;
  CREATE TRIGGER IF NOT EXISTS change_log_chain_no_update BEFORE UPDATE ON change_log_chain BEGIN
    SELECT RAISE(ABORT, 'change_log_chain is append-only');
  END;
  CREATE TRIGGER IF NOT EXISTS change_log_chain_no_delete BEFORE DELETE ON change_log_chain BEGIN
    SELECT RAISE(ABORT, 'change_log_chain is append-only');
  END;`;

export interface ChainProblem {
  kind: 'missing_entry' | 'changed_entry' | 'missing_hash' | 'extra_hash';
  seq: number;
}

export interface ChainReport {
  entries: number;
  /** The newest entry's hash: note it down (or keep a backup) to detect a rewrite of the whole chain. */
  head: string;
  problems: ChainProblem[];
}

const ENTRY_COLUMNS = 'seq, at, actor, entity, entity_id, action, before, after';

/** Recomputes the chain over the whole log (or only its newest `tail` entries) and names where it breaks. */
export function verifyChain(db: Database.Database, tail?: number): ChainReport {
  const problems: ChainProblem[] = [];
  const hasChain = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'change_log_chain'").get() as { n: number }).n > 0;
  if (!hasChain) return { entries: 0, head: '', problems };
  const firstSeq = tail
    ? ((db.prepare('SELECT min(seq) AS s FROM (SELECT seq FROM change_log_chain ORDER BY seq DESC LIMIT ?)').get(tail) as { s: number | null }).s ?? 0)
    : 0;
  let previous = firstSeq
    ? ((db.prepare('SELECT hash FROM change_log_chain WHERE seq < ? ORDER BY seq DESC LIMIT 1').get(firstSeq) as { hash: string } | undefined)?.hash ?? '')
    : '';
  const hashes = new Map(
    (db.prepare('SELECT seq, hash FROM change_log_chain WHERE seq >= ? ORDER BY seq').all(firstSeq) as { seq: number; hash: string }[]).map((r) => [r.seq, r.hash]),
  );
  const batch = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM change_log WHERE seq >= ? ORDER BY seq LIMIT 500`);
  const seen = new Set<number>();
  let count = 0;
  let from = firstSeq;
  for (;;) {
    const rows = batch.all(from) as ChainFields[];
    if (!rows.length) break;
    for (const entry of rows) {
      seen.add(entry.seq);
      const stored = hashes.get(entry.seq);
      if (stored === undefined) {
        problems.push({ kind: 'missing_hash', seq: entry.seq });
        continue;
      }
      // Links whose entry is gone come before this one: the chain continues from their hash.
      count++;
      const computed = chainHash(previous, entry);
      if (computed !== stored) {
        const gapHash = lastHashBefore(hashes, seen, entry.seq);
        if (gapHash === undefined || chainHash(gapHash, entry) !== stored) problems.push({ kind: 'changed_entry', seq: entry.seq });
      }
      previous = stored;
    }
    from = rows[rows.length - 1].seq + 1;
  }
  for (const seq of hashes.keys()) if (!seen.has(seq)) problems.push({ kind: 'missing_entry', seq });
  // Entries removed from the end leave the AUTOINCREMENT counter ahead of the log.
  const counter = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").get() as { seq: number } | undefined)?.seq ?? 0;
  const lastKnown = Math.max(0, ...hashes.keys(), ...seen);
  for (let seq = lastKnown + 1; seq <= counter; seq++) problems.push({ kind: 'missing_entry', seq });
  problems.sort((a, b) => a.seq - b.seq);
  return { entries: count, head: previous, problems };
}

/** The hash of the newest chain link before `seq` whose entry was not seen (deleted). */
function lastHashBefore(hashes: Map<number, string>, seen: Set<number>, seq: number): string | undefined {
  const prev = hashes.get(seq - 1);
  return prev !== undefined && !seen.has(seq - 1) ? prev : undefined;
}

/** Chains the entries a register had before the chain existed (migration), oldest first. */
export function backfillChain(db: Database.Database): void {
  const last = db.prepare('SELECT seq, hash FROM change_log_chain ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  let previous = last?.hash ?? '';
  const insert = db.prepare('INSERT INTO change_log_chain (seq, hash) VALUES (?, ?)');
  const rows = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM change_log WHERE seq > ? ORDER BY seq`).all(last?.seq ?? 0) as ChainFields[];
  for (const row of rows) {
    previous = chainHash(previous, row);
    insert.run(row.seq, previous);
  }
}
