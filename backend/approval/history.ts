import type { HistoryEntry, HistoryQuery } from '../../domain/ipc/channels/approval';
import type { ChangeLogEntry } from '../../domain/model';
import { fieldChanges, fieldLabel } from '../../domain/rules/field-changes';
import { loadRegisterSnapshot } from '../documents/snapshot';
import type { RegisterStore } from '../storage/register-store';
import { referenceNames } from './reference-names';

/** Bookkeeping that changes with every save and says nothing to a reader. */
const IGNORED = ['version', 'updatedAt', 'createdAt', 'id'];

function nameOf(entry: ChangeLogEntry): string {
  for (const doc of [entry.after, entry.before]) {
    if (doc && typeof doc === 'object') {
      const record = doc as Record<string, unknown>;
      for (const key of ['name', 'title', 'fileName', 'authority']) {
        if (typeof record[key] === 'string' && record[key]) return record[key] as string;
      }
    }
  }
  return '';
}

/** Change-log entries, newest first, with the changed fields as readable labels and values. */
export async function historyEntries(store: RegisterStore, query: HistoryQuery): Promise<HistoryEntry[]> {
  const [entries, snapshot] = await Promise.all([
    store.changeLog.list({
      entity: query.entity,
      entityId: query.entityId,
      from: query.from || undefined,
      to: query.to || undefined,
      actor: query.actor || undefined,
      limit: query.limit,
    }),
    loadRegisterSnapshot(store),
  ]);
  const names = referenceNames(snapshot);
  return entries.map((entry) => ({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    name: nameOf(entry),
    fields: fieldChanges(entry.before ?? {}, entry.after ?? {}, { language: query.language, names, ignore: IGNORED }).map((change) => ({
      ...change,
      label: fieldLabel(entry.entity, change.field, query.language),
    })),
  }));
}
