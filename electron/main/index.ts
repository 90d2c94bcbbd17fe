import { userInfo } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createAppServices, type AppServices } from '../../backend/app/create-services';
import { translate } from '../../domain/i18n';
import type { Channel } from '../../domain/ipc/contract';
import type { MenuCommand } from '../../domain/ipc/events';
import { createElectronClipboard } from './clipboard';
import { createElectronDialogs } from './dialogs';
import { documentWorkerPath, progressToWindow } from './document-worker-host';
import { registerIpcHandlers, sendMenuCommand } from './ipc';
import { APP_NAME, createMainWindow, showRegisterInWindow } from './main-window';
import { installApplicationMenu } from './menu';
import { createElectronPrinter } from './printer';
import { createElectronFileOpener } from './file-opener';
import { allowedRequestOrigins, registerAppScheme, rendererLocation, serveRenderer } from './protocol';
import { openRecentRegister, openRegisterFile, registerPathFromArgv, type RegisterOpeningHost } from './register-opening';
import { hardenApp, hardenSession, openExternalSafely, setLinkLanguage } from './security';

const location = rendererLocation(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

let services: AppServices | null = null;
let mainWindow: BrowserWindow | null = null;
// A file double-clicked before the app was ready (macOS sends 'open-file' that early).
let pendingRegisterPath: string | null = registerPathFromArgv(process.argv, process.cwd());

registerAppScheme();
hardenApp(location.origins);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setAppUserModelId('de.vvtdesk.app');
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = registerPathFromArgv(argv, workingDirectory);
    if (path) openFromShell(path);
    else focusOrCreateWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromShell(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) focusOrCreateWindow();
  });
  app.on('will-quit', closeRegisterBeforeQuit);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] start failed', error);
      dialog.showErrorBox(APP_NAME, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, allowedRequestOrigins(location));
  setLinkLanguage(language);
  serveRenderer(join(__dirname, '../renderer'));
  services = createAppServices(
    {
      version: app.getVersion(),
      platform: process.platform,
      settingsPath: join(app.getPath('userData'), 'settings.json'),
      defaultActor: safeUserName(),
      documentWorkerPath: documentWorkerPath(__dirname),
    },
    {
      dialogs: createElectronDialogs({ window: () => currentWindow(), language }),
      links: { open: async (url) => void (await openExternalSafely(url)) },
      clipboard: createElectronClipboard(),
      printer: createElectronPrinter(),
      files: createElectronFileOpener(),
      progress: progressToWindow(() => currentWindow()),
    },
  );
  registerIpcHandlers({ dispatch: services.dispatch, trustedOrigins: location.origins, afterDispatch: refreshAfter });
  refreshMenu();
  // Opened before the window exists, so the renderer's first register.current already sees it.
  if (pendingRegisterPath) await openRegisterFile(openingHost(), pendingRegisterPath);
  pendingRegisterPath = null;
  focusOrCreateWindow();
}

function openFromShell(path: string): void {
  if (!services) {
    pendingRegisterPath = path;
    return;
  }
  // With a loaded page this only asks it (unsaved edits); otherwise the file is open before
  // a new window's first register.current.
  void openRegisterFile(openingHost(), path).finally(focusOrCreateWindow);
}

function focusOrCreateWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  if (!services) return;
  const window = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    url: location.url,
    iconPath: app.isPackaged ? undefined : join(app.getAppPath(), 'resources/icon.png'),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  void refreshTitle();
}

function currentWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
}

function language() {
  return services?.context.settings.get().language ?? 'de';
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

function sendCommand(command: MenuCommand): void {
  const window = currentWindow();
  if (window) sendMenuCommand(window.webContents, command);
}

async function refreshTitle(): Promise<void> {
  const window = mainWindow;
  if (!services || !window) return;
  showRegisterInWindow(window, await services.context.session.info().catch(() => null));
}

/** Rebuilt when the language, the recent list or the open register changes. */
function refreshMenu(): void {
  if (!services) return;
  const settings = services.context.settings.get();
  installApplicationMenu(
    {
      language: settings.language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      registerOpen: services.context.session.current !== null,
      recentRegisters: settings.recentRegisters,
    },
    {
      command: sendCommand,
      openRecent: (path) => void openRecentRegister(openingHost(), path),
      showAbout,
    },
  );
}

async function refreshAfter(channel: Channel): Promise<void> {
  if (channel.startsWith('register.') || channel === 'organisation.save') await refreshTitle();
  if (channel.startsWith('register.') || channel === 'settings.update') refreshMenu();
}

function showAbout(): void {
  app.setAboutPanelOptions({
    applicationName: APP_NAME,
    applicationVersion: app.getVersion(),
    credits: translate(language(), 'shell.about'),
  });
  app.showAboutPanel();
}

function openingHost(): RegisterOpeningHost {
  const ready = services!;
  return {
    dispatch: ready.dispatch,
    openPath: (path) => ready.context.session.open(path),
    language,
    opened: () => {
      void refreshTitle();
      refreshMenu();
      sendCommand('register.opened');
    },
    rendererReady: () => mainWindow !== null && !mainWindow.isDestroyed() && !mainWindow.webContents.isLoading(),
    offer: (path) => ready.context.pendingOpen.offer(path),
    // The window whose page rendererReady() checked.
    send: (command) => void (mainWindow && sendMenuCommand(mainWindow.webContents, command)),
    showError: (title, message) => {
      const window = currentWindow();
      const options = { type: 'error' as const, title: APP_NAME, message: title, detail: message };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };
}

let registerClosed = false;

/** Quit waits once for the register file to be closed cleanly (WAL checkpoint, no lock left). */
function closeRegisterBeforeQuit(event: Electron.Event): void {
  if (registerClosed || !services) return;
  event.preventDefault();
  registerClosed = true;
  services
    .dispose()
    .catch((error: unknown) => console.error('[main] closing the register failed', error))
    .finally(() => app.quit());
}
