import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentJobs } from '../../backend/documents/document-jobs';
import { poolSize, writePdfInParallel, type ParallelPdfResult } from '../../backend/documents/parallel/parallel-pdf';
import { selectArt30Activities } from '../../domain/documents/art30';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { documentBenchRegister } from './document-register';
import { printTable, type BenchSection } from './harness';

/**
 * `npm run bench documents`: the controller record (authority variant, German) for generated
 * registers (document-register.ts) of 100, 1,000, 5,000 and 10,000 activities, produced
 *  - by the worker pool (parallel/parallel-pdf.ts: parts on all cores, joined on disk), and
 *  - by the single-worker path (one worker lays out the whole document, DOCUMENT_WORKER_LIMITS),
 * in the same run, one after the other. Both need the built worker (out/main/documentWorker.js,
 * `npx electron-vite build`). Figures: wall time, CPU time of the process (all threads),
 * peak RSS of the process (worker threads included: they live in this process), pages, file size.
 *
 * Environment: VVT_BENCH_DOCUMENT_SIZES=100,1000 narrows the sizes; VVT_BENCH_SINGLE_MAX=n skips
 * the single-worker path above n activities (default 1,000: at 5,000 it takes minutes, at 10,000
 * it runs out of its 2.5 GB heap); the table says where it was skipped.
 */

const PLAN = [
  { size: 100, runs: 3 },
  { size: 1_000, runs: 3 },
  { size: 5_000, runs: 1 },
  { size: 10_000, runs: 1 },
];

const MIB = 1024 * 1024;
const WORKER = resolve('out/main/documentWorker.js');
const OPTIONS = { language: 'de', variant: 'authority', asOf: '2026-11-28' } as const;

interface RunFigures {
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  pages: number;
  bytes: number;
  stages?: ParallelPdfResult['stages'];
}

/** Runs `work` while sampling the process's RSS every 10 ms. */
async function measured(work: () => Promise<{ pages: number; bytes: number; stages?: ParallelPdfResult['stages'] }>): Promise<RunFigures> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 10);
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    const { pages, bytes, stages } = await work();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { wallMs, cpuMs: (used.user + used.system) / 1000, peakRss, pages, bytes, stages };
  } finally {
    clearInterval(timer);
  }
}

function pooled(snapshot: RegisterSnapshot, dir: string): Promise<RunFigures> {
  const target = join(dir, 'pool.pdf');
  return measured(async () => {
    const result = await writePdfInParallel({ snapshot, options: OPTIONS }, target, { workerPath: WORKER });
    if (!result) throw new Error('cancelled');
    return result;
  });
}

function singleWorker(snapshot: RegisterSnapshot): Promise<RunFigures> {
  return measured(async () => {
    let pages = 0;
    const jobs = new DocumentJobs({ workerPath: WORKER, progress: (event) => event.task === 'documents.render' && (pages = event.total) });
    const result = await jobs.run({ output: 'pdf', snapshot, options: OPTIONS });
    if (!result || result.output !== 'pdf') throw new Error('cancelled');
    return { pages, bytes: result.bytes.byteLength };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${Math.round(bytes / MIB)} MiB`;

function sizesToRun(): typeof PLAN {
  const wanted = process.env.VVT_BENCH_DOCUMENT_SIZES?.split(',').map(Number).filter(Number.isFinite);
  return wanted?.length ? PLAN.filter((step) => wanted.includes(step.size)) : PLAN;
}

function summarise(figures: RunFigures[]): RunFigures {
  return {
    wallMs: median(figures.map((f) => f.wallMs)),
    cpuMs: median(figures.map((f) => f.cpuMs)),
    peakRss: Math.max(...figures.map((f) => f.peakRss)),
    pages: figures[0].pages,
    bytes: figures[0].bytes,
    stages: figures[0].stages,
  };
}

export const documentsSection: BenchSection = {
  name: 'documents',
  async run() {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npx electron-vite build\` first`);
    const singleMax = Number(process.env.VVT_BENCH_SINGLE_MAX ?? 1_000);
    const dir = mkdtempSync(join(tmpdir(), 'vvt-bench-pdf-'));
    const baseline = process.memoryUsage.rss();
    const rows: string[][] = [];
    const stageRows: string[][] = [];
    try {
      // Loads code and fonts in this process once (the workers start fresh for every document).
      await pooled(documentBenchRegister(20), dir);
      for (const { size, runs } of sizesToRun()) {
        const snapshot = documentBenchRegister(size);
        const printed = selectArt30Activities(snapshot.activities, 'authority', 'de').length;
        const pool: RunFigures[] = [];
        const single: RunFigures[] = [];
        for (let i = 0; i < runs; i++) {
          pool.push(await pooled(snapshot, dir));
          if (size <= singleMax) single.push(await singleWorker(snapshot));
        }
        const p = summarise(pool);
        const s = single.length ? summarise(single) : null;
        process.stderr.write(`documents: ${size} activities: pool ${seconds(p.wallMs)}${s ? `, single worker ${seconds(s.wallMs)}` : ''}\n`);
        const label = `${size.toLocaleString('en')} (${printed.toLocaleString('en')} printed)`;
        const st = p.stages;
        if (st) stageRows.push([label, seconds(st.start), seconds(st.sections), seconds(st.frontAndFurniture), seconds(st.join)]);
        rows.push([label, 'pool', String(runs), seconds(p.wallMs), seconds(p.cpuMs), mib(p.peakRss), p.pages.toLocaleString('en'), mib(p.bytes), s ? `${(s.wallMs / p.wallMs).toFixed(2)}×` : '—']);
        rows.push(
          s
            ? ['', 'single worker', String(runs), seconds(s.wallMs), seconds(s.cpuMs), mib(s.peakRss), s.pages.toLocaleString('en'), mib(s.bytes), '1.00×']
            : ['', 'single worker', '—', `skipped (> VVT_BENCH_SINGLE_MAX=${singleMax})`, '—', '—', '—', '—', '—'],
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    process.stdout.write(
      `\nController record (Art. 30(1)), authority variant, German. pool: ${poolSize()} workers (one per core, bounded), parts on disk,\n` +
        'joined by pdf-lib; single worker: the whole document in one worker. Wall and CPU time (all threads of the process) are\n' +
        'medians over the runs; peak RSS is the highest resident set sampled during any run of that size, for the whole process\n' +
        `including its worker threads (the bench process alone held ${Math.round(baseline / MIB)} MiB before). speed-up = single-worker wall / pool wall.\n\n`,
    );
    printTable(['activities', 'path', 'runs', 'wall', 'CPU', 'peak RSS', 'pages', 'PDF size', 'speed-up'], rows);
    process.stdout.write(
      '\nWhere the pool\'s wall time goes (first run): workers started and the definition built; the sections in parts\n' +
        '(the front laid out alongside); the front with its final TOC and the page furniture; the join.\n\n',
    );
    printTable(['activities', 'start', 'sections', 'front + furniture', 'join'], stageRows);
  },
};
