import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { ValidationIssue } from '../../domain/ipc/result';
import type { Activity, ActivityStatus } from '../../domain/model/activity';
import { canTransition } from '../../domain/rules/status-workflow';
import { ApiError, call, validationError } from '../api';
import { blankActivity, checkDraft, fingerprint, withEditingRows } from './activity-draft';
import { useActivityListStore } from './activity-list';
import { useApprovalStore } from './approval';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';
import { useViewStore } from './view';
import { settleUnsavedChanges } from './unsaved-changes';

/** The activity being edited: the draft, what it was when loaded or saved, and its issues. */
export const useActivityEditorStore = defineStore('activityEditor', () => {
  const draft = ref<Activity | null>(null);
  /** Fingerprint of the stored state, for "unsaved changes". */
  const baseline = ref('');
  /** Name as stored (the draft's name may be edited or empty). */
  const savedName = ref('');
  const isNew = ref(false);
  const issues = ref<ValidationIssue[]>([]);
  const saving = ref(false);

  const dirty = computed(() => draft.value !== null && fingerprint(draft.value) !== baseline.value);

  // Once a save has failed, the marks follow the user's corrections instead of going stale.
  watch(
    draft,
    (current) => {
      if (!current || issues.value.length === 0) return;
      const result = checkDraft(current);
      issues.value = result.ok ? [] : result.issues;
      if (result.ok) useMessagesStore().clearValidationError();
    },
    { deep: true },
  );

  function edit(activity: Activity, asNew: boolean): void {
    draft.value = withEditingRows(activity);
    baseline.value = fingerprint(activity);
    savedName.value = asNew ? '' : activity.name;
    isNew.value = asNew;
    issues.value = [];
  }

  function close(): void {
    draft.value = null;
    baseline.value = '';
    savedName.value = '';
    isNew.value = false;
    issues.value = [];
  }

  async function startNew(): Promise<boolean> {
    const view = useViewStore();
    if (!(await settleUnsavedChanges())) return false;
    view.show('activity');
    edit(blankActivity(), true);
    return true;
  }

  async function open(id: string): Promise<boolean> {
    const view = useViewStore();
    if (!(await settleUnsavedChanges())) return false;
    try {
      const activity = await call('activities.get', { id });
      view.show('activity');
      edit(activity, false);
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    }
  }

  async function save(): Promise<boolean> {
    const messages = useMessagesStore();
    const current = draft.value;
    if (!current || saving.value) return false;
    if (!isNew.value && !dirty.value) {
      messages.showStatus('app.form.noChanges');
      return true;
    }
    const checked = checkDraft(current);
    if (!checked.ok) {
      issues.value = checked.issues;
      messages.showError(validationError(issues.value));
      return false;
    }
    const sent = fingerprint(current);
    saving.value = true;
    try {
      const stored = await call('activities.save', { activity: checked.activity });
      if (draft.value === current) adoptSaved(current, stored, sent);
      messages.showStatus('activity.saved', { name: stored.name });
      void useActivityListStore().load();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation') issues.value = error.issues;
      messages.showError(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Takes the stored activity; edits typed while saving stay in the draft as unsaved changes. */
  function adoptSaved(current: Activity, stored: Activity, sent: string): void {
    if (fingerprint(current) === sent) {
      edit(stored, false);
      return;
    }
    Object.assign(current, { version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
    baseline.value = fingerprint(stored);
    savedName.value = stored.name;
    isNew.value = false;
    issues.value = [];
  }

  async function remove(): Promise<boolean> {
    const current = draft.value;
    if (!current || isNew.value) return false;
    const name = savedName.value;
    const ok = await useConfirmStore().ask({
      title: 'activity.deleteTitle',
      message: 'activity.deleteMessage',
      confirmLabel: 'activity.deleteOk',
      params: { name },
      danger: true,
    });
    if (!ok) return false;
    try {
      await call('activities.delete', { id: current.id });
      useViewStore().show('activities');
      useMessagesStore().showStatus('activity.deleted', { name });
      void useActivityListStore().load();
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    }
  }

  /** Saves when there is anything unsaved; status changes and templates work on the stored version. */
  async function ensureSaved(): Promise<boolean> {
    if (!draft.value) return false;
    return isNew.value || dirty.value ? save() : true;
  }

  /** Moves the activity along the review workflow (activities.setStatus), saving pending edits first. */
  async function changeStatus(target: ActivityStatus): Promise<boolean> {
    if (saving.value || !(await ensureSaved())) return false;
    const current = draft.value;
    if (!current || !canTransition(current.status, target)) return false;
    const messages = useMessagesStore();
    saving.value = true;
    try {
      const stored = await call('activities.setStatus', { id: current.id, status: target, version: current.version });
      if (draft.value === current) adoptStatus(current, stored);
      messages.showStatus(`activityFields.status.changed.${stored.status}`, { name: stored.name });
      void useActivityListStore().load();
      return true;
    } catch (error) {
      // The approval gate refused: the editor asks to fix the errors or to give a reason for the warnings.
      if (target === 'approved' && (await useApprovalStore().askAfterRefusal(error, current.id))) {
        messages.clear();
        return false;
      }
      messages.showError(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Approves despite warnings with the user's reason (activities.approve; recorded in the change log). */
  async function approveWithReason(reason: string): Promise<boolean> {
    const current = draft.value;
    if (!current || saving.value) return false;
    const messages = useMessagesStore();
    saving.value = true;
    try {
      const stored = await call('activities.approve', { id: current.id, version: current.version, acknowledgement: reason.trim() });
      if (draft.value === current) adoptStatus(current, stored);
      useApprovalStore().dismiss();
      messages.showStatus('activityFields.status.changed.approved', { name: stored.name });
      void useActivityListStore().load();
      return true;
    } catch (error) {
      if (await useApprovalStore().askAfterRefusal(error, current.id)) return false;
      messages.showError(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Takes what setStatus stored (status, review dates, version); edits typed meanwhile stay unsaved. */
  function adoptStatus(current: Activity, stored: Activity): void {
    if (!dirty.value) {
      edit(stored, false);
      return;
    }
    const { status, lastReviewedOn, nextReviewOn, version, updatedAt } = stored;
    Object.assign(current, { status, lastReviewedOn, nextReviewOn, version, updatedAt });
    baseline.value = fingerprint(stored);
  }

  /** Stores the saved activity's content as a user template (templates.saveActivityAsTemplate). */
  async function saveAsTemplate(name: string): Promise<boolean> {
    if (saving.value || !(await ensureSaved())) return false;
    const current = draft.value;
    if (!current) return false;
    try {
      const template = await call('templates.saveActivityAsTemplate', { activityId: current.id, name: name.trim() });
      useMessagesStore().showStatus('activityFields.template.saved', { name: template.name });
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    }
  }

  /** Back to the list (asks first when there are unsaved changes). */
  function leave(): Promise<boolean> {
    return useViewStore().navigate('activities');
  }

  return { draft, savedName, isNew, issues, saving, dirty, startNew, open, save, remove, leave, close, changeStatus, approveWithReason, saveAsTemplate };
});
