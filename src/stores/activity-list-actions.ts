import type { ActivitySummary } from '../../domain/model/register';
import { call } from '../api';
import { countKey } from '../i18n';
import { useActivityEditorStore } from './activity-editor';
import { useActivityListStore } from './activity-list';
import { useConfirmStore } from './confirm';
import { useMessagesStore } from './messages';
import { useSettingsStore } from './settings';

/**
 * What the activity list's row actions and its "new activity" choices do. Each reports
 * success on the status line, failures on the error line, and reloads the list.
 */

async function attempt<T>(action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (error) {
    useMessagesStore().showError(error);
    return null;
  }
}

export async function duplicateActivity(summary: ActivitySummary): Promise<boolean> {
  const copy = await attempt(() => call('activities.duplicate', { id: summary.id }));
  if (!copy) return false;
  useMessagesStore().showStatus('registerList.duplicated', { name: copy.name });
  await useActivityListStore().load();
  return true;
}

/** Archives after confirmation; archived activities leave the list unless "include archived" is on. */
export async function archiveActivity(summary: ActivitySummary): Promise<boolean> {
  const ok = await useConfirmStore().ask({
    title: 'registerList.archive.title',
    message: 'registerList.archive.message',
    confirmLabel: 'registerList.archive.ok',
    params: { name: summary.name },
  });
  if (!ok) return false;
  const archived = await attempt(async () => {
    // The summary has no version: the status change needs the stored one (optimistic concurrency).
    const { version } = await call('activities.get', { id: summary.id });
    return call('activities.setStatus', { id: summary.id, status: 'archived', version });
  });
  if (!archived) return false;
  useMessagesStore().showStatus('registerList.archive.done', { name: archived.name });
  await useActivityListStore().load();
  return true;
}

export type TemplateChoice = { kind: 'catalogue'; id: string } | { kind: 'user'; id: string };

/** Saves a new draft from a template and opens it in the editor. */
export async function createFromTemplate(choice: TemplateChoice): Promise<boolean> {
  const created = await attempt(() =>
    choice.kind === 'catalogue'
      ? call('activities.createFromTemplate', { templateId: choice.id, language: useSettingsStore().language })
      : call('activities.createFromUserTemplate', { templateId: choice.id }),
  );
  if (!created) return false;
  void useActivityListStore().load();
  const opened = await useActivityEditorStore().open(created.id);
  if (opened) useMessagesStore().showStatus('registerList.templates.created', { name: created.name });
  return opened;
}

/** Copies the ticked activities into a register from the recent list (as drafts there). */
export async function copySelectionToRegister(targetPath: string): Promise<boolean> {
  const list = useActivityListStore();
  const ids = [...list.selection];
  if (ids.length === 0 || !targetPath) return false;
  const result = await attempt(() => call('activities.copyToRegister', { ids, targetPath }));
  if (!result) return false;
  const target = useSettingsStore().recentRegisters.find((recent) => recent.path === targetPath);
  useMessagesStore().showStatus(countKey('registerList.copy.done', result.count), {
    count: result.count,
    register: target?.organisationName || targetPath,
    cleared: result.referencesCleared,
  });
  list.selection.clear();
  return true;
}
