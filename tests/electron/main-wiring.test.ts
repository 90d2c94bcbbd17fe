import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../domain/ipc/contract';
import { EVENT_CHANNELS } from '../../domain/ipc/events';
import { createElectronFake, fakeEvent, type ElectronFake } from './electron-fake';

function fakeServices() {
  let open: { path: string; organisationName: string } | null = null;
  const settings = { language: 'de', actorName: '', recentRegisters: [] };
  return {
    context: {
      settings: { get: () => settings },
      session: {
        get current() {
          return open;
        },
        open: vi.fn(async (path: string) => void (open = { path, organisationName: 'Muster GmbH' })),
        info: async () => (open ? { ...open, fileName: 'kunde.vvt', schemaVersion: 1, activityCount: 0 } : null),
      },
      pendingOpen: { offer: vi.fn() },
    },
    dispatch: vi.fn(async () => ({ ok: true, value: null })),
    dispose: vi.fn(async () => {}),
  };
}

type Services = ReturnType<typeof fakeServices>;

/** Imports main afresh against a fresh Electron fake (main's module state is per import). */
async function importMain(configure: (electron: ElectronFake) => void = () => {}) {
  vi.resetModules();
  const electron = createElectronFake();
  configure(electron);
  const createAppServices = vi.fn(() => fakeServices());
  vi.doMock('electron', () => electron);
  // The services have their own tests; here only the shell's wiring around them matters.
  vi.doMock('../../backend/app/create-services', () => ({ createAppServices }));
  await import('../../electron/main/index');
  return { electron, createAppServices };
}

async function startMain(configure?: (electron: ElectronFake) => void) {
  const { electron, createAppServices } = await importMain(configure);
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  const services = createAppServices.mock.results[0].value as Services;
  return { electron, services, window: electron.windows[0] };
}

beforeEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('main process wiring', () => {
  it('hardens, serves app://, registers every channel and opens a secure window', async () => {
    const { electron, window } = await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.cancels('https://example.org/')).toBe(true);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.ipcMain.handle.mock.calls.map(([c]) => c).sort()).toEqual([...CHANNELS].sort());
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, preload: expect.stringMatching(/preload[\\/]index\.js$/) },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://vvt/index.html');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('asks the loaded renderer before a register passed by the OS replaces its own', async () => {
    const { electron, services, window } = await startMain();
    const event = fakeEvent();
    electron.app.emit('open-file', event, '/akten/kunde.vvt');
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.menuCommand, 'register.openRequested'));
    expect(services.context.pendingOpen.offer).toHaveBeenCalledWith('/akten/kunde.vvt');
    expect(services.context.session.open).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens a register passed by the OS itself while the page is still loading (no edits to lose)', async () => {
    const { electron, services, window } = await startMain();
    window.webContents.isLoading.mockReturnValue(true);
    electron.app.emit('second-instance', fakeEvent(), ['/opt/vvt/vvt-desk', '/akten/kunde.vvt'], '/home/dsb');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.menuCommand, 'register.opened'));
    expect(services.context.session.open).toHaveBeenCalledWith('/akten/kunde.vvt');
    expect(services.context.pendingOpen.offer).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(window.setTitle).toHaveBeenLastCalledWith('VVT Desk – Muster GmbH'));
  });

  it('refreshes the title after register calls', async () => {
    const { electron, services, window } = await startMain();
    await services.context.session.open('/akten/kunde.vvt');
    const handler = electron.ipcMain.handle.mock.calls.find(([c]) => c === 'register.current')![1];
    await handler({ senderFrame: { url: 'app://vvt/index.html', parent: null } }, undefined);
    await vi.waitFor(() => expect(window.setTitle).toHaveBeenLastCalledWith('VVT Desk – Muster GmbH'));
  });

  it('closes the register before quitting', async () => {
    const { electron, services } = await startMain();
    const event = fakeEvent();
    electron.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(services.dispose).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const second = fakeEvent();
    electron.app.emit('will-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('a second instance quits at once', async () => {
    const { electron, createAppServices } = await importMain((e) => e.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(createAppServices).not.toHaveBeenCalled();
  });

  it('ignores the dev-server variable in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const { window } = await startMain((electron) => {
      electron.app.isPackaged = true;
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://vvt/index.html');
  });
});
