import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CHROMIUM, DEFAULT_RENDERER_DIR } from '../../support/browser-bridge';

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Why the browser tests cannot run here, or null when they can. Under CI=true a missing
 * Chromium or renderer build throws (the test file fails with this message); elsewhere the
 * tests are skipped and the reason is printed loudly and put into the suite's title.
 */
export function e2eSkipReason(options: { needsBuild: boolean; rendererDir?: string }): string | null {
  const missing: string[] = [];
  if (!isExecutable(DEFAULT_CHROMIUM)) {
    missing.push(
      `Chromium not found at ${DEFAULT_CHROMIUM}: install it (Debian: apt-get install chromium poppler-utils) or set VVT_CHROMIUM to a Chrome/Chromium executable`,
    );
  }
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (options.needsBuild && !existsSync(join(rendererDir, 'index.html'))) {
    missing.push(`the renderer is not built (${join(rendererDir, 'index.html')} is missing): run "npm run build" first (npm test does)`);
  }
  if (!missing.length) return null;
  const message = `E2E browser tests cannot run: ${missing.join('; ')}`;
  if (IN_CI) throw new Error(`${message}. CI=true: failing instead of skipping.`);
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPING ${message}\n${'!'.repeat(100)}\n`);
  return message;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
