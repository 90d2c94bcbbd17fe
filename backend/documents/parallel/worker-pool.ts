import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../../../domain/ipc/result';
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
  ready: Promise<PoolSummary>;
  isReady: boolean;
  current: Pending | null;
}

/**
 * A fixed set of document workers; tasks queue until a worker is free. The first failure of any
 * worker (an error in a task, running out of memory, an unexpected exit) fails the whole pool:
 * every worker is terminated and every pending task rejects with that failure. So does
 * `terminate()` (cancel), with an AbortError.
 */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private failure: unknown = null;
  private nextId = 1;
  private rejectFailed: (error: unknown) => void = () => {};
  /** Rejects with the pool's first failure. */
  private readonly failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));

  constructor(
    workerPath: string,
    size: number,
    init: Extract<ToPoolWorker, { type: 'init' }>,
    private readonly resourceLimits: ResourceLimits,
  ) {
    this.failed.catch(() => {});
    this.slots = Array.from({ length: size }, () => this.start(workerPath, init));
  }

  get size(): number {
    return this.slots.length;
  }

  /** The summary of the worker that has built the definition first. */
  summary(): Promise<PoolSummary> {
    return Promise.race([this.failed, ...this.slots.map((slot) => slot.ready)]);
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

  private start(workerPath: string, init: Extract<ToPoolWorker, { type: 'init' }>): Slot {
    const worker = new Worker(workerPath, { resourceLimits: this.resourceLimits });
    let markReady: (summary: PoolSummary) => void = () => {};
    const ready = new Promise<PoolSummary>((resolve) => (markReady = resolve));
    const slot: Slot = { worker, ready, isReady: false, current: null };
    worker.on('message', (message: unknown) => {
      if (!isFromPoolWorker(message)) return;
      if (message.type === 'ready') {
        slot.isReady = true;
        markReady(message.summary);
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
    worker.postMessage(init);
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
