import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { countReminders, type Reminder, type ReminderCounts } from '../../domain/rules/reminders';
import { call } from '../api';
import { useRefusalStore } from './refusal';
import { useRegisterStore } from './register';

/**
 * Deadlines and reminders (reminders.list) and their counts (reminders.counts) for the header.
 * "Today" is main's local date. Main computes them over the whole register, so they are asked
 * for only when something may have changed (stores that change parties, contracts or channels
 * call refresh()), and overlapping requests for the counts are folded into one.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const items = ref<Reminder[]>([]);
  const counts = ref<ReminderCounts | null>(null);
  const loading = ref(false);
  const loaded = ref(false);
  /** Bumped when the register changes: answers about the previous one are dropped. */
  let generation = 0;
  let latestList = 0;
  let countsInFlight: Promise<void> | null = null;
  let countsAgain = false;

  async function load(): Promise<void> {
    const request = ++latestList;
    const asked = generation;
    loading.value = true;
    try {
      const answer = await call('reminders.list', {});
      if (request !== latestList || asked !== generation) return;
      items.value = answer;
      counts.value = countReminders(answer);
      loaded.value = true;
    } catch (error) {
      if (request === latestList) useRefusalStore().report(error);
    } finally {
      if (request === latestList) loading.value = false;
    }
  }

  /** The header's counts; a failure keeps the last ones (the header is no place for errors). */
  function loadCounts(): Promise<void> {
    if (countsInFlight) {
      countsAgain = true;
      return countsInFlight;
    }
    countsInFlight = (async () => {
      do {
        countsAgain = false;
        const asked = generation;
        try {
          const answer = await call('reminders.counts', {});
          if (asked === generation) counts.value = answer;
        } catch {
          // The register may just have been closed; the next change asks again.
        }
      } while (countsAgain);
    })().finally(() => {
      countsInFlight = null;
    });
    return countsInFlight;
  }

  /** After a change that can add or settle reminders: the list once it was shown (with its counts), else the counts. */
  function refresh(): void {
    if (loaded.value) void load();
    else void loadCounts();
  }

  function reset(): void {
    generation++;
    latestList++;
    items.value = [];
    counts.value = null;
    loading.value = false;
    loaded.value = false;
  }

  // Another register opened (or none): nothing of the previous one may show.
  watch(() => useRegisterStore().info?.path, () => reset());

  return { items, counts, loading, loaded, load, loadCounts, refresh, reset };
});
