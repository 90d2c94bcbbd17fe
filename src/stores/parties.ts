import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { PartyWithLinks } from '../../domain/ipc/channels/parties';
import { call } from '../api';
import { useRefusalStore } from './refusal';
import { useRegisterStore } from './register';

/** The external parties with their links (activities, channels), for the list and for pickers. */
export const usePartiesStore = defineStore('parties', () => {
  const items = ref<PartyWithLinks[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  let latestRequest = 0;

  const sorted = computed(() => [...items.value].sort((a, b) => a.party.name.localeCompare(b.party.name, 'de')));

  async function load(): Promise<void> {
    const request = ++latestRequest;
    loading.value = true;
    try {
      const answer = await call('parties.list');
      if (request !== latestRequest) return;
      items.value = answer;
      loaded.value = true;
    } catch (error) {
      if (request === latestRequest) useRefusalStore().report(error);
    } finally {
      if (request === latestRequest) loading.value = false;
    }
  }

  function reset(): void {
    latestRequest++;
    items.value = [];
    loading.value = false;
    loaded.value = false;
  }

  // Another register opened (or none): nothing of the previous one may show.
  watch(() => useRegisterStore().info?.path, () => reset());

  return { items, sorted, loading, loaded, load, reset };
});
