// The built app (out/) as the packaging tests see it: built on demand when missing (CI runs
// `npm run build` first), and the bare modules its bundles load at run time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const OUT = join(ROOT, 'out');

/** The entries electron.vite.config.ts builds; the packaged app needs every one of them. */
export const BUILT_ENTRIES = ['out/main/index.js', 'out/main/documentWorker.js', 'out/preload/index.js', 'out/renderer/index.html'];

const isBuilt = () => BUILT_ENTRIES.every((entry) => existsSync(join(ROOT, entry)));
const BUILD_LOCK = join(ROOT, 'node_modules', '.cache', 'vvt-test-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `electron-vite build` (with this Node, no npx) when an entry is missing. Test files run in
 * parallel workers: a lock folder lets one of them build while the others wait for it.
 */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      sleep(500);
      if (isBuilt()) return;
    }
  }
  try {
    if (isBuilt()) return;
    const bin = join(dirname(require.resolve('electron-vite/package.json', { paths: [ROOT] })), 'bin', 'electron-vite.js');
    const result = spawnSync(process.execPath, [bin, 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Every .js file under a folder of out/, relative to the project root. */
export function bundleFiles(folder: string): string[] {
  const base = join(ROOT, folder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') || file.endsWith('.cjs') || file.endsWith('.mjs'))
    .map((file) => relative(ROOT, join(base, file)))
    .sort();
}

/**
 * Module specifiers a bundle loads at run time: `require("x")`, calls of a `createRequire`
 * result (`requireFromHere("fontkit")`, `requireFromHere.resolve("pdfmake/package.json")`),
 * `import("x")`, and static `import … from "x"` at the start of a line.
 */
export function loadedSpecifiers(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b[\w$]*require[\w$]*(?:\.resolve)?\(\s*(["'`])([^"'`\n]+)\1\s*\)/gi,
    /\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g,
    /^\s*(?:import|export)\s[^;\n]*?\bfrom\s*(["'])([^"'\n]+)\1/gm,
    /^\s*import\s*(["'])([^"'\n]+)\1/gm,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found].sort();
}

/** The npm package a bare specifier names (`@scope/name/sub` → `@scope/name`); null for relative paths and Node built-ins. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(specifier)) return null;
  if (isBuiltin(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Package name → the bundles (relative paths) that load it. */
export function packagesLoadedBy(files: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of files) {
    for (const specifier of loadedSpecifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      const name = packageOf(specifier);
      if (!name) continue;
      result.set(name, [...(result.get(name) ?? []), file]);
    }
  }
  return result;
}

export function projectPackageJson(): { dependencies: Record<string, string>; devDependencies: Record<string, string>; main: string } {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}
