import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../../domain/ipc/result';
import type { ProgressEvent } from '../../domain/ipc/events';
import { writeFileAtomic } from '../app/atomic-write';
import { isAbortError, runDocumentJob, type DocumentJobRequest, type DocumentJobResult } from './document-job';
import { POOL_WORKER_LIMITS, poolSize, writePdfInParallel, type ParallelPdfOptions } from './parallel/parallel-pdf';
import { WarmPool } from './parallel/warm-pool';
import { documentOutOfMemoryError, isOutOfMemory } from './parallel/worker-pool';
import { isFromWorker, type ToWorker } from './worker/protocol';

export interface DocumentJobsOptions {
  /**
   * The built worker entry (out/main/documentWorker.js). Set: every job runs in a fresh worker
   * thread, off the main loop. Unset: in-process (unit tests, CLI).
   */
  workerPath?: string;
  /** Where progress events go (Electron forwards them to the renderer). */
  progress?: (event: ProgressEvent) => void;
  /** V8 limits of the worker; defaults: DOCUMENT_WORKER_LIMITS. */
  resourceLimits?: ResourceLimits;
  /** PDFs written to a file (writePdf) use the worker pool; its settings (default: parallel-pdf.ts). */
  pool?: Pick<ParallelPdfOptions, 'workers' | 'sectionsPerChunk' | 'resourceLimits' | 'tempRoot' | 'minRecords'>;
  /** How long the kept pool may sit idle before its workers stop (default warm-pool.ts IDLE_MS). */
  poolIdleMs?: number;
}

/** A PDF written to disk: its size and page count (0 when the in-process path does not count). */
export interface WrittenPdf {
  bytes: number;
  pages: number;
}

/**
 * Heap limits of the document worker. Old generation: a 5,000-activity record peaks at about
 * 1.7 GB of heap; the cap keeps a runaway job from taking the app with it (the worker ends
 * with ERR_WORKER_OUT_OF_MEMORY and the job fails). All isolates of Electron's main process
 * share one 4 GB pointer-compression cage: 2.5 GB leaves the main process room, so the worker
 * reaches its own limit before the cage is full (which would end the whole app). Young generation: pdfmake allocates short-lived objects per word;
 * a larger nursery means fewer scavenges (see scripts/bench/documents.ts).
 */
export const DOCUMENT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2560, maxYoungGenerationSizeMb: 64 };

interface RunningJob {
  cancel(): void;
}

/** Thrown when a second job starts while one is running. */
export function documentBusyError(): AppError {
  return new AppError('conflict', 'A document is already being generated; wait for it or cancel it', {
    reason: 'document_busy',
    messageKey: 'documentsUi.busy',
  });
}

/**
 * Runs document jobs one at a time. `run` resolves to the result, or to null when the job was
 * cancelled; a failure in the job rejects. `cancel` stops the running job: a worker is
 * terminated at once; an in-process job stops at its next progress point.
 */
export class DocumentJobs {
  private current: RunningJob | null = null;
  /** The PDF pool kept between jobs (with a worker path): warm workers for the next export. */
  private readonly warmPool: WarmPool | null;

  constructor(private readonly options: DocumentJobsOptions = {}) {
    const limits = options.pool?.resourceLimits ?? POOL_WORKER_LIMITS;
    this.warmPool = options.workerPath
      ? new WarmPool({ workerPath: options.workerPath, workers: options.pool?.workers ?? poolSize(limits), resourceLimits: limits, idleMs: options.poolIdleMs })
      : null;
  }

  /**
   * Starts the PDF workers and lets each render a sample record, so the next export runs on
   * compiled, warm code (the documents view asks when it opens). Nothing happens while a job runs
   * or without worker threads. Resolves when the workers are warm.
   */
  warmUp(): Promise<void> {
    if (this.current || !this.warmPool) return Promise.resolve();
    return this.warmPool.warmUp();
  }

  /** Stops the kept workers (tests; the app's workers end with its process). */
  dispose(): Promise<void> {
    return this.warmPool?.dispose() ?? Promise.resolve();
  }

