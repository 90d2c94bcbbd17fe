import { BrowserWindow } from 'electron';
import type { RegisterInfo } from '../../domain/model';
import { secureWebPreferences } from './security';

export const APP_NAME = 'VVT Desk';

/** The renderer's --color-bg (src/styles/base.css), so no flash before the first paint. */
const BACKGROUND_COLOUR = '#f4f5f7';

export function windowTitle(register: RegisterInfo | null): string {
  if (!register) return APP_NAME;
  return `${APP_NAME} – ${register.organisationName.trim() || register.fileName}`;
}

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  iconPath?: string;
}

export function createMainWindow({ preloadPath, url, iconPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: BACKGROUND_COLOUR,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  });
  // Main owns the title (register and organisation); the page's <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => console.error('[window] loading the UI failed', error));
  return window;
}

export function showRegisterInWindow(window: BrowserWindow, register: RegisterInfo | null): void {
  if (window.isDestroyed()) return;
  window.setTitle(windowTitle(register));
  // macOS shows the file's icon in the title bar and offers its folder path on right-click.
  if (process.platform === 'darwin') window.setRepresentedFilename(register?.path ?? '');
}
