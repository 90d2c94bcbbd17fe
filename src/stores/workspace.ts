import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ActivityHealth, BulkChange, BulkUpdateResult, RegisterOverview } from '../../domain/ipc/channels/workspace';
import { call } from '../api';
import { useMessagesStore } from './messages';
import { useSettingsStore } from './settings';

/**
 * Completeness and findings of the open register (workspace.overview): the dashboard, the
 * list's findings column and its "with errors or gaps" filter read them from here.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const overview = shallowRef<RegisterOverview | null>(null);
  const loading = ref(false);
  let generation = 0;

  const healthById = computed(() => new Map((overview.value?.activities ?? []).map((entry) => [entry.activityId, entry])));

  /** Activities with an error finding or a mandatory Art. 30 field missing. */
  const problemIds = computed(() =>
    (overview.value?.activities ?? []).filter((entry) => hasProblems(entry)).map((entry) => entry.activityId),
  );

  async function load(): Promise<RegisterOverview | null> {
    const current = ++generation;
    loading.value = true;
    try {
      const result = await call('workspace.overview', { language: useSettingsStore().language });
      if (current === generation) overview.value = result;
      return result;
    } catch (error) {
      if (current === generation) useMessagesStore().showError(error);
      return null;
    } finally {
      if (current === generation) loading.value = false;
    }
  }

  function healthOf(id: string): ActivityHealth | undefined {
    return healthById.value.get(id);
  }

  function bulkUpdate(ids: string[], change: BulkChange): Promise<BulkUpdateResult> {
    return call('activities.bulkUpdate', { ids, change });
  }

  function reset(): void {
    generation++;
    overview.value = null;
    loading.value = false;
  }

  return { overview, loading, problemIds, load, healthOf, bulkUpdate, reset };
});

export function hasProblems(entry: ActivityHealth): boolean {
  return entry.findings.error > 0 || entry.completeness.missing.length > 0;
}
