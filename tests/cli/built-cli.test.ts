import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDocumentWorker } from '../../backend/documents/worker-file';
import { renderArt30Pdf } from '../../backend/documents/art30-pdf';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { loadRegisterSnapshot } from '../../backend/documents/snapshot';
import { DEMO_FILE } from '../interchange/support/sample-register';
import { extractPdfText } from '../support/pdf-text';
import { useTempDir } from '../support/temp-dir';
import { vvt } from './support/run-vvt';

const BUILT_CLI = join(__dirname, '../../out/main/cli.js');
const tempDir = useTempDir();

function run(...args: string[]) {
  return spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
}

/** The other CLI tests run in-process; this one checks the bundle after `npm run build`. */
describe.skipIf(!existsSync(BUILT_CLI))('out/main/cli.js (built)', () => {
  it('runs under Node with the documented exit codes', () => {
    expect(run('--version')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^vvt \d+\.\d+\.\d+\n$/) });
    expect(run('validate', DEMO_FILE)).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Valid: /), stderr: '' });
    const usage = run('frobnicate');
    expect(usage).toMatchObject({ status: 1, stdout: '', stderr: 'Unknown command: frobnicate\nHelp: vvt --help\n' });
    expect(run('summary', join(__dirname, 'missing.vvt')).status).toBe(3);
  });

  it('pdf renders on the document worker built next to it, with the text of an in-process rendering and the submission hash of the file', async () => {
    const workerPath = builtDocumentWorker(join(__dirname, '../../out/main'));
    expect(workerPath).toBeDefined();
    expect(builtDocumentWorker(tempDir())).toBeUndefined();
    const dir = tempDir();
    const register = join(dir, 'shop.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const out = join(dir, 'record.pdf');
    const written = await vvt(['pdf', register, out, '--record-submission', '--authority', 'LfDI BW'], { documentWorkerPath: workerPath });
    expect(written).toMatchObject({ code: 0, stderr: '' });

    const store = SqliteRegisterStore.open(register, { create: false });
    const snapshot = await loadRegisterSnapshot(store);
    await store.close();
    const inProcess = await renderArt30Pdf(snapshot, { language: 'de', variant: 'authority', asOf: '2026-11-20' });
    const [pooled, single] = await Promise.all([extractPdfText(new Uint8Array(readFileSync(out))), extractPdfText(inProcess)]);
    expect(pooled.pages).toEqual(single.pages);
    expect(written.stdout).toContain(createHash('sha256').update(readFileSync(out)).digest('hex'));

    // The built CLI as its own process: the workers it keeps warm after the job must not keep it
    // alive (they are unreferenced when idle), so it ends on its own, well before the timeout.
    const spawned = spawnSync(process.execPath, [BUILT_CLI, 'pdf', register, join(dir, 'spawned.pdf')], { encoding: 'utf8', timeout: 90_000 });
    expect(spawned).toMatchObject({ status: 0, stderr: '' });
    expect(existsSync(join(dir, 'spawned.pdf'))).toBe(true);
  }, 180_000);
});
