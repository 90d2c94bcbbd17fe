import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOCUMENT_WORKER_LIMITS, DocumentJobs } from '../../backend/documents/document-jobs';
import { POOL_WORKER_LIMITS, poolSize, writePdfInParallel, type ParallelPdfOptions, type ParallelPdfResult } from '../../backend/documents/parallel/parallel-pdf';
import { WarmPool } from '../../backend/documents/parallel/warm-pool';
import { selectArt30Activities } from '../../domain/documents/art30';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { sampleRegister } from '../../domain/sample/sample-register';
import { printTable, type BenchSection } from './harness';

/**
 * `npm run bench documents`: the controller record (authority variant, German) for generated
 * registers (domain/sample/sample-register.ts) of 100, 1,000, 5,000 and 10,000 activities, produced
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
  { size: 1_000, runs: Number(process.env.VVT_BENCH_DOCUMENT_RUNS ?? 3) },
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

/** Runs `work` once; peak RSS is the process's own high-water mark (getrusage: every thread, workers included). */
async function measured(work: () => Promise<{ pages: number; bytes: number; stages?: ParallelPdfResult['stages'] }>): Promise<RunFigures> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { pages, bytes, stages } = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, peakRss: process.resourceUsage().maxRSS * 1024, pages, bytes, stages };
}

function pooled(snapshot: RegisterSnapshot, dir: string, options: Partial<ParallelPdfOptions> = {}): Promise<RunFigures> {
  const target = join(dir, 'pool.pdf');
  return measured(async () => {
    const result = await writePdfInParallel({ snapshot, options: OPTIONS }, target, { workerPath: WORKER, ...options });
    if (!result) throw new Error('cancelled');
    return result;
  });
}

/**
 * A job on a pool kept warm, as the app keeps it (warm-pool.ts): the workers were started and
 * rendered their sample record when the documents view opened; the warm-up is not timed.
 * The warm single worker is such a pool of one worker that renders the whole document.
 */
