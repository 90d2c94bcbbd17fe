import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt } from '../support/built-app';
import { packagedFiles, unpackedFiles, type PackagedFiles } from '../support/packaged-layout';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);
const { documentWorkerPath } = await import('../../electron/main/document-worker-host');

const ROOT = join(__dirname, '../..');
// electron-builder's own YAML reader (a dependency of it, without type declarations).
const { load } = require('js-yaml') as { load(text: string): unknown };

/** electron-builder's own validation (the JSON schema of app-builder-lib 26), without packaging. */
async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require(join(ROOT, 'node_modules/app-builder-lib/out/util/config/config.js'));
  await validateConfiguration(config, { isEnabled: false, add: () => {} });
}

describe('electron-builder.yml', () => {
  const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('passes electron-builder 26 configuration validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('a misspelt fuse is caught by that validation (so the test above can fail)', async () => {
    await expect(validate({ ...config, electronFuses: { runAsNod: false } })).rejects.toThrow(/electronFuses/);
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS or --inspect, encrypted cookies, ASAR integrity and ASAR only', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });
});

describe('what the installers contain (electron-builder 26 file selection, per platform)', () => {
  const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, Record<string, unknown>>;
  const prebuilds = (files: PackagedFiles) => [...files.moduleFiles.keys()].filter((file) => file.startsWith('node_modules/better-sqlite3/prebuilds/')).sort();
  let win: PackagedFiles;
  let mac: PackagedFiles;

  beforeAll(async () => {
    ensureBuilt();
    [win, mac] = await Promise.all([packagedFiles('win32'), packagedFiles('darwin')]);
  }, 180_000);

  it('Windows: only the Windows SQLite bindings, outside the archive, and signed like the exe (Smart App Control, WDAC)', () => {
    expect(prebuilds(win)).toEqual(['node_modules/better-sqlite3/prebuilds/win32-arm64.node', 'node_modules/better-sqlite3/prebuilds/win32-x64.node']);
    expect(unpackedFiles(win).filter((file) => file.endsWith('.node'))).toEqual(prebuilds(win));
    expect(config.win.signExts).toContain('.node');
  });

  it('macOS: only the macOS SQLite bindings, and no unsigned build (Apple silicon refuses to launch it after the fuses are flipped)', () => {
    expect(prebuilds(mac)).toEqual(['node_modules/better-sqlite3/prebuilds/darwin-arm64.node', 'node_modules/better-sqlite3/prebuilds/darwin-x64.node']);
    expect(unpackedFiles(mac).filter((file) => file.endsWith('.node'))).toEqual(prebuilds(mac));
    expect(config.mac.forceCodeSigning).toBe(true);
  });

  it('nothing but native code leaves app.asar: the worker, its chunks and the fonts are read from inside it', () => {
    for (const files of [win, mac]) {
      const unpacked = unpackedFiles(files);
      // better-sqlite3 is unpacked whole (smart unpack: the module holds native code); nothing else.
      expect(unpacked.filter((file) => !file.startsWith('node_modules/better-sqlite3/'))).toEqual([]);
      for (const file of ['out/main/documentWorker.js', 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf']) {
        expect([...files.appFiles, ...files.moduleFiles.keys()]).toContain(file);
        expect(unpacked).not.toContain(file);
      }
    }
  });

  it('the packaged main process starts its document worker from inside app.asar (Electron loads worker scripts from asar)', () => {
    const resources = join('Applications', 'VVT Desk.app', 'Contents', 'Resources');
    const mainDir = join(resources, 'app.asar', 'out', 'main');
    const inArchive = new Set(win.appFiles.map((file) => join(resources, 'app.asar', file)));
    expect(documentWorkerPath(mainDir, (path) => inArchive.has(path))).toBe(join(resources, 'app.asar', 'out', 'main', 'documentWorker.js'));
  });
});
