import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocumentJob, type DocumentJobRequest } from '../../backend/documents/document-job';
import { DocumentJobs } from '../../backend/documents/document-jobs';
import { DOCUMENT_PROGRESS_TASKS } from '../../domain/ipc/channels/documents';
import type { ProgressEvent } from '../../domain/ipc/events';
import { AppError } from '../../domain/ipc/result';
import { extractPdfText } from '../support/pdf-text';
import { activity, payroll, snapshot } from './art30-fixtures';

const AS_OF = '2026-11-28';
const FAKE_WORKER = join(__dirname, 'fixtures/fake-document-worker.mjs');
const BUILT_WORKER = join(__dirname, '../../out/main/documentWorker.js');

/** Twelve filled activities: enough sections and pages for several progress steps. */
const register = snapshot(Array.from({ length: 12 }, (_, i) => activity({ ...payroll, id: `a-${i}`, reference: `VT-${100 + i}` })));

function request(overrides: Partial<DocumentJobRequest> = {}): DocumentJobRequest {
  return { output: 'pdf', snapshot: register, options: { language: 'de', variant: 'internal', asOf: AS_OF }, ...overrides };
}

function fakeRequest(scenario: string): DocumentJobRequest {
  return request({ snapshot: { ...register, organisation: { ...register.organisation, name: scenario } } });
}

/** Per task: starts at 0, never goes back, ends at its total, keeps its total; tasks in the expected order. */
function expectWellFormed(events: ProgressEvent[], tasks: string[]): void {
  expect([...new Set(events.map((event) => event.task))]).toEqual(tasks);
  for (const task of tasks) {
    const own = events.filter((event) => event.task === task);
    expect(own[0].done, task).toBe(0);
    expect(own.at(-1)!.done, task).toBe(own[0].total);
    expect(new Set(own.map((event) => event.total)).size, task).toBe(1);
    own.slice(1).forEach((event, index) => expect(event.done, task).toBeGreaterThan(own[index].done));
  }
}

describe('document job core (in-process)', () => {
  it('reports sections measured, then laid out, then pages rendered, monotonic, from 0 to the total', async () => {
    const events: ProgressEvent[] = [];
    const result = await runDocumentJob(request(), { progress: (event) => events.push(event), progressIntervalMs: 0 });
    expectWellFormed(events, [DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout, DOCUMENT_PROGRESS_TASKS.render]);
    for (const task of [DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout]) {
      const own = events.filter((event) => event.task === task);
      expect(own[0].total, task).toBe(13); // 12 activities + the approval page
      expect(own.length, task).toBeGreaterThan(5);
    }
    const pages = (await extractPdfText((result as { bytes: Uint8Array }).bytes)).pages.length;
    expect(events.filter((event) => event.task === DOCUMENT_PROGRESS_TASKS.render).at(-1)!.total).toBe(pages);
  });

  it('reports the print HTML block by block', async () => {
    const events: ProgressEvent[] = [];
    await runDocumentJob(request({ output: 'html' }), { progress: (event) => events.push(event), progressIntervalMs: 0 });
    expectWellFormed(events, [DOCUMENT_PROGRESS_TASKS.html]);
  });

  it('throttles: with the default interval a fast job sends only a few events, always the first and the last', async () => {
    const events: ProgressEvent[] = [];
    await runDocumentJob(request(), { progress: (event) => events.push(event) });
    expectWellFormed(events, [DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout, DOCUMENT_PROGRESS_TASKS.render]);
  });
});

describe('DocumentJobs in-process', () => {
  it('runs one job at a time, can be cancelled while measuring, and is free again afterwards', async () => {
    const events: ProgressEvent[] = [];
    const jobs: DocumentJobs = new DocumentJobs({
      progress: (event) => {
        events.push(event);
        if (event.task === DOCUMENT_PROGRESS_TASKS.measure && event.done === 0) jobs.cancel();
      },
    });
    const first = jobs.run(request());
    expect(jobs.busy).toBe(true);
    await expect(jobs.run(request())).rejects.toSatisfy((error) => error instanceof AppError && error.code === 'conflict');
    await expect(first).resolves.toBeNull();
    expect(events.some((event) => event.task !== DOCUMENT_PROGRESS_TASKS.measure)).toBe(false);
    expect(jobs.busy).toBe(false);
    expect(jobs.cancel()).toBe(false);
    const again = new DocumentJobs();
    await expect(again.run(request({ output: 'html' }))).resolves.toMatchObject({ output: 'html' });
  });
});

describe('DocumentJobs with a worker thread (protocol, fake worker)', () => {
  it('forwards progress and returns the transferred result', async () => {
    const events: ProgressEvent[] = [];
    const jobs = new DocumentJobs({ workerPath: FAKE_WORKER, progress: (event) => events.push(event) });
    const result = await jobs.run(fakeRequest('done'));
    expect(result).toEqual({ output: 'pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(events.map((event) => event.done)).toEqual([0, 1, 2]);
    expect(jobs.busy).toBe(false);
  });

  it('cancel terminates the worker and the job answers null', async () => {
    const events: ProgressEvent[] = [];
    const jobs = new DocumentJobs({ workerPath: FAKE_WORKER, progress: (event) => events.push(event) });
    const running = jobs.run(fakeRequest('hang'));
    await expect.poll(() => events.length).toBe(1);
    expect(jobs.cancel()).toBe(true);
    await expect(running).resolves.toBeNull();
    expect(jobs.busy).toBe(false);
  });

  it('turns a failure or a crash of the worker into a rejected job', async () => {
    const jobs = new DocumentJobs({ workerPath: FAKE_WORKER });
    await expect(jobs.run(fakeRequest('fail'))).rejects.toThrow('layout exploded');
    await expect(jobs.run(fakeRequest('crash'))).rejects.toThrow(/stopped unexpectedly \(exit code 3\)/);
    expect(jobs.busy).toBe(false);
  });
});

// Needs `npx electron-vite build` (npm test builds first). Under CI the built worker must exist.
const built = existsSync(BUILT_WORKER);
if (!built && process.env.CI === 'true') throw new Error(`${BUILT_WORKER} is missing: run the build before the tests`);

describe.skipIf(!built)('the built worker (out/main/documentWorker.js)', () => {
  it('produces the same PDF (text, outline, about the same size) as in-process, with progress, and the print HTML', async () => {
    const events: ProgressEvent[] = [];
    const jobs = new DocumentJobs({ workerPath: BUILT_WORKER, progress: (event) => events.push(event) });
    const [viaWorker, inProcess] = await Promise.all([jobs.run(request()), runDocumentJob(request())]);
    const [a, b] = [viaWorker as { bytes: Uint8Array }, inProcess as { bytes: Uint8Array }];
    expect(Math.abs(a.bytes.byteLength - b.bytes.byteLength)).toBeLessThan(b.bytes.byteLength * 0.01);
    const [textA, textB] = await Promise.all([extractPdfText(a.bytes), extractPdfText(b.bytes)]);
    expect(textA.pages).toEqual(textB.pages);
    expect(textA.outline).toEqual(textB.outline);
    expectWellFormed(events, [DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout, DOCUMENT_PROGRESS_TASKS.render]);
    const html = await jobs.run(request({ output: 'html', options: { language: 'de', variant: 'internal', asOf: AS_OF, record: 'processor' } }));
    expect(html).toMatchObject({ output: 'html', title: 'Verzeichnis von Verarbeitungstätigkeiten – Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO)' });
  });
});
