import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { ChannelWithLinks, QuickSetupResult } from '../../domain/ipc/channels/messaging';
import type { Language } from '../../domain/model/common';
import type { QuickSetupPurpose } from '../../domain/rules/channel-purpose-profiles';
import type { ActivityFinding, ActivityFindings } from '../../domain/rules/findings';
import { call } from '../api';
import { usePartiesStore } from './parties';
import { useRefusalStore } from './refusal';
import { useRegisterStore } from './register';
import { useRemindersStore } from './reminders';
import { useViewStore } from './view';
import { settleUnsavedChanges } from './unsaved-changes';

export interface ChannelFinding extends ActivityFinding {
  activityId: string;
  activityName: string;
}

/** The messaging channels with their links, the findings of the activities using them, and the one-click setup. */
export const useChannelsStore = defineStore('channels', () => {
  const items = ref<ChannelWithLinks[]>([]);
  const findings = ref<ActivityFindings[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const pickerOpen = ref(false);
  const settingUp = ref(false);
  /** The last one-click setup, shown with the decisions left to the DPO until dismissed. */
  const lastSetup = ref<QuickSetupResult | null>(null);
  let latestRequest = 0;
  let language: Language = 'de';

  async function load(uiLanguage: Language = language): Promise<void> {
    language = uiLanguage;
    const request = ++latestRequest;
    loading.value = true;
    try {
      const [channels, activityFindings] = await Promise.all([call('channels.list'), call('findings.list', { language })]);
      if (request !== latestRequest) return;
      items.value = channels;
      findings.value = activityFindings;
      loaded.value = true;
    } catch (error) {
      if (request === latestRequest) useRefusalStore().report(error);
    } finally {
      if (request === latestRequest) loading.value = false;
    }
  }

  /** Errors and warnings found in the activities that use the channel (notices left out). */
  function findingsOf(activityIds: readonly string[]): ChannelFinding[] {
    return findings.value
      .filter((entry) => activityIds.includes(entry.activityId))
      .flatMap((entry) =>
        entry.findings
          .filter((finding) => finding.severity !== 'info')
          .map((finding) => ({ ...finding, activityId: entry.activityId, activityName: entry.activityName })),
      );
  }

  /** Provider party, channel and processing activity from the catalogue in one step. */
  async function quickSetup(catalogueId: string, purpose: QuickSetupPurpose, uiLanguage: Language): Promise<boolean> {
    const view = useViewStore();
    if (settingUp.value || !(await settleUnsavedChanges())) return false;
    settingUp.value = true;
    try {
      const result = await call('channels.quickSetup', { catalogueId, purpose, language: uiLanguage });
      view.show('channels');
      pickerOpen.value = false;
      lastSetup.value = result;
      await load(uiLanguage);
      const name = items.value.find((item) => item.channel.id === result.channelId)?.channel.name ?? catalogueId;
      useRefusalStore().status('channelsUi.setup.done', { channel: name });
      void usePartiesStore().load();
      useRemindersStore().refresh();
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    } finally {
      settingUp.value = false;
    }
  }

  function reset(): void {
    latestRequest++;
    items.value = [];
    findings.value = [];
    loading.value = false;
    loaded.value = false;
    pickerOpen.value = false;
    lastSetup.value = null;
  }

  // Another register opened (or none): nothing of the previous one may show.
  watch(() => useRegisterStore().info?.path, () => reset());

  return { items, findings, loading, loaded, pickerOpen, settingUp, lastSetup, load, findingsOf, quickSetup, reset };
});
