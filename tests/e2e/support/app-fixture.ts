import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, type TestContext } from 'vitest';
import { launchVvtApp, ROOT, type LaunchOptions, type VvtApp } from '../../support/browser-bridge';
import { e2eSkipReason } from './environment';

const SCREENSHOT_DIR = join(ROOT, 'tests/.tmp/e2e');

/**
 * A describe block for browser tests: skipped loudly (or failed under CI=true) when Chromium
 * or the renderer build is missing, with the reason in its title.
 */
export function describeE2e(name: string, body: () => void, options: { needsBuild?: boolean; rendererDir?: string } = {}): void {
  const reason = e2eSkipReason({ needsBuild: options.needsBuild ?? true, rendererDir: options.rendererDir });
  describe.skipIf(reason !== null)(reason ? `${name} — SKIPPED: ${reason}` : name, body);
}

/**
 * Starts a fresh app (temp user data, real services, Chromium) before each test and returns
 * a getter for it. After each test: the bridge's problems (requests outside the app origin,
 * console/page errors, unexpected dialogs, internal IPC errors) fail the test, a failed
 * test leaves a screenshot in tests/.tmp/e2e/, and everything is closed and deleted.
 */
export function useApp(options: LaunchOptions = {}): () => VvtApp {
  let app: VvtApp | undefined;
  beforeEach(async () => {
    app = await launchVvtApp(options);
  });
  afterEach(async (context: TestContext) => {
    const current = app;
    app = undefined;
    if (!current) return;
    let problem: unknown;
    try {
      current.verify();
    } catch (error) {
      problem = error;
    }
    try {
      if (problem || context.task.result?.state === 'fail') await screenshot(current, context);
    } finally {
      await current.close();
    }
    if (problem) throw problem;
  });
  return () => {
    if (!app) throw new Error('The app is started in beforeEach: call the getter inside a test');
    return app;
  };
}

async function screenshot(app: VvtApp, context: TestContext): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = basename(context.task.file?.name ?? 'e2e', '.test.ts');
  const name = `${file}--${context.task.name}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 150);
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  try {
    await app.screenshot(path);
    console.error(`screenshot of the failed test: ${path}`);
  } catch (error) {
    console.error(`no screenshot of the failed test: ${String(error)}`);
  }
}
