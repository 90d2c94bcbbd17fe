// The start path of `npm start` / `npm run dev` without a network: a missing Electron binary is
// detected, Electron's own installer is invoked, and a failed download ends with a clear
// German/English message and a non-zero exit — never electron-vite's "Electron uninstall".
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFailedMessage, ensureElectronBinary, findElectronBinary, installerEnv, platformExecutable } from '../../scripts/electron-launch.mjs';
import { SUCCEEDING_INSTALLER, addStartScripts, fakeElectronPackage, fakeInstalledBinary, runStart, viteStart } from '../support/start-project';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvt-start-'));
  dirs.push(dir);
  return dir;
}

/** An installer without network, failing the way @electron/get fails here. */
const FAILING_INSTALLER = `
require('fs').writeFileSync(require('path').join(__dirname, 'installer-ran'), 'yes');
console.error('TypeError: fetch failed');
process.exit(1);
`;

describe('detecting the Electron binary', () => {
  it('is missing without path.txt, present once path.txt and the binary exist', () => {
    const dir = fakeElectronPackage(tempRoot());
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toBeNull();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    // Like install.js: without dist/version the unpacking did not finish.
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toBeNull();
    writeFileSync(join(dir, 'dist', 'version'), 'v45.5.0');
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toBe(join(dir, 'dist', 'electron'));
  });

  it('treats a binary of another Electron version or platform as missing', () => {
    const dir = fakeElectronPackage(tempRoot());
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    writeFileSync(join(dir, 'dist', 'version'), 'v44.0.0');
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toBeNull();
    writeFileSync(join(dir, 'dist', 'version'), 'v45.5.0');
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'win32' })).toBeNull();
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });

  it('passes proxy settings to the installer only when a proxy is configured', () => {
    expect(installerEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin' });
    expect(installerEnv({ HTTPS_PROXY: 'http://proxy:8080' })).toMatchObject({ ELECTRON_GET_USE_PROXY: 'true', NODE_USE_ENV_PROXY: '1' });
  });
});

describe('ensureElectronBinary', () => {
  it('does not run the installer when the binary is there', () => {
    const dir = fakeElectronPackage(tempRoot());
    fakeInstalledBinary(dir, 'electron');
    const runInstaller = vi.fn(() => ({ status: 0 }));
    const result = ensureElectronBinary({ electronDir: dir, env: {}, platform: 'linux', runInstaller, log: () => {} });
    expect(result).toEqual({ ok: true, binary: join(dir, 'dist', 'electron'), downloaded: false });
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it("invokes Electron's installer with the current Node and reports a failed download in German and English", () => {
    const dir = fakeElectronPackage(tempRoot());
    const runInstaller = vi.fn(() => ({ status: 1 }));
    const log = vi.fn();
    const result = ensureElectronBinary({ electronDir: dir, env: {}, platform: 'win32', nodePath: '/node24', runInstaller, log });
    expect(runInstaller).toHaveBeenCalledWith('/node24', [join(dir, 'install.js')], {});
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Downloading Electron'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Electron 45.5.0 could not be downloaded');
    expect(result.message).toContain('Electron 45.5.0 konnte nicht heruntergeladen werden');
    expect(result.message).toContain('set ELECTRON_MIRROR=');
    expect(result.message).toContain('set HTTPS_PROXY=');
    expect(result.message).toContain('npm start');
  });

  it('counts an installer that exits 0 without a binary as failed', () => {
    const dir = fakeElectronPackage(tempRoot());
    const result = ensureElectronBinary({ electronDir: dir, env: {}, platform: 'linux', runInstaller: () => ({ status: 0 }), log: () => {} });
    expect(result.ok).toBe(false);
  });

  it('uses export syntax on macOS', () => {
    expect(downloadFailedMessage({ platform: 'darwin' })).toContain('export ELECTRON_MIRROR=');
  });
});

describe('scripts/start.mjs as npm start runs it', () => {
  function project(installJs: string): string {
    const root = tempRoot();
    fakeElectronPackage(root, { installJs });
    return addStartScripts(root);
  }

  it('without a network: runs the installer, prints the clear message, exits non-zero, never starts electron-vite', () => {
    const root = project(FAILING_INSTALLER);
    const result = runStart(root, ['preview']);
    expect(result.status).toBe(1);
    expect(existsSync(join(root, 'node_modules', 'electron', 'installer-ran'))).toBe(true);
    expect(result.stderr).toContain('could not be downloaded');
    expect(result.stderr).toContain('konnte nicht heruntergeladen werden');
    expect(result.stderr).not.toContain('Electron uninstall');
    expect(existsSync(join(root, 'vite-args.json'))).toBe(false);
  });

  it('after a successful download hands the binary to electron-vite (dev mode too)', () => {
    const root = project(SUCCEEDING_INSTALLER);
    const result = runStart(root, ['dev', '--watch']);
    expect(result.status).toBe(0);
    const started = viteStart(root);
    expect(started.argv).toEqual(['dev', '--watch']);
    expect(started.exec).toBe(join(root, 'node_modules', 'electron', 'dist', platformExecutable(process.platform) ?? 'electron'));
  });
});
