import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { DOCUMENT_PROGRESS_TASKS } from '../../../domain/ipc/channels/documents';
import type { ProgressEvent } from '../../../domain/ipc/events';
import { isAbortError, type DocumentJobRequest } from '../document-job';
import { chunkRanges } from './chunk-plan';
import type { BodyPartResult, PartResult, TocEntry } from './chunk-render';
import type { JoinResult } from './pdf-join';
import type { PoolTask } from './pool-protocol';
import { partialTarget, partsFolderPrefix, removeStaleLeftovers } from './stale-parts';
import { WarmPool } from './warm-pool';
import type { TaskEvent, WorkerPool } from './worker-pool';

/**
 * The PDF of a large register on all cores, in bounded memory:
 * 1. every worker of the pool builds the definition (pure, so all get the same) and the
 *    sections are rendered in parts of `sectionsPerChunk`, each part to a file in a temp folder;
 * 2. the front part (cover sheet, TOC) is laid out (not rendered) while the sections are
 *    rendered, to learn its page count; with the page count of every part known, the front is
 *    rendered with the final TOC page numbers, side by side with the header/footer pages
 *    ("Seite x von y");
 * 3. one worker joins the parts into the target file (pdf-join.ts: streamed, outline and named
 *    destinations rebuilt), which is renamed into place only when complete.
 * The temp folder and any half-written target are removed on success, failure and cancel.
 * Definitions that cannot be split (chunk-plan.ts) and small ones go the single-worker way
 * (one pool task), with the same file handling.
 */

export interface ParallelPdfOptions {
  /** The built document worker (out/main/documentWorker.js). */
  workerPath: string;
  /** Workers in the pool; default: one per core, bounded by memory (poolSize()). Ignored with `warmPool`. */
  workers?: number;
  /** The pool kept between jobs (warm-pool.ts); without it the job starts its own workers and stops them after. */
  warmPool?: WarmPool;
  /** Sections per part; default: chosen from the size (sectionsPerChunk()). */
  sectionsPerChunk?: number;
  /** V8 limits of each pool worker; default POOL_WORKER_LIMITS. */
  resourceLimits?: ResourceLimits;
  /** Parent of the temp folder of the parts; default os.tmpdir(). */
  tempRoot?: string;
  progress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** Minimum time between two progress events of a task (first and last always go). Default 100 ms. */
  progressIntervalMs?: number;
  /**
   * Registers with fewer records (activities plus processor records) than this go to one worker
   * as a whole: below it, starting more workers costs more than it saves. Default MIN_RECORDS_FOR_PARTS.
   */
  minRecords?: number;
}

export interface ParallelPdfResult {
  pages: number;
  bytes: number;
  /** Parts rendered (1 when the single-worker path was taken). */
  parts: number;
  workers: number;
  /** Wall time (ms) of each stage: where a large document's time goes (printed by the bench). */
  stages: { start: number; sections: number; frontAndFurniture: number; join: number };
}

/**
 * Heap limits of a pool worker. A worker holds the definition (its sections packed outside the
 * heap, ≈ 5 MB per 1,000 activities) and one part (≈ 1 MB per section while laid out): 768 MB
 * leaves room for parts of 100 sections next to the definition of a 10,000-activity register. The young generation is twice
 * V8's usual size: pdfmake allocates a great many short-lived objects per word; with 32 MB the
 * pool spent 3–5 s more CPU on a 1,000-activity record (scripts/bench/documents.ts). A runaway
 * part ends that worker with ERR_WORKER_OUT_OF_MEMORY and the job with a message saying so.
 */
export const POOL_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 };

/**
 * All isolates of an Electron process share one 4 GB pointer-compression cage: the pool's
 * heaps together stay below 3 GB, leaving the rest to the main process.
 */
const POOL_HEAP_BUDGET_MB = 3_072;

/** Below this many parts the single-worker path is as fast and simpler. */
const MIN_PARTS = 2;

/**
 * Every worker pays for starting (loading pdfmake and the fonts, warming up the JIT) and every
 * part for its own fonts; for a small register that is more than the second core gains
 * (see the bench, scripts/bench/documents.ts).
 */
export const MIN_RECORDS_FOR_PARTS = 200;

/** One worker per core, at most 8, within the heap budget and a quarter of the machine's memory. */
export function poolSize(limits: ResourceLimits = POOL_WORKER_LIMITS): number {
  const perWorkerMb = (limits.maxOldGenerationSizeMb ?? 768) + (limits.maxYoungGenerationSizeMb ?? 32);
  const byBudget = Math.floor(POOL_HEAP_BUDGET_MB / perWorkerMb);
  const byMemory = Math.floor(totalmem() / 4 / (perWorkerMb * 1024 * 1024));
  return Math.max(1, Math.min(availableParallelism(), 8, byBudget, byMemory));
}

/** Enough parts for every worker to get about four (balance on a busy machine), at most 100 sections each (memory). */
export function sectionsPerChunk(sections: number, workers: number): number {
  return Math.max(10, Math.min(100, Math.ceil(sections / (workers * 4))));
}

