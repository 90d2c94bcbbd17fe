import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeSession, FakeWebContents } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const security = await import('../../electron/main/security');
const { APP_ORIGIN } = await import('../../electron/main/protocol');

const TRUSTED = [APP_ORIGIN];
const { shell } = electronFake;

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  security.hardenWebContents(contents as never, TRUSTED);
  return contents;
}

beforeEach(() => vi.clearAllMocks());

describe('secureWebPreferences', () => {
  it('sets every hardening preference and the preload', () => {
    expect(security.secureWebPreferences('/app/out/preload/index.js')).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    });
  });
});

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: another origin is prevented, the own origin allowed', (event) => {
    const contents = hardened();
    expect(contents.prevented(event, 'https://evil.example/')).toBe(true);
    expect(contents.prevented(event, 'file:///etc/passwd')).toBe(true);
    expect(contents.prevented(event, 'app://other-host/index.html')).toBe(true);
    expect(contents.prevented(event, 'javascript:alert(1)')).toBe(true);
    expect(contents.prevented(event, 'app://vvt/index.html#/activities')).toBe(false);
  });

  it('refuses every <webview>', () => {
    expect(hardened().prevented('will-attach-webview', 'app://vvt/index.html')).toBe(true);
  });
});

describe('window.open', () => {
  it('is denied; an https link goes to the system browser through openExternalSafely', async () => {
    const contents = hardened();
    expect(contents.windowOpenHandler!({ url: 'https://dsgvo-gesetz.de/art-30-dsgvo/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://dsgvo-gesetz.de/art-30-dsgvo/'));
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'app://vvt/index.html', 'smb://server/share', 'http://insecure.example/'])(
    'is denied and %s never reaches the system',
    async (url) => {
      const contents = hardened();
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('openExternalSafely', () => {
  it('shows the full address and opens nothing when the user cancels', async () => {
    electronFake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await expect(security.openExternalSafely('https://example.org/pfad?x=1')).resolves.toBe(false);
    expect(electronFake.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: 'https://example.org/pfad?x=1', cancelId: 1, defaultId: 1 }));
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['mailto:dsb@example.org?attach=C:/Users/dsb/register.vvt', 'mailto:a@example.org?subject=x&attachment=/etc/passwd', 'mailto:a@example.org?bcc=b@example.org'])(
    'refuses mailto parameters beyond subject and body: %s',
    async (url) => {
      await expect(security.openExternalSafely(url)).resolves.toBe(false);
      expect(electronFake.dialog.showMessageBox).not.toHaveBeenCalled();
    },
  );

  it('opens https and mailto links after confirmation', async () => {
    await expect(security.openExternalSafely('mailto:dsb@example.org?subject=Anfrage')).resolves.toBe(true);
    await expect(security.openExternalSafely('https://example.org/')).resolves.toBe(true);
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(['mailto:dsb@example.org?subject=Anfrage', 'https://example.org/']);
    expect(electronFake.dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it.each([42, null, 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:secret@example.org/', 'ms-msdt:/id'])('refuses %s', async (url) => {
    await expect(security.openExternalSafely(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('session hardening', () => {
  function hardenedSession(): FakeSession {
    const session = new FakeSession();
    security.hardenSession(session as never, [APP_ORIGIN]);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = hardenedSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!({}, permission, APP_ORIGIN, {})).toBe(false);
    }
    expect(session.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels every request that would leave the machine', () => {
    const session = hardenedSession();
    expect(session.cancels('https://fonts.googleapis.com/css')).toBe(true);
    expect(session.cancels('http://localhost:5173/')).toBe(true);
    expect(session.cancels('wss://tracker.example/')).toBe(true);
    expect(session.cancels('file:///etc/passwd')).toBe(true);
    expect(session.cancels('app://vvt/assets/index.js')).toBe(false);
    expect(session.cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(session.cancels('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('content security policy', () => {
  it('is the strict policy, sent as a header', () => {
    const directives = security.SECURITY_HEADERS['Content-Security-Policy'].split('; ');
    expect(directives).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]);
    expect(security.CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('hardenApp', () => {
  it('sandboxes all renderers and guards every web contents created later', () => {
    security.hardenApp(TRUSTED);
    expect(electronFake.app.enableSandbox).toHaveBeenCalled();
    const contents = new FakeWebContents();
    electronFake.app.emit('web-contents-created', {}, contents);
    expect(contents.prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});

describe('originOf', () => {
  it('gives scheme and host also for the custom scheme, null for opaque or broken URLs', () => {
    expect(security.originOf('app://vvt/index.html')).toBe('app://vvt');
    expect(security.originOf('http://localhost:5173/src/main.ts')).toBe('http://localhost:5173');
    expect(security.originOf('file:///etc/passwd')).toBeNull();
    expect(security.originOf('not a url')).toBeNull();
  });
});
