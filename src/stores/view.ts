import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useActivityEditorStore } from './activity-editor';
import { useMessagesStore } from './messages';
import { settleUnsavedChanges } from './unsaved-changes';

/** What the shell shows while a register is open (the app has no router). */
export type ViewName = 'dashboard' | 'organisation' | 'activities' | 'activity' | 'new-register' | 'documents' | 'parties' | 'channels' | 'reminders' | 'processor' | 'toms' | 'history' | 'backups';

export const useViewStore = defineStore('view', () => {
  const current = ref<ViewName>('activities');
  /** Where "Cancel" in the new-register form returns to. */
  const previous = ref<ViewName>('activities');
  /** The start screen's new-register form is open (also opened by the menu). */
  const newRegisterFormOpen = ref(false);

  /** Shows a view without asking (the caller has checked for unsaved changes). */
  function show(target: ViewName): void {
    if (current.value === 'activity' && target !== 'activity') useActivityEditorStore().close();
    if (target !== current.value) previous.value = current.value;
    current.value = target;
    useMessagesStore().clear();
  }

  /** Shows a view after the unsaved-changes check; false when the user chose to stay. */
  async function navigate(target: ViewName): Promise<boolean> {
    if (target === current.value) return true;
    const settled = await settleUnsavedChanges();
    if (!settled) return false;
    // "Save and continue": the confirmation of the save goes along to the next view.
    const saved = settled === 'saved' ? useMessagesStore().status : null;
    show(target);
    if (saved) useMessagesStore().showStatus(saved.key, saved.params);
    return true;
  }

  function back(): void {
    show(previous.value === 'new-register' ? 'activities' : previous.value);
  }

  function reset(): void {
    current.value = 'activities';
    previous.value = 'activities';
    newRegisterFormOpen.value = false;
  }

  return { current, previous, newRegisterFormOpen, show, navigate, back, reset };
});
