import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import { newId } from '../../domain/model/common';
import { TomMeasureSchema, type TomMeasure } from '../../domain/model/tom';
import { ApiError, call, validationError } from '../api';
import { cloneData, sameData } from '../data';
import type { TomGrouping } from '../register-catalogues';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';
import { useSettingsStore } from './settings';

/** A measure being edited; `title` may still be empty. */
export type TomDraft = Omit<TomMeasure, 'title'> & { title: string };

/**
 * The organisation-wide catalogue of technical and organisational measures (Art. 32): the
 * register's measures, one of them (or a new one) in edit, and the import from the shipped
 * catalogue.
 */
export const useTomStore = defineStore('toms', () => {
  const measures = ref<TomMeasure[]>([]);
  const grouping = ref<TomGrouping>('controlArea');
  const draft = ref<TomDraft | null>(null);
  const original = ref<TomDraft | null>(null);
  const issues = ref<ValidationIssue[]>([]);
  const loaded = ref(false);
  const busy = ref(false);

  const isNew = computed(() => draft.value !== null && !measures.value.some((m) => m.id === draft.value?.id));
  const dirty = computed(() => draft.value !== null && (isNew.value || !sameData(draft.value, original.value)));
  const importedCatalogueIds = computed(() => new Set(measures.value.map((m) => m.catalogueId).filter(Boolean)));

  async function load(): Promise<void> {
    measures.value = [];
    loaded.value = false;
    try {
      measures.value = await call('toms.list');
      loaded.value = true;
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  function edit(measure: TomDraft): void {
    draft.value = cloneData(measure);
    original.value = cloneData(measure);
    issues.value = [];
  }

  /** A new measure, pre-set to the group it was started from. */
  function startNew(preset: Partial<Pick<TomMeasure, TomGrouping>> = {}): void {
    edit({
      id: newId(),
      catalogueId: '',
      title: '',
      description: '',
      art32Group: 'confidentiality_integrity_availability_resilience',
      controlArea: 'system_access',
      sdmGoal: 'confidentiality',
      createdAt: '',
      updatedAt: '',
      version: 0,
      ...preset,
    });
  }

  function startEdit(id: string): void {
    const measure = measures.value.find((m) => m.id === id);
    if (measure) edit(measure);
  }

  function cancel(): void {
    draft.value = null;
    original.value = null;
    issues.value = [];
  }

  async function save(): Promise<boolean> {
    const messages = useMessagesStore();
    if (!draft.value || busy.value) return false;
    const parsed = TomMeasureSchema.safeParse(draft.value);
    if (!parsed.success) {
      issues.value = issuesFromZod(parsed.error, 'measure');
      messages.showError(validationError(issues.value));
      return false;
    }
    busy.value = true;
    try {
      const stored = await call('toms.save', { measure: parsed.data });
      measures.value = [...measures.value.filter((m) => m.id !== stored.id), stored];
      cancel();
      messages.showStatus('toms.saved', { title: stored.title });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation') issues.value = error.issues;
      messages.showError(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function remove(measure: TomMeasure): Promise<boolean> {
    const ok = await useConfirmStore().ask({
      title: 'toms.deleteTitle',
      message: 'toms.deleteMessage',
      confirmLabel: 'toms.deleteOk',
      params: { title: measure.title },
      danger: true,
    });
    if (!ok) return false;
    try {
      const result = await call('toms.delete', { id: measure.id });
      measures.value = measures.value.filter((m) => m.id !== measure.id);
      if (draft.value?.id === measure.id) cancel();
      useMessagesStore().showStatus('toms.deleted', {
        title: measure.title,
        activities: result.unlinkedActivities,
        records: result.unlinkedProcessorRecords,
      });
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    }
  }

  /** Copies the chosen shipped measures in the UI language; those already present are skipped by main. */
  async function importCatalogue(catalogueIds: string[]): Promise<boolean> {
    if (catalogueIds.length === 0 || busy.value) return false;
    busy.value = true;
    try {
      const result = await call('toms.importCatalogue', { catalogueIds, language: useSettingsStore().language });
      measures.value = await call('toms.list');
      useMessagesStore().showStatus('workflow.results.tomsImported', { imported: result.imported, skipped: result.skipped });
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    measures,
    grouping,
    draft,
    issues,
    loaded,
    busy,
    isNew,
    dirty,
    importedCatalogueIds,
    load,
    startNew,
    startEdit,
    cancel,
    save,
    remove,
    importCatalogue,
  };
});
