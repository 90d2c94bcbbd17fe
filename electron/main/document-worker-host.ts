import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { ProgressEvent } from '../../domain/ipc/events';
import { sendProgress } from './ipc';
import { DOCUMENT_WORKER_FILE, builtDocumentWorker } from '../../backend/documents/worker-file';

export { DOCUMENT_WORKER_FILE };

/** The built document worker next to the built main (see builtDocumentWorker); undefined, with a warning, when missing. */
export function documentWorkerPath(mainDir: string, exists: (path: string) => boolean = existsSync): string | undefined {
  const path = builtDocumentWorker(mainDir, exists);
  if (!path) console.warn(`[documents] ${join(mainDir, DOCUMENT_WORKER_FILE)} is missing: documents are generated on the main thread`);
  return path;
}

/** Progress of document jobs goes to the window that is in front (the one that asked). */
export function progressToWindow(window: () => BrowserWindow | null): (event: ProgressEvent) => void {
  return (event) => {
    const target = window();
    if (target && !target.isDestroyed()) sendProgress(target.webContents, event);
  };
}
