import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../../../domain/ipc/result';
import type { DocumentJobRequest } from '../document-job';
import { abortError } from '../document-job';
import { isFromPoolWorker, type FromPoolWorker, type PoolSummary, type PoolTask, type ToPoolWorker } from './pool-protocol';

/** A message of a running task (progress, laid out). */
export type TaskEvent = Extract<FromPoolWorker, { type: 'progress' | 'laidOut' }>;

/** The user-facing failure when a worker hits its heap limit (German and English via messageKey). */
export function documentOutOfMemoryError(limitMb: number): AppError {
  return new AppError('internal', `The document needs more memory than a document worker may use (${limitMb} MB); nothing was saved`, {
    reason: 'document_out_of_memory',
    messageKey: 'documentsUi.outOfMemory',
    limitMb,
  });
}

export function isOutOfMemory(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

interface Pending {
  id: number;
  task: PoolTask;
  onEvent: (event: TaskEvent) => void;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has built the definition of the loaded job. */
  isReady: boolean;
  current: Pending | null;
  warmedUp: () => void;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * A fixed set of document workers serving one job at a time (`load`, tasks, `unload`); tasks
 * queue until a worker that has the job's definition is free. The workers outlive a job, so a
 * pool kept between jobs (warm-pool.ts) starts the next one compiled and warm. The first failure
 * of any worker (an error in a task, running out of memory, an unexpected exit) fails the whole
 * pool for good: every worker is terminated and every pending task rejects with that failure.
 * So does `terminate()` (cancel), with an AbortError.
 */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private failure: unknown = null;
  private nextId = 1;
  private loaded: ReturnType<typeof deferred<PoolSummary>> | null = null;
  private warm: Promise<void> | null = null;
  private rejectFailed: (error: unknown) => void = () => {};
  /** Rejects with the pool's first failure. */
  private readonly failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));

  constructor(
    workerPath: string,
    size: number,
    private readonly resourceLimits: ResourceLimits,
  ) {
    this.failed.catch(() => {});
    this.slots = Array.from({ length: size }, () => this.start(workerPath));
  }

  get size(): number {
    return this.slots.length;
  }

  /** False once a worker has failed or the pool was terminated: it takes no more jobs. */
  get healthy(): boolean {
    return this.failure === null;
  }

  /** Every worker builds the job's definition; resolves with the summary of the first one done. */
  load(request: Pick<DocumentJobRequest, 'snapshot' | 'options'>): Promise<PoolSummary> {
    if (this.failure) return Promise.reject(this.failure);
    this.loaded = deferred<PoolSummary>();
    for (const slot of this.slots) {
      slot.isReady = false;
      slot.worker.postMessage({ type: 'init', request } satisfies ToPoolWorker);
    }
    return Promise.race([this.failed, this.loaded.promise]);
  }

  /** The job is over: the workers drop its definition and wait, warm, for the next one. */
  unload(): void {
    if (this.failure) return;
    this.loaded = null;
    for (const slot of this.slots) {
      slot.isReady = false;
      slot.worker.postMessage({ type: 'unload' } satisfies ToPoolWorker);
    }
  }

  /** Every worker drops the sections of the job's definition (after its queued tasks); the front and the furniture still render. */
  dropSections(): void {
    if (this.failure) return;
    for (const slot of this.slots) slot.worker.postMessage({ type: 'dropSections' } satisfies ToPoolWorker);
  }

  /** Every worker drops the job's definition (after its queued tasks); tasks that do not need it still run. */
  dropDocuments(): void {
    if (this.failure) return;
    for (const slot of this.slots) slot.worker.postMessage({ type: 'unload' } satisfies ToPoolWorker);
  }

  /** Every worker renders a sample record once (pool-worker.ts); resolves when all have. Once per pool. */
  warmUp(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.warm) {
      const done = this.slots.map((slot) => {
        const warmed = deferred<void>();
        slot.warmedUp = () => warmed.resolve();
        slot.worker.postMessage({ type: 'warmUp' } satisfies ToPoolWorker);
        return warmed.promise;
      });
      this.warm = Promise.all(done).then(() => undefined);
    }
    return Promise.race([this.failed, this.warm]);
  }

  /** Idle workers do not keep the process alive (a CLI run ends when its job is done). */
  setIdle(idle: boolean): void {
    for (const slot of this.slots) {
      if (idle) slot.worker.unref();
      else slot.worker.ref();
    }
  }

  run<T>(task: PoolTask, onEvent: (event: TaskEvent) => void = () => {}): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, onEvent, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; pending and running tasks reject with `reason` (default: cancelled). */
  async terminate(reason: unknown = abortError()): Promise<void> {
    this.fail(reason);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate().catch(() => 0)));
  }

  private start(workerPath: string): Slot {
    const worker = new Worker(workerPath, { resourceLimits: this.resourceLimits });
    const slot: Slot = { worker, isReady: false, current: null, warmedUp: () => {} };
    worker.on('message', (message: unknown) => {
      if (!isFromPoolWorker(message)) return;
      if (message.type === 'warmedUp') {
        slot.warmedUp();
        return;
      }
      if (message.type === 'ready') {
        slot.isReady = true;
        this.loaded?.resolve(message.summary);
        this.dispatch();
        return;
      }
      const current = slot.current;
      if (message.type === 'error') {
        const error = Object.assign(new Error(message.message), { name: message.name, stack: message.stack });
        this.fail(error);
        return;
      }
      if (!current || message.id !== current.id) return;
      if (message.type === 'result') {
        slot.current = null;
        current.resolve(message.result);
        this.dispatch();
      } else {
        current.onEvent(message);
      }
    });
    worker.on('error', (error) => {
      const limit = this.resourceLimits.maxOldGenerationSizeMb ?? 0;
      this.fail(isOutOfMemory(error) ? documentOutOfMemoryError(limit) : error);
    });
    worker.on('exit', (code) => {
      if (!this.failure) this.fail(new Error(`A document worker stopped unexpectedly (exit code ${code})`));
    });
    return slot;
  }

  private dispatch(): void {
    if (this.failure) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.current || !slot.isReady) continue;
      const next = this.queue.shift()!;
      slot.current = next;
      slot.worker.postMessage({ type: 'task', id: next.id, task: next.task } satisfies ToPoolWorker);
    }
  }

  private fail(error: unknown): void {
    if (this.failure) return;
    this.failure = error;
    this.rejectFailed(error);
    for (const slot of this.slots) {
      slot.current?.reject(error);
      slot.current = null;
      void slot.worker.terminate().catch(() => 0);
    }
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }
}
