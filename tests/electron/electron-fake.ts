import { EventEmitter } from 'node:events';
import { vi, type Mock } from 'vitest';

/**
 * A stand-in for the `electron` module (the binary cannot run here). Tests install it with
 * `vi.mock('electron', async () => (await import('./electron-fake')).electronFake)` and
 * import `electronFake` to inspect the calls; createElectronFake() gives a fresh one.
 */

// Loose on purpose: tests feed these mocks whatever Electron would.
type Fn = Mock<(...args: any[]) => any>;

export interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url = ''): FakeEvent {
  const event: FakeEvent = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler: Fn = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly send: Fn = vi.fn();
  readonly isDestroyed: Fn = vi.fn(() => false);
  /** The page has loaded (and listens for main's events) unless a test says otherwise. */
  readonly isLoading: Fn = vi.fn(() => false);

  /** Emits a navigation-like event and says whether a listener prevented it. */
  prevented(eventName: string, url: string): boolean {
    const event = fakeEvent(url);
    this.emit(eventName, event);
    return event.defaultPrevented;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BooleanHandler = (...args: unknown[]) => boolean;
type BeforeRequestHandler = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: BooleanHandler | null = null;
  devicePermissionHandler: BooleanHandler | null = null;
  beforeRequest: BeforeRequestHandler | null = null;
  readonly setPermissionRequestHandler: Fn = vi.fn((h: PermissionRequestHandler) => void (this.permissionRequestHandler = h));
  readonly setPermissionCheckHandler: Fn = vi.fn((h: BooleanHandler) => void (this.permissionCheckHandler = h));
  readonly setDevicePermissionHandler: Fn = vi.fn((h: BooleanHandler) => void (this.devicePermissionHandler = h));
  readonly setSpellCheckerEnabled: Fn = vi.fn();
  readonly webRequest: { onBeforeRequest: Fn } = { onBeforeRequest: vi.fn((h: BeforeRequestHandler) => void (this.beforeRequest = h)) };

  /** Whether the network filter cancels a request for this URL. */
  cancels(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest!({ url }, (response) => (cancel = response.cancel));
    if (cancel === undefined) throw new Error('onBeforeRequest did not answer');
    return cancel;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  /** Each fake gets its own subclass, so windows of different fakes never mix. */
  static instances: FakeBrowserWindow[] = [];
  static readonly getFocusedWindow: Fn = vi.fn(function (this: typeof FakeBrowserWindow) {
    return this.instances[0] ?? null;
  });
  static readonly getAllWindows: Fn = vi.fn(function (this: typeof FakeBrowserWindow) {
    return this.instances;
  });
  readonly webContents = new FakeWebContents();
  readonly loadURL: Fn = vi.fn(async () => {});
  readonly setTitle: Fn = vi.fn();
  readonly setRepresentedFilename: Fn = vi.fn();
  readonly show: Fn = vi.fn();
  readonly focus: Fn = vi.fn();
  readonly restore: Fn = vi.fn();
  readonly isMinimized: Fn = vi.fn(() => false);
  readonly isDestroyed: Fn = vi.fn(() => false);

  constructor(readonly options: Record<string, unknown>) {
    super();
    (this.constructor as typeof FakeBrowserWindow).instances.push(this);
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly enableSandbox: Fn = vi.fn();
  readonly getPath: Fn = vi.fn((name: string) => `/fake/${name}`);
  readonly getAppPath: Fn = vi.fn(() => '/fake/app');
  readonly getVersion: Fn = vi.fn(() => '1.2.3');
  readonly requestSingleInstanceLock: Fn = vi.fn(() => true);
  readonly setAppUserModelId: Fn = vi.fn();
  readonly setAboutPanelOptions: Fn = vi.fn();
  readonly showAboutPanel: Fn = vi.fn();
  readonly quit: Fn = vi.fn();
  readonly exit: Fn = vi.fn();
  readonly whenReady: Fn = vi.fn(() => Promise.resolve());
}

/** Electron 45's W3C-style clipboard item: MIME type → data. */
export class FakeClipboardItem {
  constructor(readonly items: Record<string, string>) {}
  get types(): string[] {
    return Object.keys(this.items);
  }
}

export interface ElectronFake {
  app: FakeApp;
  BrowserWindow: typeof FakeBrowserWindow;
  windows: FakeBrowserWindow[];
  shell: { openExternal: Fn };
  protocol: { registerSchemesAsPrivileged: Fn; handle: Fn };
  ipcMain: { handle: Fn; removeHandler: Fn };
  ipcRenderer: { invoke: Fn; on: Fn; removeListener: Fn };
  contextBridge: { exposeInMainWorld: Fn };
  dialog: { showSaveDialog: Fn; showOpenDialog: Fn; showMessageBox: Fn };
  Menu: { buildFromTemplate: Fn; setApplicationMenu: Fn };
  session: { defaultSession: FakeSession };
  clipboard: { write: Fn };
  ClipboardItem: typeof FakeClipboardItem;
}

export function createElectronFake(): ElectronFake {
  const BrowserWindow = class extends FakeBrowserWindow {
    static override instances: FakeBrowserWindow[] = [];
  };
  return {
    app: new FakeApp(),
    BrowserWindow,
    windows: BrowserWindow.instances,
    shell: { openExternal: vi.fn(async () => {}) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    session: { defaultSession: new FakeSession() },
    clipboard: { write: vi.fn(async () => {}) },
    ClipboardItem: FakeClipboardItem,
  };
}

export const electronFake: ElectronFake = createElectronFake();
