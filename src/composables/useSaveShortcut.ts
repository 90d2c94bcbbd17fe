import { onBeforeUnmount, onMounted } from 'vue';
import { useConfirmStore } from '../stores/confirm';

/** Ctrl+S (Cmd+S on macOS) runs `save` while the form is shown, but not behind an open dialog. */
export function useSaveShortcut(save: () => unknown): void {
  const confirm = useConfirmStore();

  function onKeydown(event: KeyboardEvent): void {
    if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (confirm.request || event.repeat) return;
    void save();
  }

  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
