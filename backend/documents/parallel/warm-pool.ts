import type { ResourceLimits } from 'node:worker_threads';
import { WorkerPool } from './worker-pool';

export interface WarmPoolOptions {
  workerPath: string;
  workers: number;
  resourceLimits: ResourceLimits;
  /** An idle pool is stopped after this long (its memory given back). Default IDLE_MS. */
  idleMs?: number;
}

/** Three minutes: long enough for choosing the options of an export, short for idle memory. */
export const IDLE_MS = 3 * 60_000;

/**
 * Keeps the document pool between jobs, so a job finds its workers started, compiled and warm
 * (a cold worker spends about as much CPU on its first record as on the record itself). The
 * documents view asks for a warm-up when it opens (`warmUp`); jobs take the pool (`acquire`)
 * and give it back (`release`). A pool that failed or was cancelled is dropped, and the next
 * job starts a new one; an idle pool is stopped after `idleMs`.
 */
export class WarmPool {
  private pool: WorkerPool | null = null;
  private inUse = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: WarmPoolOptions) {}

  /** Starts the workers if needed and warms them up; a no-op while a job runs. Resolves when warm. */
  async warmUp(): Promise<void> {
    if (this.inUse) return;
    const pool = this.current();
    // Kept alive while it warms up (someone waits for it), idle after.
    pool.setIdle(false);
    this.stopWhenIdle();
    try {
      await pool.warmUp();
    } catch {
      // Stopped (idle, a job's cancel) or failed: the next job starts a new pool and reports its own errors.
    }
    if (!this.inUse && pool === this.pool) pool.setIdle(true);
  }

  /** The pool for a job: the kept one when it is healthy, else a new one. One job at a time. */
  acquire(): WorkerPool {
    if (this.inUse) throw new Error('The document pool is already in use');
    this.clearIdleTimer();
    const pool = this.current();
    this.inUse = true;
    pool.setIdle(false);
    return pool;
  }

  /** The job is over: a healthy pool is kept (unloaded, idle), a failed or cancelled one dropped. */
  release(pool: WorkerPool): void {
    if (pool !== this.pool) {
      void pool.terminate();
      return;
    }
    this.inUse = false;
    if (!pool.healthy) {
      this.pool = null;
      return;
    }
    pool.unload();
    pool.setIdle(true);
    this.stopWhenIdle();
  }

  /** Stops the workers (app quit, tests). */
  async dispose(): Promise<void> {
    this.clearIdleTimer();
    const pool = this.pool;
    this.pool = null;
    this.inUse = false;
    await pool?.terminate();
  }

  private current(): WorkerPool {
    if (!this.pool || !this.pool.healthy) {
      this.pool = new WorkerPool(this.options.workerPath, this.options.workers, this.options.resourceLimits);
    }
    return this.pool;
  }

  private stopWhenIdle(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.inUse) void this.dispose();
    }, this.options.idleMs ?? IDLE_MS);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
