import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { ChannelCatalogueEntry } from '../../domain/catalogues/schema';
import type { NamedRef } from '../../domain/ipc/channels/messaging';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import { ChannelSchema, type Channel } from '../../domain/model/channel';
import type { Language } from '../../domain/model/common';
import { ApiError, call, validationError } from '../api';
import { cloneData } from '../data';
import { channelFromCatalogue, withAllChecklistItems } from './channel-draft';
import { useChannelsStore } from './channels';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';
import { usePartiesStore } from './parties';
import { useRefusalStore } from './refusal';
import { useRemindersStore } from './reminders';
import { useViewStore } from './view';

/** The messaging channel being edited: details, provider, checklist; catalogue facts and users alongside. */
export const useChannelEditorStore = defineStore('channelEditor', () => {
  const draft = ref<Channel | null>(null);
  const baseline = ref('');
  const savedName = ref('');
  const isNew = ref(false);
  const catalogue = ref<ChannelCatalogueEntry | null>(null);
  const activities = ref<NamedRef[]>([]);
  const issues = ref<ValidationIssue[]>([]);
  const saving = ref(false);

  const fingerprint = (channel: Channel) => JSON.stringify(channel);
  const dirty = computed(() => draft.value !== null && fingerprint(draft.value) !== baseline.value);

  watch(
    draft,
    (current) => {
      if (!current || issues.value.length === 0) return;
      const result = ChannelSchema.safeParse(current);
      issues.value = result.success ? [] : issuesFromZod(result.error, 'channel');
      if (result.success) useMessagesStore().clearValidationError();
    },
    { deep: true },
  );

  function edit(channel: Channel, entry: ChannelCatalogueEntry | null, users: NamedRef[], asNew: boolean): void {
    const complete = withAllChecklistItems(cloneData(channel));
    draft.value = complete;
    baseline.value = asNew ? '' : fingerprint(complete);
    savedName.value = asNew ? '' : channel.name;
    isNew.value = asNew;
    catalogue.value = entry;
    activities.value = users;
    issues.value = [];
  }

  function close(): void {
    draft.value = null;
    baseline.value = '';
    savedName.value = '';
    isNew.value = false;
    catalogue.value = null;
    activities.value = [];
    issues.value = [];
  }

  /** A new channel from the catalogue, not saved until the user saves it. */
  async function startFromCatalogue(entry: ChannelCatalogueEntry, language: Language): Promise<boolean> {
    const view = useViewStore();
    if (!(await view.confirmDiscard())) return false;
    const parties = usePartiesStore();
    if (!parties.loaded) await parties.load();
    view.show('channels');
    edit(channelFromCatalogue(entry, parties.items.map((item) => item.party), language), entry, [], true);
    return true;
  }

  async function open(id: string): Promise<boolean> {
    const view = useViewStore();
    if (!(await view.confirmDiscard())) return false;
    try {
      const found = await call('channels.get', { id });
      view.show('channels');
      edit(found.channel, found.catalogue, found.activities, false);
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    }
  }

  async function leave(): Promise<boolean> {
    if (!(await useViewStore().confirmDiscard())) return false;
    close();
    return true;
  }

  async function save(): Promise<boolean> {
    const current = draft.value;
    if (!current || saving.value) return false;
    if (!isNew.value && !dirty.value) {
      useRefusalStore().status('app.form.noChanges');
      return true;
    }
    const parsed = ChannelSchema.safeParse(current);
    if (!parsed.success) {
      issues.value = issuesFromZod(parsed.error, 'channel');
      useRefusalStore().report(validationError(issues.value));
      return false;
    }
    const sent = fingerprint(current);
    saving.value = true;
    try {
      const stored = await call('channels.save', { channel: parsed.data });
      if (draft.value === current) {
        if (fingerprint(current) === sent) edit(stored, catalogue.value, activities.value, false);
        else {
          Object.assign(current, { version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
          baseline.value = fingerprint(withAllChecklistItems(stored));
          savedName.value = stored.name;
          isNew.value = false;
        }
      }
      useRefusalStore().status('channelsUi.saved', { name: stored.name });
      afterChange();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation') issues.value = error.issues;
      useRefusalStore().report(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function remove(): Promise<boolean> {
    const current = draft.value;
    if (!current || isNew.value) return false;
    const name = savedName.value;
    const ok = await useConfirmStore().ask({
      title: 'channelsUi.deleteTitle',
      message: 'channelsUi.deleteMessage',
      confirmLabel: 'channelsUi.deleteOk',
      params: { name },
      danger: true,
    });
    if (!ok) return false;
    try {
      await call('channels.delete', { id: current.id });
      close();
      useRefusalStore().status('channelsUi.deleted', { name });
      afterChange();
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    }
  }

  function afterChange(): void {
    void useChannelsStore().load();
    void usePartiesStore().load();
    useRemindersStore().refresh();
  }

  return { draft, savedName, isNew, catalogue, activities, issues, saving, dirty, startFromCatalogue, open, leave, save, remove, close };
});
