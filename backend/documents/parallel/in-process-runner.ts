import type { DocumentJobRequest } from '../document-job';
import type { PartRunner } from './parallel-pdf';
import type { PoolSummary, PoolTask } from './pool-protocol';
import { PoolWorkerState } from './pool-worker';
import type { TaskEvent } from './worker-pool';

/**
 * The pool's tasks run one after another in this thread, through the same worker-side code
 * (pool-worker.ts): the chunked pipeline without worker threads, for tests and for checking a
 * definition's parts against the single rendering.
 */
export async function inProcessRunner(request: Pick<DocumentJobRequest, 'snapshot' | 'options'>): Promise<{ runner: PartRunner; summary: PoolSummary }> {
  let summary: PoolSummary | null = null;
  const running = new Map<number, { onEvent: (event: TaskEvent) => void; resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const state = new PoolWorkerState((message) => {
    if (message.type === 'ready') {
      summary = message.summary;
      return;
    }
    if (message.type === 'warmedUp') return;
    const task = message.id === null ? undefined : running.get(message.id);
    if (!task) return;
    if (message.type === 'result') task.resolve(message.result);
    else if (message.type === 'error') task.reject(Object.assign(new Error(message.message), { name: message.name }));
    else task.onEvent(message);
  });
  await state.handle({ type: 'init', request });
  if (!summary) throw new Error('The document could not be prepared');
  let nextId = 1;
  // One task at a time, like one worker.
  let queue: Promise<unknown> = Promise.resolve();
  const runner: PartRunner = {
    size: 1,
    run<T>(task: PoolTask, onEvent: (event: TaskEvent) => void = () => {}): Promise<T> {
      const id = nextId++;
      const result = new Promise<T>((resolve, reject) => {
        running.set(id, { onEvent, resolve: resolve as (value: unknown) => void, reject });
      }).finally(() => running.delete(id));
      queue = queue.then(() => state.handle({ type: 'task', id, task })).then(() => result.catch(() => {}));
      return result;
    },
    dropSections() {
      queue = queue.then(() => state.handle({ type: 'dropSections' }));
    },
    dropDocuments() {
      queue = queue.then(() => state.handle({ type: 'unload' }));
    },
  };
  return { runner, summary };
}
