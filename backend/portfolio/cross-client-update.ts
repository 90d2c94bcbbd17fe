import { existsSync } from 'node:fs';
import { planUpdate, type PortfolioUpdate } from '../../domain/portfolio/updates';
import type { ClientProblem, ClientUpdateResult } from '../../domain/portfolio/types';
import { ActivitySchema, PartySchema } from '../../domain/model';
import { AppError } from '../../domain/ipc/result';
import type { RegisterStore, WriteOperation } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import { asReadError, ClientReadError, openReadCopyFor, type OpenRegister } from './read-copy';
import { readRegisterHeader } from './register-header';


export interface UpdateTarget {
  /** The register open in this window: changed through its open store, not a second connection. */
  openHere: RegisterStore | null;
  actor: string;
}

function skipped(path: string, problem: ClientProblem, detail: string): ClientUpdateResult {
  return { path, organisation: '', changes: [], skipped: { problem, detail } };
}

function docs<T>(db: import('better-sqlite3').Database, table: string, parse: (doc: unknown) => T): T[] {
  return (db.prepare(`SELECT doc FROM ${table}`).all() as { doc: string }[]).map((r) => parse(JSON.parse(r.doc)));
}

/**
 * What would change where, read from temporary copies: the preview writes nothing. The register
 * open in this window is read through its own connection (its writer lock refuses another).
 */
export function previewUpdate(update: PortfolioUpdate, paths: readonly string[], openHere: OpenRegister | null): ClientUpdateResult[] {
  return paths.map((path) => {
    try {
      const header = readRegisterHeader(path);
      if (header === null || header === 'damaged') return skipped(path, 'damaged', `${path} is not a readable VVT Desk register`);
      const copy = openReadCopyFor(path, header.schemaVersion, openHere);
      try {
        const organisation = (copy.db.prepare("SELECT json_extract(doc, '$.name') AS name FROM organisation").get() as { name?: string } | undefined)?.name ?? '';
        if (copy.openElsewhere) {
          return { ...skipped(path, 'locked', `${path} is open in another window or program`), organisation };
        }
        const parties = docs(copy.db, 'parties', (d) => PartySchema.parse(d));
        const activities = docs(copy.db, 'activities', (d) => ActivitySchema.parse(d));
        return { path, organisation, changes: planUpdate(update, { parties, activities }).map((p) => p.change) };
      } finally {
        copy.db.close();
      }
    } catch (error) {
      const readError = asReadError(path, error);
      return skipped(path, existsSync(path) ? readError.problem : 'missing', readError.message);
    }
  });
}

/** The store's refusals as the portfolio's problems; the writer lock (file safety) is "locked". */
const PROBLEM_FOR: Partial<Record<AppError['code'], ClientProblem>> = {
  file_not_found: 'missing',
  register_too_new: 'too_new',
  not_a_register: 'damaged',
  register_damaged: 'damaged',
  register_tampered: 'damaged',
  register_locked: 'locked',
};

function writeProblem(path: string, error: unknown): ClientUpdateResult {
  if (error instanceof AppError) return skipped(path, PROBLEM_FOR[error.code] ?? 'unreadable', error.message);
  const readError = asReadError(path, error);
  return skipped(path, readError.problem, readError.message);
}

/**
 * Applies the update to each client through the normal register store, so every change lands
 * in that client's change log with the DPO as author. The plan is made again from the file's
 * current content. A file open elsewhere, locked, damaged or missing is skipped and named.
 */
export async function applyUpdate(update: PortfolioUpdate, paths: readonly string[], target: UpdateTarget): Promise<ClientUpdateResult[]> {
  const results: ClientUpdateResult[] = [];
  for (const path of paths) {
    const isOpenHere = target.openHere?.location === path;
    if (!isOpenHere && existsSync(`${path}-wal`)) {
      results.push(skipped(path, 'locked', `${path} is open in another window or program (or was not closed cleanly); close it there first`));
      continue;
    }
    let store: RegisterStore | null = null;
    try {
      store = isOpenHere ? target.openHere! : SqliteRegisterStore.open(path, { create: false, actor: target.actor });
      const [parties, activities, organisation] = await Promise.all([store.parties.list(), store.activities.list(), store.organisation.get()]);
      const planned = planUpdate(update, { parties, activities });
      const operations = planned.map((p) => ({ op: 'save', kind: p.kind, value: p.value }) as WriteOperation);
      if (operations.length) await store.writeBatch(operations);
      results.push({ path, organisation: organisation.name, changes: planned.map((p) => p.change) });
    } catch (error) {
      results.push(error instanceof ClientReadError ? skipped(path, error.problem, error.message) : writeProblem(path, error));
    } finally {
      if (store && !isOpenHere) await store.close();
    }
  }
  return results;
}
