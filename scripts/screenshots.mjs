#!/usr/bin/env node
// `npm run screenshots`: builds the renderer and runs the browser E2E of the workspace with
// VVT_SCREENSHOTS set, which writes the README's screenshots (dashboard, list, editor at
// 1366×768) to docs/screenshots/. They come from the real renderer and services, so they stay
// current with every run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const bin = (pkg, file) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

function run(args, env = process.env) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run([bin('electron-vite', 'bin/electron-vite.js'), 'build']);
run([bin('vitest', 'vitest.mjs'), 'run', '--project', 'e2e', 'tests/e2e/workspace.test.ts', '-t', 'dashboard first'], {
  ...process.env,
  VVT_SCREENSHOTS: process.env.VVT_SCREENSHOTS || 'docs/screenshots',
});
console.log('Screenshots written to', process.env.VVT_SCREENSHOTS || 'docs/screenshots');
