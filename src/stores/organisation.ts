import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import { OrganisationInputSchema } from '../../domain/model/input-rules';
import { type Organisation } from '../../domain/model/organisation';
import { ApiError, call, validationError } from '../api';
import { cloneData, sameData } from '../data';
import { useMessagesStore } from './messages';
import { useRegisterStore } from './register';

/** The organisation (Art. 30(1)(a)): what was saved, and the draft the form edits. */
export const useOrganisationStore = defineStore('organisation', () => {
  const saved = ref<Organisation | null>(null);
  const draft = ref<Organisation | null>(null);
  const issues = ref<ValidationIssue[]>([]);
  const loading = ref(false);
  const saving = ref(false);

  const dirty = computed(() => draft.value !== null && saved.value !== null && !sameData(draft.value, saved.value));

  // Once a save has failed, the marks follow the user's corrections instead of going stale.
  watch(
    draft,
    (current) => {
      if (!current || issues.value.length === 0) return;
      const result = OrganisationInputSchema.safeParse(current);
      issues.value = result.success ? [] : issuesFromZod(result.error, 'organisation');
      if (result.success) useMessagesStore().clearValidationError();
    },
    { deep: true },
  );

  function accept(organisation: Organisation): void {
    saved.value = organisation;
    draft.value = cloneData(organisation);
    issues.value = [];
  }

  async function load(): Promise<void> {
    loading.value = true;
    try {
      accept(await call('organisation.get'));
    } catch (error) {
      useMessagesStore().showError(error);
    } finally {
      loading.value = false;
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (!saved.value && !loading.value) await load();
  }

  async function save(): Promise<boolean> {
    const messages = useMessagesStore();
    if (!draft.value || saving.value) return false;
    if (!dirty.value) {
      messages.showStatus('app.form.noChanges');
      return true;
    }
    const parsed = OrganisationInputSchema.safeParse(draft.value);
    if (!parsed.success) {
      issues.value = issuesFromZod(parsed.error, 'organisation');
      messages.showError(validationError(issues.value));
      return false;
    }
    saving.value = true;
    try {
      const result = await call('organisation.save', { organisation: parsed.data });
      accept(result);
      useRegisterStore().setOrganisationName(result.name);
      messages.showStatus('organisation.saved');
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation') issues.value = error.issues;
      messages.showError(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Drops the edits: the draft becomes what was saved. */
  function revert(): void {
    if (saved.value) draft.value = cloneData(saved.value);
    issues.value = [];
  }

  function reset(): void {
    saved.value = null;
    draft.value = null;
    issues.value = [];
  }

  return { saved, draft, issues, loading, saving, dirty, load, ensureLoaded, save, revert, reset };
});
