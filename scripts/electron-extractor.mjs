// Electron 41–45 unpack their downloaded binary with @electron-internal/extract-zip, a native
// module. When the operating system refuses to load it — Windows Smart App Control or another
// application-control policy, or a machine without a matching prebuild — electron/install.js
// downloads 100 MB and then fails at unpacking with an error about the zip, and retrying
// changes nothing (electron/electron#52481; 45.5.0 only made the require lazy). So the start
// path loads the extractor before downloading and, if that fails, says what happened and how to
// unpack by hand. Plain JavaScript: it runs before anything is built.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const EXTRACTORS = ['@electron-internal/extract-zip', 'extract-zip'];

/** The zip extractor electron/install.js requires, from electron's own package.json; null if none is known. */
export function extractorModule(electronDir) {
  let dependencies = {};
  try {
    dependencies = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf-8')).dependencies ?? {};
  } catch {
    return null;
  }
  return EXTRACTORS.find((name) => name in dependencies) ?? null;
}

function loadFromElectron(electronDir, name) {
  createRequire(join(electronDir, 'package.json'))(name);
}

/**
 * Loads the extractor the way install.js does (resolved from electron's folder).
 * Returns `{ ok: true }` or `{ ok: false, module, reason }`.
 */
export function probeExtractor({ electronDir, load = loadFromElectron }) {
  const module = extractorModule(electronDir);
  if (!module) return { ok: true };
  try {
    load(electronDir, module);
    return { ok: true };
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? `${error.code}: ` : '';
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, module, reason: `${code}${text.split('\n')[0]}` };
  }
}

/** Per platform: the zip's executable path (path.txt) and the commands that unpack and record it. */
function manualSteps(platform, zip) {
  if (platform === 'win32') {
    return {
      unpack: [
        'mkdir node_modules\\electron\\dist',
        `tar -xf ${zip} -C node_modules\\electron\\dist`,
      ],
      pathTxt: `node -e "require('fs').writeFileSync('node_modules/electron/path.txt', 'electron.exe')"`,
    };
  }
  if (platform === 'darwin') {
    return {
      // A zip saved by a browser carries the quarantine flag; unpacked, Gatekeeper would refuse Electron.app.
      unpack: ['mkdir -p node_modules/electron/dist', `ditto -x -k ${zip} node_modules/electron/dist`, 'xattr -cr node_modules/electron/dist'],
      pathTxt: "printf 'Electron.app/Contents/MacOS/Electron' > node_modules/electron/path.txt",
    };
  }
  return {
    unpack: ['mkdir -p node_modules/electron/dist', `unzip -q ${zip} -d node_modules/electron/dist`],
    pathTxt: "printf 'electron' > node_modules/electron/path.txt",
  };
}

/** What to tell the user when the extractor cannot be loaded — German first, then English. */
export function extractorBlockedMessage({ platform = process.platform, arch = process.arch, env = process.env, electronVersion, module, reason }) {
  const targetArch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || arch;
  const zip = `electron-v${electronVersion}-${platform}-${targetArch}.zip`;
  const url = `https://github.com/electron/electron/releases/download/v${electronVersion}/${zip}`;
  const steps = manualSteps(platform, zip);
  const windowsCause = platform === 'win32';
  const commands = [...steps.unpack, steps.pathTxt].map((line) => `       ${line}`);
  return [
    '',
    `Electron ${electronVersion} kann auf diesem Rechner nicht entpackt werden. VVT Desk wurde nicht gestartet.`,
    `Das Entpack-Modul von Electron (${module}) lässt sich nicht laden:`,
    `  ${reason}`,
    windowsCause
      ? 'Unter Windows verhindert das meist die intelligente App-Steuerung (Smart App Control) oder eine andere\nAnwendungssteuerung (electron/electron#52481). Ein erneuter Download hilft nicht. Von Hand:'
      : 'Ein erneuter Download hilft nicht. Von Hand:',
    `  1. ${zip} in den Projektordner herunterladen: ${url}`,
    '     (oder vom Spiegel in ELECTRON_MIRROR)',
    '  2. Dort entpacken und den Pfad des Programms eintragen:',
    ...commands,
    '  3. Dann erneut: npm start',
    '',
    `Electron ${electronVersion} cannot be unpacked on this machine. VVT Desk was not started.`,
    `Electron's unpacking module (${module}) cannot be loaded:`,
    `  ${reason}`,
    windowsCause
      ? 'On Windows this is usually Smart App Control or another application-control policy\n(electron/electron#52481). Downloading again does not help. By hand:'
      : 'Downloading again does not help. By hand:',
    `  1. Download ${zip} into the project folder: ${url}`,
    '     (or from the mirror in ELECTRON_MIRROR)',
    '  2. Unpack it there and record the program path:',
    ...commands,
    '  3. Then again: npm start',
    '',
  ].join('\n');
}
