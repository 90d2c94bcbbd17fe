import { onBeforeUnmount, onMounted } from 'vue';
import { useConfirmStore } from '../stores/confirm';

/**
 * Escape leaves an editor (its `leave` asks about unsaved edits first), unless a dialog, an
 * open select or an expanded list has it, or `consume` used it for something closer (e.g.
 * closing a finding's note).
 */
export function useEscapeToLeave(leave: () => unknown, consume: () => boolean = () => false): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || useConfirmStore().request) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('dialog, [role="dialog"], select, [aria-expanded="true"]')) return;
    if (consume()) return;
    event.preventDefault();
    void leave();
  }
  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));
}
