import { nextTick } from 'vue';
import { useActivityEditorStore } from './activity-editor';
import { useChannelEditorStore } from './channel-editor';
import { useConfirmStore } from './confirm';
import { useOrganisationStore } from './organisation';
import { usePartyEditorStore } from './party-editor';
import { useProcessorStore } from './processor';
import { useTomStore } from './toms';

/** A store that holds edits: whether some are unsaved, saving them, dropping them. */
interface EditingStore {
  dirty(): boolean;
  /** false when saving was refused (the store marks the fields and shows why). */
  save(): Promise<boolean>;
  discard(): void;
}

function editingStores(): EditingStore[] {
  const organisation = useOrganisationStore();
  const activity = useActivityEditorStore();
  const party = usePartyEditorStore();
  const channel = useChannelEditorStore();
  const processor = useProcessorStore();
  const toms = useTomStore();
  return [
    { dirty: () => organisation.dirty, save: () => organisation.save(), discard: () => organisation.revert() },
    { dirty: () => activity.dirty, save: () => activity.save(), discard: () => activity.close() },
    { dirty: () => party.dirty, save: () => party.save(), discard: () => party.close() },
    { dirty: () => channel.dirty, save: () => channel.save(), discard: () => channel.close() },
    { dirty: () => processor.dirty, save: () => saveEach(processor.drafts.map((draft) => draft.id).filter(processor.isDirty), processor.save), discard: () => processor.revert() },
    { dirty: () => toms.dirty, save: () => toms.save(), discard: () => toms.cancel() },
  ];
}

async function saveEach(ids: string[], save: (id: string) => Promise<boolean>): Promise<boolean> {
  for (const id of ids) if (!(await save(id))) return false;
  return true;
}

export function hasUnsavedChanges(): boolean {
  return editingStores().some((store) => store.dirty());
}

/** How unsaved edits were settled; false: the user stays (cancelled, or the save was refused). */
export type Settled = false | 'clean' | 'saved' | 'discarded';

/**
 * Before unsaved edits would be lost (leaving an editor, Escape, opening or copying another
 * register …): asks whether to save them, discard them or stay. Truthy when the caller may go
 * on — nothing was unsaved, or the edits are saved or dropped. A refused save keeps the user
 * where they are, with the focus on the first field it marked.
 */
export async function settleUnsavedChanges(): Promise<Settled> {
  const stores = editingStores();
  const dirty = stores.filter((store) => store.dirty());
  if (dirty.length === 0) return 'clean';
  const choice = await useConfirmStore().choose({
    title: 'unsavedChanges.title',
    message: 'unsavedChanges.message',
    confirmLabel: 'unsavedChanges.save',
    alternativeLabel: 'unsavedChanges.discard',
    cancelLabel: 'unsavedChanges.stay',
  });
  if (choice === 'cancel') return false;
  if (choice === 'alternative') {
    stores.forEach((store) => store.discard());
    return 'discarded';
  }
  for (const store of dirty) {
    if (!(await store.save())) {
      await nextTick();
      document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus();
      return false;
    }
  }
  return 'saved';
}
