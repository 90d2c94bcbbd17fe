// The packaged app contains out/**, package.json and the production dependencies (package.json
// `dependencies`, see electron-builder.yml). A module the built main process, worker or preload
// loads that is only a devDependency works in `npm start` and breaks in the installed app — the
// most common packaging failure. This test reads what the built bundles load.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, bundleFiles, ensureBuilt, loadedSpecifiers, packageOf, packagesLoadedBy, projectPackageJson } from '../support/built-app';

beforeAll(ensureBuilt, 180_000);

describe('reading the bundles', () => {
  it('finds require(), createRequire() calls, resolve() and import() of bare modules, and skips built-ins and relative paths', () => {
    const code = [
      'let fs = require("node:fs"); const url = require("url");',
      'const chunk = require("./chunks/x.js");',
      'var requireFromHere$1 = (0, node_module.createRequire)(__filename);',
      'const fontkit = requireFromHere$1("fontkit");',
      'requireFromHere.resolve("dejavu-fonts-ttf/package.json");',
      'await import("@scope/pkg/sub");',
      'const text = "go from \\"in review\\" to approved";',
    ].join('\n');
    const names = loadedSpecifiers(code).map(packageOf).filter(Boolean);
    expect(names.sort()).toEqual(['@scope/pkg', 'dejavu-fonts-ttf', 'fontkit']);
  });
});

describe('what the built app loads is packaged', () => {
  const pkg = projectPackageJson();

  it('every bare module of out/main (main process, CLI, document worker) is a production dependency', () => {
    const loaded = packagesLoadedBy(bundleFiles('out/main'));
    // The scan sees the ways the code loads modules: plain require (pdfmake), the worker's pdf-lib,
    // and createRequire calls (fontkit, the DejaVu font folder) — so the check below can fail.
    expect([...loaded.keys()]).toEqual(expect.arrayContaining(['better-sqlite3', 'pdfmake', 'pdf-lib', 'fontkit', 'dejavu-fonts-ttf', 'zod']));
    const missing = [...loaded]
      .filter(([name]) => name !== 'electron' && !(name in pkg.dependencies))
      .map(([name, files]) => `${name} (loaded by ${[...new Set(files)].join(', ')}${name in pkg.devDependencies ? '; only a devDependency' : ''})`);
    expect(missing, 'move these to "dependencies" or bundle them').toEqual([]);
  });

  it('electron comes from the runtime, never from node_modules (electron-builder refuses it in dependencies)', () => {
    expect(pkg.dependencies).not.toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron');
  });

  it('the sandboxed preload loads nothing but electron (a sandboxed preload cannot require npm packages)', () => {
    const files = bundleFiles('out/preload');
    expect(files).toEqual(['out/preload/index.js']);
    const specifiers = loadedSpecifiers(readFileSync(join(ROOT, files[0]), 'utf8'));
    expect(specifiers.filter((specifier) => !specifier.startsWith('.'))).toEqual(['electron']);
  });

  it('package.json main points at the built main process', () => {
    expect(pkg.main.replace(/^\.\//, '')).toBe('out/main/index.js');
  });

  it('every production dependency is installed (electron-builder copies what is on disk)', () => {
    const notInstalled = Object.keys(pkg.dependencies).filter((name) => !existsSync(join(ROOT, 'node_modules', name, 'package.json')));
    expect(notInstalled).toEqual([]);
  });
});
