import type { BulkUpdateResult } from '../../domain/ipc/channels/workspace';
import type { Language } from '../../domain/model/common';
import { canTransition } from '../../domain/rules/status-workflow';
import type { RegisterStore } from '../storage/register-store';
import { ApprovalRefusedError, approveActivity } from './approve';

/**
 * "Approved" chosen for several activities at once: each goes through the one approval path
 * (gate and approved revision), all in one transaction. An activity with error findings, or
 * with warnings (whose reason only a single approval can take), is named and left as it is —
 * a bulk change never approves past the gate or leaves an older approved revision in place.
 */
export async function bulkApprove(store: RegisterStore, ids: readonly string[], language: Language): Promise<BulkUpdateResult> {
  return store.inWriteTransaction(async () => {
    const result: BulkUpdateResult = { updated: 0, skipped: [] };
    for (const id of new Set(ids)) {
      const activity = await store.activities.get(id);
      if (!activity) {
        result.skipped.push({ id, name: '', reason: 'not_found' });
        continue;
      }
      if (activity.status === 'approved') continue;
      if (!canTransition(activity.status, 'approved')) {
        result.skipped.push({ id, name: activity.name, reason: 'invalid_transition', from: activity.status });
        continue;
      }
      try {
        await approveActivity(store, { id, version: activity.version }, language);
        result.updated++;
      } catch (error) {
        if (!(error instanceof ApprovalRefusedError)) throw error;
        result.skipped.push({ id, name: activity.name, reason: 'approval_gate', from: activity.status });
      }
    }
    return result;
  });
}
