import { bilingual } from '../types';

/** The question asked wherever unsaved edits would be lost: save and continue, discard, or stay. */
export const unsavedChanges = bilingual(
  {
    title: 'Ungespeicherte Änderungen',
    message: 'Sie haben Änderungen vorgenommen, die noch nicht gespeichert sind. Sollen sie gespeichert werden, bevor es weitergeht?',
    save: 'Speichern und fortfahren',
    discard: 'Änderungen verwerfen',
    stay: 'Weiter bearbeiten',
  },
  {
    title: 'Unsaved changes',
    message: 'You have made changes that are not saved yet. Save them before you continue?',
    save: 'Save and continue',
    discard: 'Discard changes',
    stay: 'Keep editing',
  },
);
