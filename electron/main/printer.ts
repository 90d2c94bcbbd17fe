import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session, type WebPreferences } from 'electron';
import type { DocumentPrinter } from '../../backend/app/ports';

/**
 * Printing through the operating system's print dialog: the print HTML (self-contained, with
 * its own CSP) goes into a private temporary file, a hidden window without preload and with
 * JavaScript disabled loads it in a session of its own that may load nothing but that file,
 * `webContents.print` opens the dialog, and afterwards window and file are removed. A temp
 * file rather than a data: URL, because Chromium limits URLs to 2 MB (a large register is more).
 */

/** In-memory session just for printing (no "persist:" prefix): nothing is written to disk. */
export const PRINT_PARTITION = 'vvt-print';

export function printWindowPreferences(): WebPreferences {
  return {
    partition: PRINT_PARTITION,
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    plugins: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    disableDialogs: true,
  };
}

/** The print session may load exactly the one file (and inline data: URLs); permissions are denied. */
export function restrictPrintSession(printSession: Session, allowedUrl: string): void {
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url === allowedUrl || details.url.startsWith('data:')) });
  });
}

export interface ElectronPrinterOptions {
  /** Folder for the temporary print file; default the OS temp folder. */
  tempRoot?: string;
}

function printWithDialog(window: BrowserWindow): Promise<'printed' | 'cancelled'> {
  return new Promise((resolve, reject) => {
    window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve('printed');
      else if (failureReason === 'cancelled') resolve('cancelled');
      else reject(new Error(`Printing failed: ${failureReason || 'unknown reason'}`));
    });
  });
}

export function createElectronPrinter(options: ElectronPrinterOptions = {}): DocumentPrinter {
  return {
    async print(html, title) {
      const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'vvt-print-'));
      const file = join(dir, 'print.html');
      let window: BrowserWindow | null = null;
      try {
        await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
        restrictPrintSession(session.fromPartition(PRINT_PARTITION), pathToFileURL(file).href);
        window = new BrowserWindow({ show: false, title, width: 794, height: 1123, webPreferences: printWindowPreferences() });
        await window.loadFile(file);
        return await printWithDialog(window);
      } finally {
        if (window && !window.isDestroyed()) window.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
