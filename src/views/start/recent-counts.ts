import { ref } from 'vue';
import type { RecentRegisterCounts } from '../../../domain/ipc/channels/reminders';
import { call } from '../../api';

/**
 * Reminder counts per recent register, read by main without opening them, so an external
 * DPO sees on the start screen which client has overdue AVVs, reviews or checklist items.
 */
export function useRecentCounts() {
  const byPath = ref(new Map<string, RecentRegisterCounts>());

  async function load(): Promise<void> {
    try {
      const entries = await call('reminders.recentCounts', {});
      byPath.value = new Map(entries.map((entry) => [entry.path, entry]));
    } catch {
      // The list stays usable without the counts; each entry then shows none.
      byPath.value = new Map();
    }
  }

  return { byPath, load };
}
