import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runDocumentJob, type DocumentJobRequest, type DocumentJobResult } from '../../backend/documents/document-job';
import { DocumentJobs } from '../../backend/documents/document-jobs';
import { selectArt30Activities } from '../../domain/documents/art30';
import type { ProgressEvent } from '../../domain/ipc/events';
import { documentBenchRegister } from './document-register';
import { printTable, type BenchSection } from './harness';

/**
 * `npm run bench documents`: time and peak memory to produce the controller record (authority
 * variant, German) for generated registers (document-register.ts) of 100, 1,000 and 5,000
 * activities. Runs the way the app does: in the built document worker (out/main/documentWorker.js,
 * with its heap limits) when it exists, else in-process. Median of 5 runs for 100 activities,
 * of 3 for 1,000, one run for 5,000; one untimed small render first loads code and fonts.
 * Narrow the sizes with VVT_BENCH_DOCUMENT_SIZES=100,1000.
 */

const PLAN = [
  { size: 100, runs: 5 },
  { size: 1_000, runs: 3 },
  { size: 5_000, runs: 1 },
];

const MIB = 1024 * 1024;
/** `npm run bench` runs from the project folder (the bench itself is bundled to out/bench/). */
const WORKER = resolve('out/main/documentWorker.js');

interface RunFigures {
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  pages: number;
  bytes: number;
}

type Runner = (request: DocumentJobRequest, progress: (event: ProgressEvent) => void) => Promise<DocumentJobResult | null>;

function runner(): { name: string; run: Runner } {
  if (existsSync(WORKER)) {
    return {
      name: `the built worker (${WORKER})`,
      run: (request, progress) => new DocumentJobs({ workerPath: WORKER, progress }).run(request),
    };
  }
  return { name: 'in-process (no built worker: run `npx electron-vite build` first)', run: (request, progress) => runDocumentJob(request, { progress }) };
}

/** One render. RSS (process-wide, worker included) is sampled every 10 ms and at every progress event. */
async function renderOnce(run: Runner, size: number): Promise<RunFigures> {
  const snapshot = documentBenchRegister(size);
  let peakRss = process.memoryUsage.rss();
  const sample = () => void (peakRss = Math.max(peakRss, process.memoryUsage.rss()));
  let pages = 0;
  const timer = setInterval(sample, 10);
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    const request: DocumentJobRequest = { output: 'pdf', snapshot, options: { language: 'de', variant: 'authority', asOf: '2026-11-28' } };
    const result = await run(request, (event) => {
      sample();
      if (event.task === 'documents.render') pages = event.total;
    });
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    sample();
    const bytes = result?.output === 'pdf' ? result.bytes.byteLength : 0;
    return { wallMs, cpuMs: (used.user + used.system) / 1000, peakRss, pages, bytes };
  } finally {
    clearInterval(timer);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function sizesToRun(): typeof PLAN {
  const wanted = process.env.VVT_BENCH_DOCUMENT_SIZES?.split(',').map(Number).filter(Number.isFinite);
  return wanted?.length ? PLAN.filter((step) => wanted.includes(step.size)) : PLAN;
}

export const documentsSection: BenchSection = {
  name: 'documents',
  async run() {
    const { name, run } = runner();
    const baseline = process.memoryUsage.rss();
    await renderOnce(run, 20);
    const rows: string[][] = [];
    for (const { size, runs } of sizesToRun()) {
      const printed = selectArt30Activities(documentBenchRegister(size).activities, 'authority', 'de').length;
      const figures: RunFigures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await renderOnce(run, size));
      const wall = median(figures.map((f) => f.wallMs));
      process.stderr.write(`documents: ${size} activities done, median ${seconds(wall)}\n`);
      rows.push([
        `${size.toLocaleString('en')} (${printed.toLocaleString('en')} printed)`,
        String(runs),
        seconds(wall),
        seconds(median(figures.map((f) => f.cpuMs))),
        `${(wall / printed).toFixed(1)} ms`,
        `${Math.round(Math.max(...figures.map((f) => f.peakRss)) / MIB)} MiB`,
        figures[0].pages.toLocaleString('en'),
        `${(figures[0].bytes / MIB).toFixed(1)} MiB`,
      ]);
    }
    process.stdout.write(
      `\nController record (Art. 30(1)), authority variant, German, generated in ${name}.\n` +
        'Wall and CPU time (all threads) are medians over the runs; peak RSS is the highest resident set sampled\n' +
        `during any run of that size, for the whole process (the bench process alone held ${Math.round(baseline / MIB)} MiB before).\n\n`,
    );
    printTable(['activities', 'runs', 'wall (median)', 'CPU (median)', 'wall / printed', 'peak RSS', 'pages', 'PDF size'], rows);
  },
};
