import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { electronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const protocol = await import('../../electron/main/protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/security');
const { resolveAppAsset, createAppProtocolHandler, APP_ORIGIN } = protocol;

const ROOT = '/srv/app/out/renderer';

describe('resolveAppAsset (path guard)', () => {
  it('maps app:// paths to files inside the renderer folder', () => {
    expect(resolveAppAsset(ROOT, 'app://vvt/index.html')).toBe(`${ROOT}/index.html`);
    expect(resolveAppAsset(ROOT, 'app://vvt/')).toBe(`${ROOT}/index.html`);
    expect(resolveAppAsset(ROOT, 'app://vvt/assets/index-abc.js?v=1#x')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(resolveAppAsset(ROOT, 'app://vvt/assets/Schrift%20fett.woff2')).toBe(`${ROOT}/assets/Schrift fett.woff2`);
  });

  it.each([
    'app://vvt/..%2f..%2f..%2fetc%2fpasswd',
    'app://vvt/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://vvt/assets/..%2F..%2F..%2Fsecret.txt',
    'app://vvt/%2E%2E%2Fsecret.txt',
    'app://vvt/..%2f',
  ])('refuses encoded traversal %s', (url) => {
    expect(resolveAppAsset(ROOT, url)).toBeNull();
  });

  it('keeps literal ../ inside the folder (URL parsing already removes the dot segments)', () => {
    for (const url of ['app://vvt/../../etc/passwd', 'app://vvt/%2e%2e/%2e%2e/etc/passwd']) {
      const resolved = resolveAppAsset(ROOT, url);
      expect(resolved).toBe(`${ROOT}/etc/passwd`);
    }
  });

  it('refuses backslash traversal with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\VVT Desk\\resources\\app.asar\\out\\renderer';
    expect(resolveAppAsset(winRoot, 'app://vvt/index.html', path.win32)).toBe(`${winRoot}\\index.html`);
    expect(resolveAppAsset(winRoot, 'app://vvt/..%5c..%5c..%5cWindows%5cwin.ini', path.win32)).toBeNull();
    expect(resolveAppAsset(winRoot, 'app://vvt/%5c%5cserver%5cshare%5cx', path.win32)?.startsWith(`${winRoot}\\`)).toBe(true);
    expect(resolveAppAsset(winRoot, 'app://vvt/D:%5cregister.vvt', path.win32)).toBeNull();
  });

  it.each(['app://vvt/index.html%00.png', 'app://vvt/%E0%A4%A', 'app://other/index.html', 'file:///etc/passwd', 'https://vvt/index.html', 'garbage'])(
    'refuses %s',
    (url) => {
      expect(resolveAppAsset(ROOT, url)).toBeNull();
    },
  );
});

describe('app:// protocol handler', () => {
  const tempDir = useTempDir();

  function setUp() {
    const dir = tempDir();
    const root = path.join(dir, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>VVT Desk</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'export {}');
    writeFileSync(path.join(dir, 'secret.txt'), 'not for the renderer');
    return createAppProtocolHandler(root);
  }

  it('serves files with their MIME type and the CSP header', async () => {
    const handle = setUp();
    const page = await handle(new Request('app://vvt/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('VVT Desk');
    const script = await handle(new Request('app://vvt/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 (with CSP) for traversal and missing files, 405 for writes', async () => {
    const handle = setUp();
    const escaped = await handle(new Request('app://vvt/..%2fsecret.txt'));
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('not for the renderer');
    expect(escaped.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://vvt/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://vvt/assets'))).status).toBe(404);
    expect((await handle(new Request('app://vvt/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('is registered as a privileged standard, secure scheme and handled by protocol.handle', () => {
    protocol.registerAppScheme();
    expect(electronFake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    protocol.serveRenderer('/srv/renderer');
    expect(electronFake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('mimeTypeFor', () => {
  it('knows the types a Vite build emits and falls back to octet-stream', () => {
    expect(protocol.mimeTypeFor('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(protocol.mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(protocol.mimeTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(protocol.mimeTypeFor('file.exe')).toBe('application/octet-stream');
  });
});

describe('rendererLocation', () => {
  it('serves app://vvt in a packaged app even when the dev-server variable is set', () => {
    expect(protocol.rendererLocation(true, 'http://localhost:5173')).toEqual({ url: 'app://vvt/index.html', origins: [APP_ORIGIN] });
  });

  it('uses a local dev server when unpackaged, never a remote one', () => {
    expect(protocol.rendererLocation(false, 'http://localhost:5173/')).toEqual({
      url: 'http://localhost:5173/',
      origins: ['http://localhost:5173'],
    });
    expect(protocol.rendererLocation(false, 'https://evil.example/').url).toBe('app://vvt/index.html');
    expect(protocol.rendererLocation(false, undefined).url).toBe('app://vvt/index.html');
  });

  it('lets the dev server and its hot-reload socket through the network block', () => {
    const location = protocol.rendererLocation(false, 'http://localhost:5173/');
    expect(protocol.allowedRequestOrigins(location)).toEqual([APP_ORIGIN, 'http://localhost:5173', 'ws://localhost:5173']);
  });
});
