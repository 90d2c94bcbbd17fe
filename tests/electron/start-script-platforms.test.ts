// `npm start` on a fresh Windows or macOS machine, simulated here: Node's refusal to spawn .cmd
// files without a shell (CVE-2024-27980 fix), a blocked Electron unpacking module (Windows Smart
// App Control, electron/electron#52481), and a project folder with spaces and umlauts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractorBlockedMessage, extractorModule, probeExtractor } from '../../scripts/electron-extractor.mjs';
import { electronViteCommand, ensureElectronBinary, findElectronBinary, spawnableWithoutShell } from '../../scripts/electron-launch.mjs';
import { SUCCEEDING_INSTALLER, addStartScripts, fakeElectronPackage, fakeInstalledBinary, runStart, viteStart } from '../support/start-project';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempRoot(name = 'vvt-start-'): string {
  const dir = mkdtempSync(join(tmpdir(), name));
  dirs.push(dir);
  return dir;
}

/** The extractor package, whose load fails the way a blocked or missing native binding does. */
function blockedExtractor(root: string): void {
  const dir = join(root, 'node_modules', '@electron-internal', 'extract-zip');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@electron-internal/extract-zip', version: '1.0.8', main: 'index.js' }));
  writeFileSync(
    join(dir, 'index.js'),
    `const error = new Error('\\\\\\\\?\\\\C:\\\\vvt\\\\node_modules\\\\@electron-internal\\\\extract-zip\\\\index.win32-x64-msvc.node is not a valid Win32 application.\\nmore');
     error.code = 'ERR_DLOPEN_FAILED'; throw error;`,
  );
}

describe('spawning on Windows without a shell', () => {
  it('accepts only .exe files on Windows (Node refuses .cmd/.bat without shell: EINVAL), anything elsewhere', () => {
    expect(spawnableWithoutShell('C:\\Program Files\\nodejs\\node.exe', 'win32')).toBe(true);
    expect(spawnableWithoutShell('C:\\Users\\Jürgen Groß\\vvt\\node_modules\\electron\\dist\\electron.exe', 'win32')).toBe(true);
    expect(spawnableWithoutShell('C:\\vvt\\node_modules\\.bin\\electron-vite.cmd', 'win32')).toBe(false);
    expect(spawnableWithoutShell('npx', 'win32')).toBe(false);
    expect(spawnableWithoutShell('/usr/local/bin/node', 'darwin')).toBe(true);
    expect(spawnableWithoutShell('/x/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron', 'darwin')).toBe(true);
  });

  it('starts electron-vite as node.exe + its bin script, never through node_modules/.bin', () => {
    const launch = electronViteCommand({
      nodePath: 'C:\\Program Files\\nodejs\\node.exe',
      electronViteDir: join('C:', 'Users', 'Jürgen Groß', 'vvt', 'node_modules', 'electron-vite'),
      mode: 'preview',
      args: ['--outDir', 'out'],
    });
    expect(spawnableWithoutShell(launch.command, 'win32')).toBe(true);
    expect(launch.args[0]).toMatch(/electron-vite[\\/]bin[\\/]electron-vite\.js$/);
    expect(launch.args.slice(1)).toEqual(['preview', '--outDir', 'out']);
  });

  it("hands electron-vite the binary path.txt names on Windows (electron.exe), which it spawns without a shell", () => {
    const dir = fakeElectronPackage(tempRoot());
    const installed = fakeInstalledBinary(dir, 'electron.exe');
    const binary = findElectronBinary({ electronDir: dir, env: {}, platform: 'win32' });
    expect(binary).toBe(installed);
    expect(spawnableWithoutShell(binary!, 'win32')).toBe(true);
  });
});

