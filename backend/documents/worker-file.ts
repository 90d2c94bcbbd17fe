import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** File name electron-vite gives the `documentWorker` main entry (electron.vite.config.ts). */
export const DOCUMENT_WORKER_FILE = 'documentWorker.js';

/**
 * The built document worker next to the built main or CLI (out/main/documentWorker.js, also
 * inside app.asar: Electron ≥ 17.3 loads worker_threads scripts from asar). Undefined when it is
 * missing, so documents are still produced (in-process) rather than failing.
 */
export function builtDocumentWorker(dir: string, exists: (path: string) => boolean = existsSync): string | undefined {
  const path = join(dir, DOCUMENT_WORKER_FILE);
  return exists(path) ? path : undefined;
}
