import { shell } from 'electron';
import type { FileOpener } from '../../backend/app/ports';

/**
 * Opens a saved document with the system's viewer, or shows it in the file manager. The
 * backend passes only files this session's exports wrote (backend/app/exported-files.ts).
 * shell.openPath answers an error text instead of throwing.
 */
export function createElectronFileOpener(): FileOpener {
  return {
    async open(path) {
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