/** Sends throttled, monotonic progress in the order measure → layout → render. */
export class ProgressMerger {
  private lastTask: string | null = null;
  private lastDone = -1;
  private lastTotal = 0;
  private lastSent = 0;

  constructor(
    private readonly send: ((event: ProgressEvent) => void) | undefined,
    private readonly intervalMs: number,
  ) {}

  report(task: string, done: number, total: number): void {
    if (!this.send) return;
    const order = [DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout, DOCUMENT_PROGRESS_TASKS.render] as string[];
    if (this.lastTask && order.indexOf(task) < order.indexOf(this.lastTask)) return;
    if (task !== this.lastTask) {
      // A task ends at its total before the next one starts.
      if (this.lastTask && this.lastDone < this.lastTotal) this.emit(this.lastTask, this.lastTotal, this.lastTotal);
      this.lastTask = task;
      this.lastDone = -1;
      if (done > 0) this.emit(task, 0, total);
    }
    this.lastTotal = total;
    if (done <= this.lastDone) return;
    const now = Date.now();
    const edge = this.lastDone < 0 || done >= total;
    this.lastDone = done;
    if (!edge && now - this.lastSent < this.intervalMs) return;
    this.emit(task, done, total);
  }

  private emit(task: string, done: number, total: number): void {
    this.lastSent = Date.now();
    try {
      this.send?.({ task, done, total });
    } catch (error) {
      console.error('[documents] progress listener failed', error);
    }
  }
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export async function writePdfInParallel(
  request: Pick<DocumentJobRequest, 'snapshot' | 'options'>,
  destination: string,
  options: ParallelPdfOptions,
): Promise<ParallelPdfResult | null> {
  if (options.signal?.aborted) return null;
  const limits = options.resourceLimits ?? POOL_WORKER_LIMITS;
  const records = request.snapshot.activities.length + request.snapshot.processorRecords.length;
  const small = records < (options.minRecords ?? MIN_RECORDS_FOR_PARTS);
  mkdirSync(dirname(destination), { recursive: true });
  const tempRoot = options.tempRoot ?? tmpdir();
  removeStaleLeftovers(tempRoot, destination);
  const temp = mkdtempSync(join(tempRoot, partsFolderPrefix()));
  const partial = partialTarget(destination);
  const progress = new ProgressMerger(options.progress, options.progressIntervalMs ?? 100);
  const started = performance.now();
  const keeper = options.warmPool ?? new WarmPool({ workerPath: options.workerPath, workers: small ? 1 : Math.max(1, options.workers ?? poolSize(limits)), resourceLimits: limits });
  let pool: WorkerPool;
  try {
    pool = keeper.acquire();
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const onAbort = () => void pool.terminate();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const summary = await pool.load(request);
    const ready = performance.now() - started;
    const workers = small ? 1 : pool.size;
    const perChunk = summary.chunkable ? (options.sectionsPerChunk ?? sectionsPerChunk(summary.sections, workers)) : 0;
    const ranges = summary.chunkable ? chunkRanges(summary.sections, perChunk) : [];
    let result: ParallelPdfResult;
    if (small || !summary.chunkable || ranges.length < MIN_PARTS) {
      const single = await pool.run<{ pages: number; bytes: number }>({ kind: 'single', file: partial }, (event) => {
        if (event.type !== 'progress' || event.phase === 'join') return;
        progress.report(DOCUMENT_PROGRESS_TASKS[event.phase], event.done, event.total);
      });
      result = { ...single, parts: 1, workers: 1, stages: { start: ready, sections: performance.now() - started - ready, frontAndFurniture: 0, join: 0 } };
    } else {
      result = await renderInParts(pool, ranges, summary, temp, partial, progress);
      result.stages.start = ready;
    }
    renameSync(partial, destination);
    return result;
  } catch (error) {
    // A failed job may leave a worker mid-task: the pool is not reused.
    await pool.terminate(error);
    if (isAbortError(error) || options.signal?.aborted) return null;
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (options.warmPool) keeper.release(pool);
    else await keeper.dispose();
    rmSync(partial, { force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}

/** What renderInParts needs of a pool: the worker pool, or in-process-runner.ts in tests. */
export interface PartRunner {
  readonly size: number;
  run<T>(task: PoolTask, onEvent?: (event: TaskEvent) => void): Promise<T>;
  /** Every worker drops the definition's sections; the front and the furniture still render. */
  dropSections(): void;
  /** Every worker drops the job's definition; tasks that do not need it (the join) still run. */
  dropDocuments(): void;
}

/**
 * Header/footer pages with the final "Seite x von y", in parts of at most 1,000 pages: a part's
 * layout stays small, and with two parts per worker the workers share the tail.
 */
async function renderFurniture(pool: PartRunner, total: number, temp: string): Promise<string[]> {
  const per = Math.min(1_000, Math.ceil(total / (pool.size * 2)));
  const files: string[] = [];
  const jobs: Array<Promise<PartResult>> = [];
  for (let first = 1, index = 0; first <= total; first += per, index++) {
    const file = join(temp, `furniture-${total}-${index}.pdf`);
    files.push(file);
    jobs.push(pool.run<PartResult>({ kind: 'furniture', firstPage: first, count: Math.min(per, total - first + 1), total, file }));
  }
  await Promise.all(jobs);
  return files;
}

export async function renderInParts(
  pool: PartRunner,
  ranges: Array<{ first: number; end: number }>,
  summary: { sections: number; front: boolean; furniture: boolean },
  temp: string,
  output: string,
  progress: Pick<ProgressMerger, 'report'>,
): Promise<ParallelPdfResult> {
  const sections = summary.sections;
  const measured = new Map<number, number>();
  const laidOut = new Map<number, number>();
  const reportSections = () => {
    const m = sum(measured.values());
    if (m < sections) progress.report(DOCUMENT_PROGRESS_TASKS.measure, m, sections);
    else progress.report(DOCUMENT_PROGRESS_TASKS.layout, Math.min(sum(laidOut.values()), sections - 1), sections);
  };
  progress.report(DOCUMENT_PROGRESS_TASKS.measure, 0, sections);
  const clock = performance.now();
  const lap = () => performance.now() - clock;

  // The front's page count, queued first: its layout grows with the TOC (≈ 5 s of 10,000 entries),
  // and queued last it ran alone while the other workers waited for it.
  const frontCounted = summary.front ? pool.run<PartResult>({ kind: 'frontPages' }) : Promise.resolve({ pages: 0 });

  // 1. The sections, in parts. A part's own progress counts its sections (the first one is
  // not instrumented, see chunk-render.ts), so it is scaled to the part's size.
  const bodiesDone = Promise.all(
    ranges.map((range, index) =>
      pool
        .run<BodyPartResult>({ kind: 'body', ...range, file: join(temp, `body-${index}.pdf`) }, (event: TaskEvent) => {
          if (event.type !== 'progress' || event.total <= 0) return;
          const size = range.end - range.first;
          const scaled = Math.min(size, Math.round((event.done / event.total) * size));
          if (event.phase === 'measure') measured.set(index, scaled);
          else if (event.phase === 'layout') {
            measured.set(index, size);
            laidOut.set(index, scaled);
          } else return;
          reportSections();
        })
        .then((body) => {
          measured.set(index, range.end - range.first);
          laidOut.set(index, range.end - range.first);
          reportSections();
          return body;
        }),
    ),
  );
  void bodiesDone.then(() => {
    progress.report(DOCUMENT_PROGRESS_TASKS.measure, sections, sections);
    progress.report(DOCUMENT_PROGRESS_TASKS.layout, sections, sections);
  }, () => undefined);

  // 2. Page numbers: TOC entries get their page within all body pages; the front adds its own.
  // The front's page count does not depend on those numbers: it was learnt while the bodies ran.
  const [bodies, counted] = await Promise.all([bodiesDone, frontCounted]);
  const sectionsDone = lap();
  // Memory for the front and the furniture (a large TOC takes hundreds of MB to lay out).
  pool.dropSections();
  const entries: TocEntry[] = [];
  let bodyPages = 0;
  for (const body of bodies) {
    for (const entry of body.tocEntries) entries.push({ ...entry, page: entry.page + bodyPages });
    bodyPages += body.pages;
  }
  progress.report(DOCUMENT_PROGRESS_TASKS.render, 0, counted.pages + bodyPages);

  // The front with its final TOC and the header/footer pages, side by side.
  const frontFile = join(temp, 'front.pdf');
  const frontDone = summary.front ? pool.run<PartResult>({ kind: 'front', entries, file: frontFile }) : Promise.resolve({ pages: 0 });
  const furnitureDone = summary.furniture ? renderFurniture(pool, counted.pages + bodyPages, temp) : Promise.resolve<string[]>([]);
  const [front, furnitureAsCounted] = await Promise.all([frontDone, furnitureDone]);
  const total = front.pages + bodyPages;
  // Not expected (the TOC's numbers are laid out in a fixed width), but the furniture must count the real pages.
  const furnitureFiles = front.pages === counted.pages || !summary.furniture ? furnitureAsCounted : await renderFurniture(pool, total, temp);

  const frontAndFurnitureDone = lap();
  // 3. One file. The definitions are no longer needed: dropped before the join, which holds a
  // part at a time and the file's index (a 10,000-activity definition is ≈ 120 MB per worker).
  pool.dropDocuments();
  const parts = [...(summary.front ? [frontFile] : []), ...ranges.map((_, index) => join(temp, `body-${index}.pdf`))];
  const joined = await pool.run<JoinResult>({ kind: 'join', parts, furniture: furnitureFiles, output }, (event) => {
    if (event.type === 'progress') progress.report(DOCUMENT_PROGRESS_TASKS.render, Math.min(event.done, total - 1), total);
  });
  if (joined.pages !== total) throw new Error(`The joined document has ${joined.pages} pages instead of ${total}`);
  progress.report(DOCUMENT_PROGRESS_TASKS.render, total, total);
  const stages = { start: 0, sections: sectionsDone, frontAndFurniture: frontAndFurnitureDone - sectionsDone, join: lap() - frontAndFurnitureDone };
  return { pages: joined.pages, bytes: joined.bytes, parts: parts.length, workers: pool.size, stages };
}
