import { useChannelEditorStore } from '../../stores/channel-editor';
import { usePartyEditorStore } from '../../stores/party-editor';
import { useViewStore } from '../../stores/view';
import { settleUnsavedChanges } from '../../stores/unsaved-changes';

export type RegistrySection = 'parties' | 'channels' | 'reminders';

/**
 * A navigation entry of the parties, channels or reminders section: shows the section, or —
 * when it is already shown with an editor open — returns to its list (after the unsaved-changes check).
 */
export async function openSection(target: RegistrySection): Promise<boolean> {
  const view = useViewStore();
  if (view.current !== target) return view.navigate(target);
  if (!(await settleUnsavedChanges())) return false;
  usePartyEditorStore().close();
  useChannelEditorStore().close();
  return true;
}
