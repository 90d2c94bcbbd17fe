import { performance } from 'node:perf_hooks';
import { runDocumentJob } from '../../backend/documents/document-job';
import { selectArt30Activities } from '../../domain/documents/art30';
import { documentBenchRegister } from './document-register';
import { ms, printTable, type BenchSection } from './harness';

/**
 * `npm run bench documents`: time and peak memory to produce the controller record (authority
 * variant, German) for generated registers of 100, 1,000 and 5,000 activities. Runs the same
 * job core the document worker runs (in-process, so the sampling sees every progress step).
 * Median of 5 runs for 100 activities, of 3 for 1,000, a single run for 5,000; no warm-up
 * run is left out except the first, untimed 100-activity render that loads fonts and code.
 * Sizes can be narrowed with VVT_BENCH_DOCUMENT_SIZES=100,1000.
 */

const PLAN = [
  { size: 100, runs: 5 },
  { size: 1_000, runs: 3 },
  { size: 5_000, runs: 1 },
];

const MIB = 1024 * 1024;

interface RunFigures {
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  pages: number;
  bytes: number;
}

/** One render; RSS is sampled at every progress step (layout and render are synchronous) and every 20 ms. */
async function renderOnce(size: number): Promise<RunFigures> {
  const snapshot = documentBenchRegister(size);
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage.rss();
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  let pages = 0;
  const timer = setInterval(sample, 20);
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    const result = await runDocumentJob(
      { output: 'pdf', snapshot, options: { language: 'de', variant: 'authority', asOf: '2026-11-28' } },
      {
        progressIntervalMs: 0,
        progress: (event) => {
          sample();
          if (event.task === 'documents.render') pages = event.total;
        },
      },
    );
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    sample();
    return { wallMs, cpuMs: (used.user + used.system) / 1000, peakRss, pages, bytes: result.output === 'pdf' ? result.bytes.byteLength : 0 };
  } finally {
    clearInterval(timer);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function sizesToRun(): typeof PLAN {
  const wanted = process.env.VVT_BENCH_DOCUMENT_SIZES?.split(',').map(Number).filter(Number.isFinite);
  return wanted?.length ? PLAN.filter((step) => wanted.includes(step.size)) : PLAN;
}

export const documentsSection: BenchSection = {
  name: 'documents',
  async run() {
    await renderOnce(20); // loads pdfmake, fonts and code paths once, untimed
    const rows: string[][] = [];
    for (const { size, runs } of sizesToRun()) {
      const printed = selectArt30Activities(documentBenchRegister(size).activities, 'authority', 'de').length;
      const figures: RunFigures[] = [];
      for (let run = 0; run < runs; run++) figures.push(await renderOnce(size));
      const wall = median(figures.map((f) => f.wallMs));
      rows.push([
        `${size.toLocaleString('en')} (${printed.toLocaleString('en')} printed)`,
        String(runs),
        `${(wall / 1000).toFixed(2)} s`,
        `${(median(figures.map((f) => f.cpuMs)) / 1000).toFixed(2)} s`,
        `${ms(wall / printed)} ms`,
        `${Math.round(Math.max(...figures.map((f) => f.peakRss)) / MIB)} MiB`,
        String(figures[0].pages),
        `${(figures[0].bytes / MIB).toFixed(1)} MiB`,
      ]);
    }
    process.stdout.write(
      '\nController record (Art. 30(1)), authority variant, German: build + layout + render to PDF bytes.\n' +
        'Wall and CPU time are medians over the runs; peak RSS is the highest resident set sampled during any run\n' +
        `(process-wide, includes the ${Math.round(process.memoryUsage.rss() / MIB)} MiB the bench process holds anyway).\n\n`,
    );
    printTable(['activities', 'runs', 'wall (median)', 'CPU (median)', 'wall / activity', 'peak RSS', 'pages', 'PDF size'], rows);
  },
};
