// The start path of `npm start` / `npm run dev` (scripts/start.mjs), as testable functions.
//
// Electron 45 has no install script: its binary is fetched lazily, but only when
// `require('electron')` runs or `npx electron` starts (both call node_modules/electron/install.js).
// electron-vite 6 does neither — it reads node_modules/electron/path.txt and stops with
// "Error: Electron uninstall" when the file is missing (electron-vite issue 904). So the
// start path runs Electron's own installer first and hands the binary to electron-vite
// through ELECTRON_EXEC_PATH, which electron-vite honours before looking at path.txt.
//
// Plain JavaScript on purpose: it must run with the Node that `npm start` provides before
// anything is built, with no loader and no TypeScript.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractorBlockedMessage, probeExtractor } from './electron-extractor.mjs';

/** The executable inside the binary zip, per platform — the same table as electron/install.js. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf-8').trim();
  } catch {
    return null;
  }
}

/**
 * Where the Electron binary is, or null when it still has to be downloaded.
 * Mirrors the checks of electron/install.js (`isInstalled`): version file, path.txt, binary.
 */
export function findElectronBinary({ electronDir, env = process.env, platform = process.platform, exists = existsSync }) {
  if (env.ELECTRON_EXEC_PATH) return exists(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const relative = readText(join(electronDir, 'path.txt'));
  if (!relative) return null;
  const expected = platformExecutable(env.ELECTRON_INSTALL_PLATFORM || platform);
  if (expected && relative !== expected) return null;
  const packageVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf-8')).version;
  // install.js counts a dist without its version file as not installed (an unpacking that stopped early).
  const distVersion = readText(join(electronDir, 'dist', 'version'));
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && (distVersion === null || distVersion.replace(/^v/, '') !== packageVersion)) return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(electronDir, 'dist', relative);
  return exists(binary) ? binary : null;
}

/** The environment for Electron's installer: proxy variables only take effect when switched on. */
export function installerEnv(env) {
  const next = { ...env };
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  if (proxy) {
    // @electron/get reads HTTP(S)_PROXY only with ELECTRON_GET_USE_PROXY; Node's own fetch
    // only with NODE_USE_ENV_PROXY. Setting both makes "set HTTPS_PROXY and retry" work.
    if (!next.ELECTRON_GET_USE_PROXY) next.ELECTRON_GET_USE_PROXY = 'true';
    if (!next.NODE_USE_ENV_PROXY) next.NODE_USE_ENV_PROXY = '1';
  }
  return next;
}

export const DOWNLOADING_MESSAGE = [
  'Electron wird einmalig heruntergeladen (ca. 100 MB) … / Downloading Electron once (about 100 MB) …',
].join('\n');

/** What to tell the user when the download failed — German first, then English. */
export function downloadFailedMessage({ platform = process.platform, electronVersion = '' } = {}) {
  // cmd.exe syntax on Windows, with the PowerShell form beside it.
  const setVar =
    platform === 'win32'
      ? (name, value) => `set ${name}=${value}   (PowerShell: $env:${name}="${value}")`
      : (name, value) => `export ${name}=${value}`;
  const version = electronVersion ? ` ${electronVersion}` : '';
  return [
    '',
    `Electron${version} konnte nicht heruntergeladen werden. VVT Desk wurde nicht gestartet.`,
    'Beim ersten Start lädt VVT Desk das Electron-Programm einmalig von github.com herunter.',
    '  1. Internetverbindung prüfen. Eine Firewall muss github.com und',
    '     objects.githubusercontent.com erlauben.',
    `  2. Hinter einem Proxy: ${setVar('HTTPS_PROXY', 'http://proxy.firma.de:8080')}`,
    `  3. Ist github.com gesperrt, einen Spiegel nutzen: ${setVar('ELECTRON_MIRROR', 'https://npmmirror.com/mirrors/electron/')}`,
    '  4. Dann erneut: npm start',
    '     (oder nur den Download wiederholen: npx install-electron)',
    '',
    `Electron${version} could not be downloaded. VVT Desk was not started.`,
    'On first start VVT Desk downloads the Electron program once from github.com.',
    '  1. Check the internet connection. A firewall must allow github.com and',
    '     objects.githubusercontent.com.',
    `  2. Behind a proxy: ${setVar('HTTPS_PROXY', 'http://proxy.example.com:8080')}`,
    `  3. If github.com is blocked, use a mirror: ${setVar('ELECTRON_MIRROR', 'https://npmmirror.com/mirrors/electron/')}`,
    '  4. Then again: npm start',
    '     (or repeat only the download: npx install-electron)',
    '',
  ].join('\n');
}

/**
 * Makes sure the Electron binary exists, downloading it with Electron's own installer when
 * needed. Returns `{ ok: true, binary }` or `{ ok: false, message }`.
 */
export function ensureElectronBinary({
  electronDir,
  env = process.env,
  platform = process.platform,
  nodePath = process.execPath,
  runInstaller,
  log = (line) => console.log(line),
  exists = existsSync,
  probe = () => probeExtractor({ electronDir }),
}) {
  const found = findElectronBinary({ electronDir, env, platform, exists });
  if (found) return { ok: true, binary: found, downloaded: false };
  const extractor = probe();
  if (!extractor.ok) {
    const electronVersion = packageVersionOf(electronDir);
    return { ok: false, message: extractorBlockedMessage({ platform, env, electronVersion, module: extractor.module, reason: extractor.reason }) };
  }
  log(DOWNLOADING_MESSAGE);
  const installer = join(electronDir, 'install.js');
  const result = runInstaller(nodePath, [installer], installerEnv(env));
  const binary = result.status === 0 ? findElectronBinary({ electronDir, env, platform, exists }) : null;
  if (binary) return { ok: true, binary, downloaded: true };
  return { ok: false, message: downloadFailedMessage({ platform, electronVersion: packageVersionOf(electronDir) }) };
}

function packageVersionOf(electronDir) {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf-8')).version;
  } catch {
    return ''; // the messages are still useful without the version
  }
}

/**
 * Since the fix of CVE-2024-27980 (Node 18.20.2, 20.12.2, 21.7.3 and every later major) Node
 * refuses to spawn a .cmd or .bat file on Windows without `shell: true` (EINVAL). The start
 * path therefore spawns only executables — Node itself, with a script — and checks that here.
 */
export function spawnableWithoutShell(command, platform = process.platform) {
  if (platform !== 'win32') return true;
  return !/\.(cmd|bat)$/i.test(command) && /\.exe$/i.test(command);
}

export function assertSpawnableWithoutShell(command, platform = process.platform) {
  if (!spawnableWithoutShell(command, platform)) {
    throw new Error(`${command} cannot be started without a shell on Windows (Node refuses .cmd/.bat files: EINVAL); start node.exe with the script instead`);
  }
}

/**
 * The environment electron-vite (and the Electron it starts) gets: the binary to use, and no
 * ELECTRON_RUN_AS_NODE — terminals of Electron-based editors (VS Code and others) export it, and
 * an inherited value makes Electron boot as plain Node, where `require('electron').app` is
 * undefined and the main process dies at its first line.
 */
export function electronViteEnv(env, binary) {
  const next = { ...env, ELECTRON_EXEC_PATH: binary };
  delete next.ELECTRON_RUN_AS_NODE;
  return next;
}

/** electron-vite started through Node with its bin script (never node_modules/.bin/electron-vite.cmd). */
export function electronViteCommand({ nodePath = process.execPath, electronViteDir, mode, args = [] }) {
  return { command: nodePath, args: [join(electronViteDir, 'bin', 'electron-vite.js'), mode, ...args] };
}
