import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import { newId } from '../../domain/model/common';
import { PartySchema, type Party } from '../../domain/model/party';
import { ProcessorRecordSchema, type ProcessorRecord } from '../../domain/model/processor-record';
import type { TomMeasure } from '../../domain/model/tom';
import { ApiError, call, validationError } from '../api';
import { cloneData, sameData } from '../data';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';

/** What the inline "new controller" form asks for (Art. 30(2)(a)). */
export interface ControllerInput {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  contactName: string;
  email: string;
  phone: string;
  dpoContact: string;
}

export function emptyControllerInput(): ControllerInput {
  return { name: '', street: '', postalCode: '', city: '', countryCode: '', contactName: '', email: '', phone: '', dpoContact: '' };
}

/** Empty category rows are dropped before saving (the schema wants text in each). */
function forSaving(record: ProcessorRecord): ProcessorRecord {
  return { ...record, processingCategories: record.processingCategories.map((c) => c.trim()).filter(Boolean) };
}

/**
 * The processor record, Art. 30(2): one entry per controller on whose behalf the organisation
 * processes. Each entry is edited as its own draft and saved on its own.
 */
export const useProcessorStore = defineStore('processor', () => {
  const saved = ref<ProcessorRecord[]>([]);
  const drafts = ref<ProcessorRecord[]>([]);
  const parties = ref<Party[]>([]);
  const measures = ref<TomMeasure[]>([]);
  const issues = ref<Record<string, ValidationIssue[]>>({});
  const loaded = ref(false);
  const busy = ref(false);
  /** The entry whose Save was pressed last: its card shows what happened (saved, or why not). */
  const lastSaved = ref('');

  const controllers = computed(() => parties.value.filter((party) => party.roles.includes('client_controller')));
  const dirty = computed(() => drafts.value.some((draft) => isDirty(draft.id)));

  function storedVersion(id: string): ProcessorRecord | undefined {
    return saved.value.find((record) => record.id === id);
  }

  function isDirty(id: string): boolean {
    const draft = drafts.value.find((candidate) => candidate.id === id);
    const stored = storedVersion(id);
    return !!draft && (!stored || !sameData(draft, stored));
  }

  function partyName(id: string): string {
    return parties.value.find((party) => party.id === id)?.name ?? '';
  }

  async function load(): Promise<void> {
    try {
      const [records, partyList, measureList] = await Promise.all([call('processorRecords.list'), call('parties.list'), call('toms.list')]);
      saved.value = records;
      drafts.value = records.map((record) => cloneData(record));
      parties.value = partyList.map((entry) => entry.party);
      measures.value = measureList;
      issues.value = {};
      loaded.value = true;
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  /** A new, unsaved entry for the controller, shown first. */
  function addRecord(controllerPartyId: string): void {
    drafts.value.unshift(ProcessorRecordSchema.parse({ id: newId(), controllerPartyId }));
  }

  /** Creates the controller as a party with the role "client controller" and starts its entry. */
  async function createController(input: ControllerInput): Promise<Party | null> {
    if (busy.value) return null;
    busy.value = true;
    try {
      const party = PartySchema.parse({
        id: newId(),
        name: input.name,
        address: { street: input.street, postalCode: input.postalCode, city: input.city, countryCode: input.countryCode },
        countryCode: input.countryCode,
        roles: ['client_controller'],
        contact: { name: input.contactName, function: '', email: input.email, phone: input.phone },
        dpoContact: input.dpoContact,
      });
      const stored = await call('parties.save', { party });
      parties.value.push(stored);
      addRecord(stored.id);
      useMessagesStore().showStatus('processor.controllerCreated', { name: stored.name });
      return stored;
    } catch (error) {
      useMessagesStore().showError(error);
      return null;
    } finally {
      busy.value = false;
    }
  }

  function adopt(id: string, stored: ProcessorRecord): void {
    const others = saved.value.filter((record) => record.id !== id);
    saved.value = [...others, stored];
    drafts.value = drafts.value.map((draft) => (draft.id === id ? cloneData(stored) : draft));
    issues.value = { ...issues.value, [id]: [] };
  }

  async function save(id: string): Promise<boolean> {
    const messages = useMessagesStore();
    const draft = drafts.value.find((candidate) => candidate.id === id);
    if (!draft || busy.value) return false;
    lastSaved.value = id;
    const parsed = ProcessorRecordSchema.safeParse(forSaving(draft));
    if (!parsed.success) {
      issues.value = { ...issues.value, [id]: issuesFromZod(parsed.error, 'record') };
      messages.showError(validationError(issues.value[id]));
      return false;
    }
    busy.value = true;
    try {
      const stored = await call('processorRecords.save', { record: parsed.data });
      adopt(id, stored);
      messages.showStatus('processor.saved', { name: partyName(stored.controllerPartyId) });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation') issues.value = { ...issues.value, [id]: error.issues };
      messages.showError(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function remove(id: string): Promise<boolean> {
    const draft = drafts.value.find((candidate) => candidate.id === id);
    if (!draft) return false;
    const name = partyName(draft.controllerPartyId);
    const ok = await useConfirmStore().ask({
      title: 'processor.deleteTitle',
      message: 'processor.deleteMessage',
      confirmLabel: 'processor.deleteOk',
      params: { name },
      danger: true,
    });
    if (!ok) return false;
    try {
      if (storedVersion(id)) await call('processorRecords.delete', { id });
      saved.value = saved.value.filter((record) => record.id !== id);
      drafts.value = drafts.value.filter((record) => record.id !== id);
      useMessagesStore().showStatus('processor.deleted', { name });
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    }
  }

  /** Drops every unsaved edit (the user agreed to leave the view). */
  function revert(): void {
    drafts.value = saved.value.map((record) => cloneData(record));
    issues.value = {};
  }

  function reset(): void {
    saved.value = [];
    drafts.value = [];
    parties.value = [];
    measures.value = [];
    issues.value = {};
    loaded.value = false;
    lastSaved.value = '';
  }

  return {
    saved,
    drafts,
    parties,
    measures,
    issues,
    loaded,
    busy,
    lastSaved,
    controllers,
    dirty,
    isDirty,
    partyName,
    load,
    addRecord,
    createController,
    save,
    remove,
    revert,
    reset,
  };
});
