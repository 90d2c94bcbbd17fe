import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentJobs } from '../../backend/documents/document-jobs';
import type { DocumentJobRequest } from '../../backend/documents/document-job';
import { POOL_WORKER_LIMITS, writePdfInParallel } from '../../backend/documents/parallel/parallel-pdf';
import { WarmPool } from '../../backend/documents/parallel/warm-pool';
import type { WorkerPool } from '../../backend/documents/parallel/worker-pool';
import { sampleRegister } from '../../domain/sample/sample-register';
import { extractPdfText } from '../support/pdf-text';
import { useTempDir } from '../support/temp-dir';

const BUILT_WORKER = join(__dirname, '../../out/main/documentWorker.js');
const built = existsSync(BUILT_WORKER);

const request = (size: number): Omit<DocumentJobRequest, 'output'> => ({
  snapshot: sampleRegister(size),
  options: { language: 'de', variant: 'authority', asOf: '2026-11-28' },
});

/** A warm pool of two workers and the WorkerPool it keeps (taken and given back once to learn it). */
async function warmedUp(): Promise<{ warmPool: WarmPool; pool: WorkerPool }> {
  const warmPool = new WarmPool({ workerPath: BUILT_WORKER, workers: 2, resourceLimits: POOL_WORKER_LIMITS });
  await warmPool.warmUp();
  const pool = warmPool.acquire();
  warmPool.release(pool);
  return { warmPool, pool };
}

const pageTexts = async (file: string) => (await extractPdfText(new Uint8Array(readFileSync(file)))).pages;

describe.skipIf(!built)('the document pool kept warm between jobs (built worker)', { timeout: 300_000 }, () => {
  const tempDir = useTempDir();

  it('warms up, then serves one job after another on the same workers, each with its own document', async () => {
    const dir = tempDir();
    const { warmPool, pool } = await warmedUp();
    try {
      const options = { workerPath: BUILT_WORKER, warmPool, sectionsPerChunk: 4, minRecords: 0, tempRoot: dir };
      const first = await writePdfInParallel(request(24), join(dir, 'first.pdf'), options);
      const second = await writePdfInParallel(request(12), join(dir, 'second.pdf'), options);
      // The same pool (workers) served both; each file is its own register, not the one loaded before.
      expect(warmPool.acquire()).toBe(pool);
      expect(first).toMatchObject({ workers: 2 });
      expect(second!.pages).toBeLessThan(first!.pages);
      for (const [file, size] of [['first.pdf', 24], ['second.pdf', 12]] as const) {
        const alone = join(dir, `alone-${size}.pdf`);
        await writePdfInParallel(request(size), alone, { workerPath: BUILT_WORKER, workers: 2, sectionsPerChunk: 4, minRecords: 0, tempRoot: dir });
        expect(await pageTexts(join(dir, file))).toEqual(await pageTexts(alone));
      }
    } finally {
      await warmPool.dispose();
    }
  });

  it('drops a cancelled pool: the next job starts new workers and succeeds', async () => {
    const dir = tempDir();
    const { warmPool, pool: before } = await warmedUp();
    try {
      const controller = new AbortController();
      const cancelled = writePdfInParallel(request(24), join(dir, 'cancelled.pdf'), {
        workerPath: BUILT_WORKER,
        warmPool,
        minRecords: 0,
        sectionsPerChunk: 2,
        tempRoot: dir,
        signal: controller.signal,
        progress: () => controller.abort(),
      });
      expect(await cancelled).toBeNull();
      expect(before.healthy).toBe(false);
      const after = await writePdfInParallel(request(12), join(dir, 'after.pdf'), { workerPath: BUILT_WORKER, warmPool, tempRoot: dir });
      expect(after!.pages).toBeGreaterThan(0);
      const now = warmPool.acquire();
      expect(now).not.toBe(before);
      expect(now.healthy).toBe(true);
      warmPool.release(now);
    } finally {
      await warmPool.dispose();
    }
  });

  it('refuses a second job while the pool is in use, leaving no parts folder', async () => {
    const dir = tempDir();
    const warmPool = new WarmPool({ workerPath: BUILT_WORKER, workers: 1, resourceLimits: POOL_WORKER_LIMITS });
    const busy = warmPool.acquire();
    try {
      await expect(writePdfInParallel(request(12), join(dir, 'second.pdf'), { workerPath: BUILT_WORKER, warmPool, tempRoot: dir })).rejects.toThrow(/in use/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      warmPool.release(busy);
      await warmPool.dispose();
    }
  });

  it('stops idle workers after the idle time', async () => {
    const warmPool = new WarmPool({ workerPath: BUILT_WORKER, workers: 1, resourceLimits: POOL_WORKER_LIMITS, idleMs: 50 });
    const pool = warmPool.acquire();
    warmPool.release(pool);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pool.healthy).toBe(false);
    const next = warmPool.acquire();
    expect(next).not.toBe(pool);
    warmPool.release(next);
    await warmPool.dispose();
  });

  it('DocumentJobs warms its pool on request and writes with it', async () => {
    const dir = tempDir();
    const jobs = new DocumentJobs({ workerPath: BUILT_WORKER });
    try {
      await jobs.warmUp();
      const written = await jobs.writePdf(request(12), join(dir, 'record.pdf'));
      expect(written!.pages).toBe((await pageTexts(join(dir, 'record.pdf'))).length);
    } finally {
      await jobs.dispose();
    }
  });
});
