import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { ProgressEvent } from '../../domain/ipc/events';
import { sendProgress } from './ipc';

/** File name electron-vite gives the `documentWorker` main entry (electron.vite.config.ts). */
export const DOCUMENT_WORKER_FILE = 'documentWorker.js';

/**
 * The built document worker next to the built main (out/main/documentWorker.js, also inside
 * app.asar: Electron ≥ 17.3 loads worker_threads scripts from asar). Undefined when it is
 * missing, so documents are still produced (in-process) rather than failing.
 */
export function documentWorkerPath(mainDir: string, exists: (path: string) => boolean = existsSync): string | undefined {
  const path = join(mainDir, DOCUMENT_WORKER_FILE);
  if (exists(path)) return path;
  console.warn(`[documents] ${path} is missing: documents are generated on the main thread`);
  return undefined;
}

/** Progress of document jobs goes to the window that is in front (the one that asked). */
export function progressToWindow(window: () => BrowserWindow | null): (event: ProgressEvent) => void {
  return (event) => {
    const target = window();
    if (target && !target.isDestroyed()) sendProgress(target.webContents, event);
  };
}
