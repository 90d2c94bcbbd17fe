import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import type { AttachmentMeta } from '../../domain/model/attachment';
import { PartySchema, type Party } from '../../domain/model/party';
import type { PartyLinks } from '../../domain/rules/party-links';
import { ApiError, call, validationError } from '../api';
import { cloneData } from '../data';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';
import { blankParty, partyFingerprint } from './party-draft';
import { usePartiesStore } from './parties';
import { useRefusalStore } from './refusal';
import { useRemindersStore } from './reminders';
import { useViewStore } from './view';

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

  // Once a save has failed, the marks follow the user's corrections instead of going stale.
  watch(
    draft,
    (current) => {
      if (!current || issues.value.length === 0) return;
      const result = PartySchema.safeParse(current);
      issues.value = result.success ? [] : issuesFromZod(result.error, 'party');
      if (result.success) useMessagesStore().clearValidationError();
    },
    { deep: true },
  );

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
    if (!(await view.confirmDiscard())) return false;
    view.show('parties');
    edit(blankParty(), NO_LINKS, true);
    return true;
  }

  async function open(id: string): Promise<boolean> {
    const view = useViewStore();
    if (!(await view.confirmDiscard())) return false;
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
    const parsed = PartySchema.safeParse(current);
    if (!parsed.success) {
      issues.value = issuesFromZod(parsed.error, 'party');
      useRefusalStore().report(validationError(issues.value));
      return false;
    }
    const sent = partyFingerprint(current);
    saving.value = true;
    try {
      const stored = await call('parties.save', { party: parsed.data });
      if (draft.value === current) adoptSaved(current, stored, sent);
      useRefusalStore().status('partiesUi.saved', { name: stored.name });
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

  /** Takes the stored party; edits typed while saving stay in the draft as unsaved changes. */
  function adoptSaved(current: Party, stored: Party, sent: string): void {
    if (partyFingerprint(current) === sent) {
      edit(stored, links.value, false);
      return;
    }
    Object.assign(current, { version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
    baseline.value = partyFingerprint(stored);
    savedName.value = stored.name;
    isNew.value = false;
    issues.value = [];
  }

  async function remove(): Promise<boolean> {
    const current = draft.value;
    if (!current || isNew.value) return false;
    const name = savedName.value;
    const ok = await useConfirmStore().ask({
      title: 'partiesUi.deleteTitle',
      message: 'partiesUi.deleteMessage',
      confirmLabel: 'partiesUi.deleteOk',
      params: { name },
      danger: true,
    });
    if (!ok) return false;
    try {
      await call('parties.delete', { id: current.id });
      close();
      useRefusalStore().status('partiesUi.deleted', { name });
      afterChange();
      return true;
    } catch (error) {
      useRefusalStore().report(error);
      return false;
    }
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
