import { watch, type Ref } from 'vue';
import type { z } from 'zod';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import { ApiError, validationError } from '../api';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';
import { useRefusalStore } from './refusal';

/**
 * The save and delete steps the party and channel editors share. Each editor keeps its own
 * state; these functions only run the common sequence over it.
 */
export interface EditorState<T> {
  draft: Ref<T | null>;
  isNew: Ref<boolean>;
  dirty: Readonly<Ref<boolean>>;
  saving: Ref<boolean>;
  issues: Ref<ValidationIssue[]>;
  savedName: Ref<string>;
}

/** Once a save has failed, the field marks follow the user's corrections instead of going stale. */
export function watchDraftIssues<T>(state: EditorState<T>, schema: z.ZodType<T>, issuePrefix: string): void {
  watch(
    state.draft,
    (current) => {
      if (!current || state.issues.value.length === 0) return;
      const result = schema.safeParse(current);
      state.issues.value = result.success ? [] : issuesFromZod(result.error, issuePrefix);
      if (result.success) useMessagesStore().clearValidationError();
    },
    { deep: true },
  );
}

export interface SaveSteps<T extends { name: string }> {
  schema: z.ZodType<T>;
  issuePrefix: string;
  fingerprint: (value: T) => string;
  /** Sends the validated draft to main and returns what was stored. */
  send: (valid: T) => Promise<T>;
  /** Takes the stored entity; `editedMeanwhile` when the user typed while it was saving. */
  adopt: (current: T, stored: T, editedMeanwhile: boolean) => void;
  /** Namespace of the `saved` text (e.g. partiesUi). */
  texts: string;
  afterChange: () => void;
}

export async function saveDraft<T extends { name: string }>(state: EditorState<T>, steps: SaveSteps<T>): Promise<boolean> {
  const current = state.draft.value;
  if (!current || state.saving.value) return false;
  if (!state.isNew.value && !state.dirty.value) {
    useRefusalStore().status('app.form.noChanges');
    return true;
  }
  const parsed = steps.schema.safeParse(current);
  if (!parsed.success) {
    state.issues.value = issuesFromZod(parsed.error, steps.issuePrefix);
    useRefusalStore().report(validationError(state.issues.value));
    return false;
  }
  const sent = steps.fingerprint(current);
  state.saving.value = true;
  try {
    const stored = await steps.send(parsed.data);
    if (state.draft.value === current) steps.adopt(current, stored, steps.fingerprint(current) !== sent);
    useRefusalStore().status(`${steps.texts}.saved`, { name: stored.name });
    steps.afterChange();
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'validation') state.issues.value = error.issues;
    useRefusalStore().report(error);
    return false;
  } finally {
    state.saving.value = false;
  }
}

/** Asks first (texts `<texts>.deleteTitle/deleteMessage/deleteOk/deleted`), then deletes in main. */
export async function confirmAndDelete<T extends { id: string }>(
  state: EditorState<T>,
  steps: { texts: string; remove: (id: string) => Promise<unknown>; close: () => void; afterChange: () => void },
): Promise<boolean> {
  const current = state.draft.value;
  if (!current || state.isNew.value) return false;
  const name = state.savedName.value;
  const ok = await useConfirmStore().ask({
    title: `${steps.texts}.deleteTitle`,
    message: `${steps.texts}.deleteMessage`,
    confirmLabel: `${steps.texts}.deleteOk`,
    params: { name },
    danger: true,
  });
  if (!ok) return false;
  try {
    await steps.remove(current.id);
    steps.close();
    useRefusalStore().status(`${steps.texts}.deleted`, { name });
    steps.afterChange();
    return true;
  } catch (error) {
    useRefusalStore().report(error);
    return false;
  }
}
