import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ValidationIssue } from '../../domain/ipc/result';
import type { AttachmentMeta } from '../../domain/model/attachment';
import { PartyInputSchema } from '../../domain/model/input-rules';
import { type Party } from '../../domain/model/party';
import type { PartyLinks } from '../../domain/rules/party-links';
import { call } from '../api';
import { cloneData } from '../data';
import { blankParty, partyFingerprint } from './party-draft';
import { usePartiesStore } from './parties';
import { useRefusalStore } from './refusal';
import { confirmAndDelete, saveDraft, watchDraftIssues, type EditorState } from './registry-editor';
import { useRemindersStore } from './reminders';
import { useViewStore } from './view';
import { settleUnsavedChanges } from './unsaved-changes';

const NO_LINKS: PartyLinks = { activities: [], channels: [] };

/** The external party being edited, with its contracts, their signed documents and its links. */
export const usePartyEditorStore = defineStore('partyEditor', () => {
  const draft = ref<Party | null>(null);
  const baseline = ref('');
  const savedName = ref('');
  const isNew = ref(false);
  const links = ref<PartyLinks>(NO_LINKS);
  /** Metadata of the documents stored in the register, by attachment id. */
  const attachments = ref<Record<string, AttachmentMeta>>({});
  const issues = ref<ValidationIssue[]>([]);
  const saving = ref(false);
  /** Contract whose document is being attached or exported ('' when none). */
  const busyContractId = ref('');

  const dirty = computed(() => draft.value !== null && partyFingerprint(draft.value) !== baseline.value);
  /** The party last opened from the list: back in the list, the keyboard returns to its row. */
  const lastOpenedId = ref('');
  const state: EditorState<Party> = { draft, isNew, dirty, saving, issues, savedName };
  watchDraftIssues(state, PartyInputSchema, 'party');

  function edit(party: Party, partyLinks: PartyLinks, asNew: boolean): void {
    draft.value = cloneData(party);
    baseline.value = partyFingerprint(party);
    savedName.value = asNew ? '' : party.name;
    isNew.value = asNew;
    links.value = partyLinks;
    issues.value = [];
  }

  function close(): void {
    draft.value = null;
    baseline.value = '';
    savedName.value = '';
    isNew.value = false;
    links.value = NO_LINKS;
    issues.value = [];
    busyContractId.value = '';
  }

  async function loadAttachments(): Promise<void> {
    try {
      const list = await call('attachments.list');
      attachments.value = Object.fromEntries(list.map((item) => [item.id, item]));
    } catch (error) {
      useRefusalStore().report(error);
    }
  }

  async function startNew(): Promise<boolean> {
    const view = useViewStore();
    if (!(await settleUnsavedChanges())) return false;
    view.show('parties');
    edit(blankParty(), NO_LINKS, true);
    return true;
  }

  async function open(id: string): Promise<boolean> {
    const view = useViewStore();
    if (!(await settleUnsavedChanges())) return false;
    lastOpenedId.value = id;
    try {
      const { party, links: partyLinks } = await call('parties.get', { id });
      view.show('parties');
      edit(party, partyLinks, false);
      void loadAttachments();
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    }
  }

  /** Back to the list (asks first when there are unsaved changes). */
  async function leave(): Promise<boolean> {
    if (!(await settleUnsavedChanges())) return false;
    close();
    return true;
  }

  function save(): Promise<boolean> {
    return saveDraft(state, {
      schema: PartyInputSchema,
      issuePrefix: 'party',
      fingerprint: partyFingerprint,
      send: (party) => call('parties.save', { party }),
      adopt: adoptSaved,
      texts: 'partiesUi',
      afterChange,
    });
  }

  /** Takes the stored party; edits typed while saving stay in the draft as unsaved changes. */
  function adoptSaved(current: Party, stored: Party, editedMeanwhile: boolean): void {
    if (!editedMeanwhile) {
      edit(stored, links.value, false);
      return;
    }
    Object.assign(current, { version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
    baseline.value = partyFingerprint(stored);
    savedName.value = stored.name;
    isNew.value = false;
    issues.value = [];
  }

  function remove(): Promise<boolean> {
    return confirmAndDelete(state, { texts: 'partiesUi', remove: (id) => call('parties.delete', { id }), close, afterChange });
  }

  /**
   * Main asks for the PDF and stores it with the contract. The contract must be stored first,
   * so unsaved edits are saved before; a cancelled dialog changes nothing.
   */
  async function attachDocument(contractId: string): Promise<boolean> {
    if (!draft.value || busyContractId.value) return false;
    if ((isNew.value || dirty.value) && !(await save())) return false;
    const current = draft.value;
    if (!current) return false;
    busyContractId.value = contractId;
    try {
      const result = await call('attachments.attachToContract', { partyId: current.id, contractId });
      if (!result) return false;
      attachments.value = { ...attachments.value, [result.attachment.id]: result.attachment };
      if (draft.value === current) edit(result.party, links.value, false);
      useRefusalStore().status('partiesUi.contracts.document.attached', { fileName: result.attachment.fileName });
      afterChange();
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    } finally {
      busyContractId.value = '';
    }
  }

  /** Main asks where to save and writes the stored bytes unchanged. */
  async function exportDocument(contractId: string, attachmentId: string): Promise<boolean> {
    if (busyContractId.value) return false;
    busyContractId.value = contractId;
    try {
      const result = await call('attachments.export', { attachmentId });
      if (!result) return false;
      useRefusalStore().status('partiesUi.contracts.document.exported', { path: result.path });
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    } finally {
      busyContractId.value = '';
    }
  }

  function afterChange(): void {
    void usePartiesStore().load();
    useRemindersStore().refresh();
  }

  return {
    draft,
    savedName,
    isNew,
    links,
    attachments,
    issues,
    saving,
    busyContractId,
    dirty,
    lastOpenedId,
    startNew,
    open,
    leave,
    save,
    remove,
    attachDocument,
    exportDocument,
    close,
  };
});
