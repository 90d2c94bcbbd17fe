import { defineStore } from 'pinia';
import { ref, type Ref } from 'vue';
import type { Channel as MessagingChannel } from '../../../domain/model/channel';
import type { Language } from '../../../domain/model/common';
import type { Party } from '../../../domain/model/party';
import type { TomMeasure } from '../../../domain/model/tom';
import type { ActivityFinding } from '../../../domain/rules/findings';
import { call } from '../../api';
import type { TomGrouping } from './field-options';

/** Loading state of one list: some backends are still being finished, so "failed" is a normal state. */
export type LookupState = 'idle' | 'loading' | 'ready' | 'failed';

interface Lookup<T> {
  items: Ref<T>;
  state: Ref<LookupState>;
}

function lookup<T>(initial: T): Lookup<T> {
  return { items: ref(initial) as Ref<T>, state: ref<LookupState>('idle') };
}

/**
 * What the activity editor reads from the rest of the register: external parties, messaging
 * channels, the TOM catalogue, departments in use, and the findings of the edited activity.
 * A list that cannot be loaded leaves its section usable (links already stored are kept) and
 * says so next to the fields instead of in the window's error line.
 */
export const useEditorLookupsStore = defineStore('activityEditorLookups', () => {
  const parties = lookup<Party[]>([]);
  const channels = lookup<MessagingChannel[]>([]);
  const toms = lookup<TomMeasure[]>([]);
  const departments = lookup<string[]>([]);
  const findings = lookup<ActivityFinding[]>([]);
  /** Version of the activity the findings were computed for (findings follow the saved state). */
  const findingsVersion = ref(-1);
  let findingsRequest = 0;
  /** How the TOM section groups the catalogue; kept while the app runs. */
  const tomGrouping = ref<TomGrouping>('art32');

  async function fill<T>(target: Lookup<T>, load: () => Promise<T>): Promise<void> {
    target.state.value = 'loading';
    try {
      target.items.value = await load();
      target.state.value = 'ready';
    } catch {
      target.state.value = 'failed';
    }
  }

  /** Loads the register's lists once per opened editor (the views call it when mounted). */
  function loadRegisterLists(): Promise<void> {
    return Promise.all([
      fill(parties, async () => (await call('parties.list')).map((entry) => entry.party)),
      fill(channels, async () => (await call('channels.list')).map((entry) => entry.channel)),
      fill(toms, () => call('toms.list')),
      fill(departments, () => call('activities.departments')),
    ]).then(() => undefined);
  }

  /** The stored activity's findings (findings.list covers every activity that is not archived). */
  async function loadFindings(activityId: string, version: number, language: Language): Promise<void> {
    const request = ++findingsRequest;
    findings.state.value = 'loading';
    try {
      const all = await call('findings.list', { language });
      if (request !== findingsRequest) return;
      findings.items.value = all.find((entry) => entry.activityId === activityId)?.findings ?? [];
      findingsVersion.value = version;
      findings.state.value = 'ready';
    } catch {
      if (request === findingsRequest) findings.state.value = 'failed';
    }
  }

  function clearFindings(): void {
    findingsRequest++;
    findings.items.value = [];
    findings.state.value = 'idle';
    findingsVersion.value = -1;
  }

  return {
    parties: parties.items,
    partiesState: parties.state,
    channels: channels.items,
    channelsState: channels.state,
    toms: toms.items,
    tomsState: toms.state,
    departments: departments.items,
    findings: findings.items,
    findingsState: findings.state,
    findingsVersion,
    tomGrouping,
    loadRegisterLists,
    loadFindings,
    clearFindings,
  };
});