  get busy(): boolean {
    return this.current !== null;
  }

  async run(request: DocumentJobRequest): Promise<DocumentJobResult | null> {
    if (this.current) throw documentBusyError();
    const running = this.options.workerPath ? this.inWorker(this.options.workerPath, request) : this.inProcess(request);
    this.current = running.job;
    try {
      return await running.result;
    } finally {
      this.current = null;
    }
  }

  /**
   * Writes the PDF of `request` to `path`: with a worker path on the worker pool (all cores,
   * parts on disk, parallel/parallel-pdf.ts), else in-process. The file appears complete or not
   * at all. Resolves to null when cancelled; a worker out of memory rejects with
   * `documentsUi.outOfMemory`.
   */
  async writePdf(request: Omit<DocumentJobRequest, 'output'>, path: string): Promise<WrittenPdf | null> {
    if (this.current) throw documentBusyError();
    const workerPath = this.options.workerPath;
    if (!workerPath) {
      const result = await this.run({ ...request, output: 'pdf' });
      if (!result || result.output !== 'pdf') return null;
      writeFileAtomic(path, result.bytes);
      return { bytes: result.bytes.byteLength, pages: 0 };
    }
    const controller = new AbortController();
    this.current = { cancel: () => controller.abort() };
    try {
      const written = await writePdfInParallel(request, path, {
        ...this.options.pool,
        workerPath,
        warmPool: this.warmPool ?? undefined,
        signal: controller.signal,
        progress: (event) => this.report(event),
      });
      return written && { bytes: written.bytes, pages: written.pages };
    } finally {
      this.current = null;
    }
  }

  /** True when a job was running and has been told to stop. */
  cancel(): boolean {
    if (!this.current) return false;
    this.current.cancel();
    return true;
  }

  private report(event: ProgressEvent): void {
    try {
      this.options.progress?.(event);
    } catch (error) {
      console.error('[documents] progress listener failed', error);
    }
  }

  private inProcess(request: DocumentJobRequest): { job: RunningJob; result: Promise<DocumentJobResult | null> } {
    const controller = new AbortController();
    // Started on the next microtask, so the job is registered (and cancellable) before its first progress event.
    const result = Promise.resolve()
      .then(() => runDocumentJob(request, { progress: (event) => this.report(event), signal: controller.signal }))
      .catch((error: unknown) => {
        if (isAbortError(error)) return null;
        throw error;
      });
    return { job: { cancel: () => controller.abort() }, result };
  }

  private inWorker(workerPath: string, request: DocumentJobRequest): { job: RunningJob; result: Promise<DocumentJobResult | null> } {
    const worker = new Worker(workerPath, { resourceLimits: this.options.resourceLimits ?? DOCUMENT_WORKER_LIMITS });
    let cancelled = false;
    const result = new Promise<DocumentJobResult | null>((resolve, reject) => {
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        finish();
        void worker.terminate();
      };
      worker.on('message', (message: unknown) => {
        if (!isFromWorker(message)) return;
        if (message.type === 'progress') {
          if (!cancelled) this.report(message.event);
        } else if (message.type === 'done') {
          settle(() => resolve(cancelled ? null : message.result));
        } else {
          const error = Object.assign(new Error(message.message), { name: message.name, stack: message.stack });
          settle(() => (cancelled || isAbortError(error) ? resolve(null) : reject(error)));
        }
      });
      worker.on('error', (error) => {
        const limit = (this.options.resourceLimits ?? DOCUMENT_WORKER_LIMITS).maxOldGenerationSizeMb ?? 0;
        settle(() => (cancelled ? resolve(null) : reject(isOutOfMemory(error) ? documentOutOfMemoryError(limit) : error)));
      });
      worker.on('exit', (code) =>
        settle(() => (cancelled ? resolve(null) : reject(new Error(`The document worker stopped unexpectedly (exit code ${code})`)))),
      );
    });
    worker.postMessage({ type: 'run', request } satisfies ToWorker);
    return {
      job: {
        cancel: () => {
          cancelled = true;
          void worker.terminate();
        },
      },
      result,
    };
  }
}
