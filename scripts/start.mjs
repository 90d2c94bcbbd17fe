#!/usr/bin/env node
// `npm start` (build + start the app) and `npm run dev` (dev server + app).
// Downloads Electron's binary on first use, then hands over to electron-vite.
// Usage: node scripts/start.mjs [preview|dev] [electron-vite options …]

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { assertSpawnableWithoutShell, electronViteCommand, electronViteEnv, ensureElectronBinary } from './electron-launch.mjs';

const require = createRequire(import.meta.url);
const [mode = 'preview', ...rest] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error(`Unbekannter Modus / unknown mode: ${mode} (preview | dev)`);
  process.exit(1);
}

const electronDir = dirname(require.resolve('electron/package.json'));
const ensured = ensureElectronBinary({
  electronDir,
  runInstaller: (node, args, env) => {
    assertSpawnableWithoutShell(node);
    return spawnSync(node, args, { stdio: 'inherit', env });
  },
});
if (!ensured.ok) {
  console.error(ensured.message);
  process.exit(1);
}

const launch = electronViteCommand({ electronViteDir: dirname(require.resolve('electron-vite/package.json')), mode, args: rest });
assertSpawnableWithoutShell(launch.command);
assertSpawnableWithoutShell(ensured.binary); // electron-vite spawns it without a shell
const child = spawn(launch.command, launch.args, {
  stdio: 'inherit',
  env: electronViteEnv(process.env, ensured.binary),
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  // The child is in the same process group and gets the signal itself; just wait for it.
  process.on(signal, () => {});
}
