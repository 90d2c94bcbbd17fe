import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ChannelCatalogueEntry } from '../../domain/catalogues/schema';
import type { NamedRef } from '../../domain/ipc/channels/messaging';
import type { ValidationIssue } from '../../domain/ipc/result';
import { type Channel } from '../../domain/model/channel';
import { ChannelInputSchema } from '../../domain/model/input-rules';
import type { Language } from '../../domain/model/common';
import { call } from '../api';
import { cloneData } from '../data';
import { channelFromCatalogue, withAllChecklistItems } from './channel-draft';
import { useChannelsStore } from './channels';
import { usePartiesStore } from './parties';
import { useRefusalStore } from './refusal';
import { confirmAndDelete, saveDraft, watchDraftIssues, type EditorState } from './registry-editor';
import { useRemindersStore } from './reminders';
import { useViewStore } from './view';
import { settleUnsavedChanges } from './unsaved-changes';

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
  /** The channel last opened from the list: back in the list, the keyboard returns to its row. */
  const lastOpenedId = ref('');

  const state: EditorState<Channel> = { draft, isNew, dirty, saving, issues, savedName };
  watchDraftIssues(state, ChannelInputSchema, 'channel');

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
    if (!(await settleUnsavedChanges())) return false;
    const parties = usePartiesStore();
    if (!parties.loaded) await parties.load();
    view.show('channels');
    edit(channelFromCatalogue(entry, parties.items.map((item) => item.party), language), entry, [], true);
    return true;
  }

  async function open(id: string): Promise<boolean> {
    const view = useViewStore();
    if (!(await settleUnsavedChanges())) return false;
    lastOpenedId.value = id;
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
    if (!(await settleUnsavedChanges())) return false;
    close();
    return true;
  }

  function save(): Promise<boolean> {
    return saveDraft(state, {
      schema: ChannelInputSchema,
      issuePrefix: 'channel',
      fingerprint,
      send: (channel) => call('channels.save', { channel }),
      adopt: adoptSaved,
      texts: 'channelsUi',
      afterChange,
    });
  }

  /** Takes the stored channel; edits typed while saving stay in the draft as unsaved changes. */
  function adoptSaved(current: Channel, stored: Channel, editedMeanwhile: boolean): void {
    if (!editedMeanwhile) {
      edit(stored, catalogue.value, activities.value, false);
      return;
    }
    Object.assign(current, { version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
    baseline.value = fingerprint(withAllChecklistItems(stored));
    savedName.value = stored.name;
    isNew.value = false;
  }

  function remove(): Promise<boolean> {
    return confirmAndDelete(state, { texts: 'channelsUi', remove: (id) => call('channels.delete', { id }), close, afterChange });
  }

  function afterChange(): void {
    void useChannelsStore().load();
    void usePartiesStore().load();
    useRemindersStore().refresh();
  }

  return { draft, savedName, isNew, catalogue, activities, issues, saving, dirty, lastOpenedId, startFromCatalogue, open, leave, save, remove, close };
});