describe('a blocked Electron unpacking module', () => {
  it('is found from electron/package.json and probed the way install.js loads it', () => {
    const root = tempRoot();
    const dir = fakeElectronPackage(root, { extractor: true });
    expect(extractorModule(dir)).toBe('@electron-internal/extract-zip');
    expect(extractorModule(fakeElectronPackage(tempRoot()))).toBeNull();
    blockedExtractor(root);
    const probe = probeExtractor({ electronDir: dir });
    expect(probe).toEqual({ ok: false, module: '@electron-internal/extract-zip', reason: expect.stringMatching(/^ERR_DLOPEN_FAILED: .*not a valid Win32 application\.$/) });
  });

  it('the real extractor of electron 45.5.0 loads on this machine (so the probe does not stop a working start)', () => {
    const electronDir = join(__dirname, '../../node_modules/electron');
    expect(extractorModule(electronDir)).toBe('@electron-internal/extract-zip');
    expect(probeExtractor({ electronDir })).toEqual({ ok: true });
  });

  it('stops before downloading, with the cause and the steps by hand, in German and English (Windows)', () => {
    const dir = fakeElectronPackage(tempRoot(), { extractor: true });
    const runInstaller = vi.fn(() => ({ status: 0 }));
    const log = vi.fn();
    const probe = () => ({ ok: false as const, module: '@electron-internal/extract-zip', reason: 'ERR_DLOPEN_FAILED: blocked' });
    const result = ensureElectronBinary({ electronDir: dir, env: {}, platform: 'win32', runInstaller, log, probe });
    expect(runInstaller).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Electron 45.5.0 kann auf diesem Rechner nicht entpackt werden');
    expect(result.message).toContain('Electron 45.5.0 cannot be unpacked on this machine');
    expect(result.message).toContain('Smart App Control');
    expect(result.message).toContain('ERR_DLOPEN_FAILED: blocked');
    expect(result.message).toContain(`https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-win32-${process.arch}.zip`);
    expect(result.message).toContain(`tar -xf electron-v45.5.0-win32-${process.arch}.zip -C node_modules\\electron\\dist`);
    expect(result.message).not.toContain('could not be downloaded');
  });

  it('names the macOS zip, unpacks it with ditto (keeps the framework symlinks) and clears a browser quarantine flag', () => {
    const message = extractorBlockedMessage({ platform: 'darwin', arch: 'arm64', env: {}, electronVersion: '45.5.0', module: '@electron-internal/extract-zip', reason: 'x' });
    expect(message).toContain('electron-v45.5.0-darwin-arm64.zip');
    expect(message).toContain('ditto -x -k electron-v45.5.0-darwin-arm64.zip node_modules/electron/dist');
    expect(message).toContain('xattr -cr node_modules/electron/dist');
    expect(message).toContain("printf 'Electron.app/Contents/MacOS/Electron' > node_modules/electron/path.txt");
    expect(message).not.toContain('Smart App Control');
  });

  it('the path.txt step of the Windows message produces what the start script then accepts', () => {
    const root = tempRoot();
    const dir = fakeElectronPackage(root, { extractor: true });
    const message = extractorBlockedMessage({ platform: 'win32', arch: 'x64', env: {}, electronVersion: '45.5.0', module: 'm', reason: 'r' });
    const command = message.split('\n').map((line) => line.trim()).find((line) => line.startsWith('node -e '))!;
    const script = /^node -e "(.*)"$/.exec(command)![1];
    expect(spawnSync(process.execPath, ['-e', script], { cwd: root }).status).toBe(0);
    // What the release zip brings: the executable and its version file.
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron.exe'), '');
    writeFileSync(join(dir, 'dist', 'version'), 'v45.5.0');
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'win32' })).toBe(join(dir, 'dist', 'electron.exe'));
  });

  it('npm start with a blocked extractor: exit 1 with that message, no download, no electron-vite', () => {
    const root = tempRoot();
    fakeElectronPackage(root, { extractor: true, installJs: "require('fs').writeFileSync(require('path').join(__dirname, 'installer-ran'), 'yes');" });
    blockedExtractor(root);
    const result = runStart(addStartScripts(root), ['preview']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot be unpacked on this machine');
    expect(result.stderr).toContain('ERR_DLOPEN_FAILED');
    expect(existsSync(join(root, 'node_modules', 'electron', 'installer-ran'))).toBe(false);
    expect(existsSync(join(root, 'vite-args.json'))).toBe(false);
  });
});

describe('a project folder with spaces and umlauts (C:\\Users\\Jürgen Groß\\…, ~/Dokumente/VVT Desk)', () => {
  it('downloads, then starts electron-vite with the binary path intact and without an inherited ELECTRON_RUN_AS_NODE', () => {
    const root = join(tempRoot(), 'Jürgen Groß', 'VVT Desk');
    mkdirSync(root, { recursive: true });
    const exe = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }[process.platform as string] ?? 'electron';
    fakeElectronPackage(root, { installJs: SUCCEEDING_INSTALLER });
    // Started from a VS Code terminal, which exports ELECTRON_RUN_AS_NODE=1.
    const result = runStart(addStartScripts(root), ['preview'], { ELECTRON_RUN_AS_NODE: '1' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const started = viteStart(root);
    expect(started).toEqual({ argv: ['preview'], exec: join(root, 'node_modules', 'electron', 'dist', exe), runAsNode: null });
  });
});
