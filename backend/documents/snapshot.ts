import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import type { RegisterStore } from '../storage/register-store';

export async function loadRegisterSnapshot(store: RegisterStore): Promise<RegisterSnapshot> {
  const [organisation, activities, parties, channels, processorRecords, toms, attachments, approvedRevisions] = await Promise.all([
    store.organisation.get(),
    store.activities.list(),
    store.parties.list(),
    store.channels.list(),
    store.processorRecords.list(),
    store.toms.list(),
    store.attachments.list(),
    store.approvals.list(),
  ]);
  return { organisation, activities, parties, channels, processorRecords, toms, attachments, approvedRevisions };
}
