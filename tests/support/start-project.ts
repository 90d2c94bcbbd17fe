// A throw-away project for testing `npm start` (scripts/start.mjs) without a network: a fake
// node_modules/electron with a scripted install.js, and an electron-vite that records how it was
// started instead of building and launching.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SCRIPTS = join(__dirname, '../../scripts');
const START_SCRIPTS = ['start.mjs', 'electron-launch.mjs', 'electron-extractor.mjs'];

/** An installer that "downloads" by writing what electron/install.js writes. */
export const SUCCEEDING_INSTALLER = `
const fs = require('fs'); const path = require('path');
fs.writeFileSync(path.join(__dirname, 'installer-ran'), process.argv.slice(1).join(' '));
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
const exe = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }[process.platform] || 'electron';
fs.mkdirSync(path.dirname(path.join(__dirname, 'dist', exe)), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', exe), '');
fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v45.5.0');
fs.writeFileSync(path.join(__dirname, 'path.txt'), exe);
`;

/** node_modules/electron as npm installs it: package.json (optionally naming the native unzip module) and install.js. */
export function fakeElectronPackage(root: string, { installJs = '', extractor = false } = {}): string {
  const dir = join(root, 'node_modules', 'electron');
  mkdirSync(dir, { recursive: true });
  const dependencies = extractor ? { '@electron-internal/extract-zip': '^1.0.1', '@electron/get': '^5.0.0' } : {};
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', main: 'index.js', dependencies }));
  writeFileSync(join(dir, 'index.js'), 'module.exports = "unused";');
  writeFileSync(join(dir, 'install.js'), installJs);
  return dir;
}

/** What a finished unpacking leaves in node_modules/electron: the executable, dist/version and path.txt. */
export function fakeInstalledBinary(electronDir: string, executable: string): string {
  const binary = join(electronDir, 'dist', executable);
  mkdirSync(dirname(binary), { recursive: true });
  writeFileSync(binary, '');
  writeFileSync(join(electronDir, 'dist', 'version'), 'v45.5.0');
  writeFileSync(join(electronDir, 'path.txt'), executable);
  return binary;
}

/** Adds the start scripts and a recording electron-vite to `root` (which holds node_modules/electron). */
export function addStartScripts(root: string): string {
  const vite = join(root, 'node_modules', 'electron-vite');
  mkdirSync(join(vite, 'bin'), { recursive: true });
  writeFileSync(join(vite, 'package.json'), JSON.stringify({ name: 'electron-vite', version: '6.0.0' }));
  writeFileSync(
    join(vite, 'bin', 'electron-vite.js'),
    `require('fs').writeFileSync(${JSON.stringify(join(root, 'vite-args.json'))}, JSON.stringify({ argv: process.argv.slice(2), exec: process.env.ELECTRON_EXEC_PATH, runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));`,
  );
  mkdirSync(join(root, 'scripts'), { recursive: true });
  for (const file of START_SCRIPTS) copyFileSync(join(SCRIPTS, file), join(root, 'scripts', file));
  return root;
}

/** `node scripts/start.mjs …` in `root`, as `npm start` runs it. */
export function runStart(root: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.ELECTRON_EXEC_PATH;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), ...args], { cwd: root, env, encoding: 'utf-8' });
}

/** How the recording electron-vite was started. */
export function viteStart(root: string): { argv: string[]; exec: string; runAsNode: string | null } {
  return JSON.parse(readFileSync(join(root, 'vite-args.json'), 'utf-8'));
}