async function warmPooled(snapshot: RegisterSnapshot, dir: string, single: boolean): Promise<RunFigures> {
  const limits = single ? DOCUMENT_WORKER_LIMITS : POOL_WORKER_LIMITS;
  const warmPool = new WarmPool({ workerPath: WORKER, workers: single ? 1 : poolSize(limits), resourceLimits: limits });
  try {
    await warmPool.warmUp();
    return await pooled(snapshot, dir, { warmPool, resourceLimits: limits, ...(single ? { minRecords: Number.POSITIVE_INFINITY } : {}) });
  } finally {
    await warmPool.dispose();
  }
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

/** Set for a child process that measures one document (see measureInChild). */
const CHILD_ENV = 'VVT_BENCH_DOCUMENT_RUN';

type BenchPath = 'pool' | 'pool-warm' | 'single' | 'single-warm';

interface ChildRun {
  size: number;
  path: BenchPath;
}

/**
 * Every measurement runs in a fresh child process: memory a process once held is not given back
 * to the system, so a second document in the same process would be charged with the first one's
 * peak. The child warms up on a small register (code and fonts loaded, as in a running app), then
 * renders once and prints its figures as JSON.
 */
function measureInChild(run: ChildRun): RunFigures {
  const child = spawnSync(process.execPath, [process.argv[1]], {
    env: { ...process.env, [CHILD_ENV]: JSON.stringify(run) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`The bench child for ${run.size} activities (${run.path}) failed with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as RunFigures;
}

/** In a bench child: measures the document it was asked for; true when this process was one. */
export async function runDocumentChild(): Promise<boolean> {
  const asked = process.env[CHILD_ENV];
  if (!asked) return false;
  const run = JSON.parse(asked) as ChildRun;
  const dir = mkdtempSync(join(tmpdir(), 'vvt-bench-pdf-'));
  try {
    await pooled(sampleRegister(20), dir);
    const snapshot = sampleRegister(run.size);
    const figures =
      run.path === 'pool'
        ? await pooled(snapshot, dir)
        : run.path === 'pool-warm'
          ? await warmPooled(snapshot, dir, false)
          : run.path === 'single-warm'
            ? await warmPooled(snapshot, dir, true)
            : await singleWorker(snapshot);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return true;
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
    const rows: string[][] = [];
    const stageRows: string[][] = [];
    for (const { size, runs } of sizesToRun()) {
      const snapshot = sampleRegister(size);
      const printed = selectArt30Activities(snapshot.activities, 'authority', 'de').length;
      const paths: BenchPath[] = size <= singleMax ? ['pool', 'single', 'pool-warm', 'single-warm'] : ['pool', 'pool-warm'];
      const figures = new Map<BenchPath, RunFigures[]>(paths.map((path) => [path, []]));
      // Interleaved, so a slower minute of a shared machine does not fall on one path only.
      for (let i = 0; i < runs; i++) for (const path of paths) figures.get(path)!.push(measureInChild({ size, path }));
      const summary = new Map(paths.map((path) => [path, summarise(figures.get(path)!)]));
      const label = `${size.toLocaleString('en')} (${printed.toLocaleString('en')} printed)`;
      const st = summary.get('pool')!.stages;
      if (st) stageRows.push([label, 'cold', seconds(st.start), seconds(st.sections), seconds(st.frontAndFurniture), seconds(st.join)]);
      const sw = summary.get('pool-warm')!.stages;
      if (sw) stageRows.push(['', 'warm', seconds(sw.start), seconds(sw.sections), seconds(sw.frontAndFurniture), seconds(sw.join)]);
      const names: Record<BenchPath, string> = { pool: 'pool, cold', 'pool-warm': 'pool, warm', single: 'single worker, cold', 'single-warm': 'single worker, warm' };
      const reference: Record<BenchPath, BenchPath> = { pool: 'single', single: 'single', 'pool-warm': 'single-warm', 'single-warm': 'single-warm' };
      (['pool', 'single', 'pool-warm', 'single-warm'] as const).forEach((path, index) => {
        const f = summary.get(path);
        const first = index === 0 ? label : '';
        if (!f) {
          rows.push([first, names[path], '—', `skipped (> VVT_BENCH_SINGLE_MAX=${singleMax})`, '—', '—', '—', '—', '—']);
          return;
        }
        const ref = summary.get(reference[path]);
        rows.push([first, names[path], String(runs), seconds(f.wallMs), seconds(f.cpuMs), mib(f.peakRss), f.pages.toLocaleString('en'), mib(f.bytes), ref ? `${(ref.wallMs / f.wallMs).toFixed(2)}×` : '—']);
      });
      process.stderr.write(`documents: ${size} activities: ${paths.map((path) => `${names[path]} ${seconds(summary.get(path)!.wallMs)}`).join(', ')}\n`);
    }
    process.stdout.write(
      `\nController record (Art. 30(1)), authority variant, German. pool: ${poolSize()} workers (one per core, bounded), parts on disk,\n` +
        'joined by pdf-lib; single worker: the whole document in one worker. Wall and CPU time (all threads of the process) are\n' +
        'medians over the runs; every run in a fresh process that first renders a 20-activity register (code and fonts loaded).\n' +
        'cold: the job starts its workers (a CLI run; the app\'s first export when the documents view was not opened before);\n' +
        'warm: the workers were started and rendered a 120-activity sample record before the job, untimed, as the app does\n' +
        'when the documents view opens, and keeps them warm between exports (warm-pool.ts).\n' +
        'peak RSS is that process\'s high-water mark (getrusage maxRSS: all threads, the workers included, the warm-up too),\n' +
        'the highest over the runs. speed-up = single-worker wall / pool wall, cold to cold and warm to warm.\n\n',
    );
    printTable(['activities', 'path', 'runs', 'wall', 'CPU', 'peak RSS', 'pages', 'PDF size', 'speed-up'], rows);
    process.stdout.write(
      '\nWhere the pool\'s wall time goes (first run): workers started and the definition built; the sections in parts\n' +
        '(the front laid out alongside); the front with its final TOC and the page furniture; the join.\n\n',
    );
    printTable(['activities', 'pool', 'start', 'sections', 'front + furniture', 'join'], stageRows);
  },
};
