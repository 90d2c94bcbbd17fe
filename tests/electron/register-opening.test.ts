import { describe, expect, it, vi } from 'vitest';
import { AppError, type Result } from '../../domain/ipc/result';
import type { RegisterInfo } from '../../domain/model';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { registerPathFromArgv, openRegisterFile, openRecentRegister, describeError } = await import('../../electron/main/register-opening');
const { windowTitle } = await import('../../electron/main/main-window');

/** A host without a loaded page (at start): main opens the file itself. */
function host(overrides: Partial<Parameters<typeof openRegisterFile>[0]> = {}) {
  return {
    dispatch: vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: null })),
    openPath: vi.fn(async () => ({})),
    language: () => 'de' as const,
    opened: vi.fn(),
    showError: vi.fn(),
    rendererReady: vi.fn(() => false),
    offer: vi.fn(),
    send: vi.fn(),
    ...overrides,
  };
}

/** A host whose window shows a loaded page, which may hold unsaved edits. */
function hostWithPage() {
  const order: string[] = [];
  const h = host({
    rendererReady: vi.fn(() => true),
    offer: vi.fn((path: string) => void order.push(`offer ${path}`)),
    send: vi.fn((command: string) => void order.push(`send ${command}`)),
  });
  return { h, order };
}

describe('registerPathFromArgv', () => {
  it('finds a double-clicked register and ignores switches and the executable', () => {
    expect(registerPathFromArgv(['/opt/VVT Desk/vvt-desk', '--allow-file-access', '/akten/Kunde.VVT'], '/tmp')).toBe('/akten/Kunde.VVT');
    expect(registerPathFromArgv(['/opt/vvt/vvt-desk', 'kunde.vvt'], '/home/dsb')).toBe('/home/dsb/kunde.vvt');
    expect(registerPathFromArgv(['/usr/bin/electron', '.', '--inspect'], '/work')).toBeNull();
    expect(registerPathFromArgv(['/x/register.vvt'], '/')).toBeNull();
    expect(registerPathFromArgv(['app', '--open=/x/a.vvt'], '/')).toBeNull();
  });
});

describe('opening a register from the shell', () => {
  it('opens the file and notifies (title, menu, renderer)', async () => {
    const h = host();
    await expect(openRegisterFile(h, '/akten/kunde.vvt')).resolves.toBe('opened');
    expect(h.openPath).toHaveBeenCalledWith('/akten/kunde.vvt');
    expect(h.opened).toHaveBeenCalled();
    expect(h.send).not.toHaveBeenCalled();
  });

  it('shows a translated error box when the file cannot be opened', async () => {
    const h = host({ openPath: vi.fn(async () => Promise.reject(new AppError('file_not_found', 'missing', { path: '/weg.vvt' }))) });
    await expect(openRegisterFile(h, '/weg.vvt')).resolves.toBe('failed');
    expect(h.showError).toHaveBeenCalledWith('Das Verzeichnis konnte nicht geöffnet werden.', 'Die Datei /weg.vvt wurde nicht gefunden.');
    expect(h.opened).not.toHaveBeenCalled();
  });

  it('opens a recent register through the dispatcher and reports its error', async () => {
    const ok = host();
    await expect(openRecentRegister(ok, '/a.vvt')).resolves.toBe('opened');
    expect(ok.dispatch).toHaveBeenCalledWith('register.openRecent', { path: '/a.vvt' });
    expect(ok.opened).toHaveBeenCalled();

    const failing = host({ dispatch: vi.fn(async () => ({ ok: false as const, error: { code: 'not_a_register' as const, message: 'x', params: { path: '/b.vvt' } } })) });
    await expect(openRecentRegister(failing, '/b.vvt')).resolves.toBe('failed');
    expect(failing.showError).toHaveBeenCalledWith(expect.any(String), 'Die Datei /b.vvt ist keine VVT-Desk-Verzeichnisdatei.');
  });

  it('with a loaded page, leaves the file for the renderer and asks it instead of replacing its register', async () => {
    const { h, order } = hostWithPage();
    await expect(openRegisterFile(h, '/akten/kunde.vvt')).resolves.toBe('asked');
    // Offered before the renderer hears of it, so its register.openRequested finds the path.
    expect(order).toEqual(['offer /akten/kunde.vvt', 'send register.openRequested']);
    expect(h.openPath).not.toHaveBeenCalled();
    expect(h.opened).not.toHaveBeenCalled();
    expect(h.showError).not.toHaveBeenCalled();
  });

  it('asks the loaded page for an "Open recent" entry too, without calling the dispatcher', async () => {
    const { h, order } = hostWithPage();
    await expect(openRecentRegister(h, '/a.vvt')).resolves.toBe('asked');
    expect(order).toEqual(['offer /a.vvt', 'send register.openRequested']);
    expect(h.dispatch).not.toHaveBeenCalled();
    expect(h.opened).not.toHaveBeenCalled();
  });

  it('falls back to the plain message for unexpected errors', () => {
    expect(describeError('en', new Error('disk on fire'))).toBe('disk on fire');
    expect(describeError('en', new AppError('io', 'EACCES'))).toBe('The file could not be read or written: EACCES');
  });
});

describe('windowTitle', () => {
  const info: RegisterInfo = { path: '/a/kunde.vvt', fileName: 'kunde.vvt', organisationName: 'Muster GmbH', schemaVersion: 1, activityCount: 3 };
  it('shows the organisation of the open register, else its file name', () => {
    expect(windowTitle(null)).toBe('VVT Desk');
    expect(windowTitle(info)).toBe('VVT Desk – Muster GmbH');
    expect(windowTitle({ ...info, organisationName: '  ' })).toBe('VVT Desk – kunde.vvt');
  });
});
