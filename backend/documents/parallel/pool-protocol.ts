import type { DocumentJobRequest } from '../document-job';
import type { TocEntry } from './chunk-render';

/**
 * Messages between the main thread and the workers of the document pool (parallel-pdf.ts,
 * warm-pool.ts). A worker serves one document after another and handles its messages in order.
 * main → worker: `warmUp` (render a sample record once, so the code is compiled and optimised
 * before a real job), `init` (build a job's definition), then that job's `task`s one at a time,
 * `dropSections` once the body parts are rendered, and `unload` when the job is over (the definition is dropped, the warm worker kept).
 * worker → main: `warmedUp`, `ready` per init, then per task any number of `progress` and one
 * `result` or `error`. Parts are files; only page counts and TOC entries travel as messages.
 */

export type PoolTask =
  | { kind: 'body'; first: number; end: number; file: string }
  | { kind: 'front'; entries: TocEntry[]; file: string }
  /** The front laid out (not rendered) with the TOC's page numbers still unknown, only to learn its page count. */
  | { kind: 'frontPages' }
  | { kind: 'furniture'; firstPage: number; count: number; total: number; file: string }
  | { kind: 'join'; parts: string[]; furniture: string[]; output: string }
  /** The whole document the single-worker way, written to `file` (definitions that cannot be split). */
  | { kind: 'single'; file: string };

export type PoolPhase = 'measure' | 'layout' | 'render' | 'join';

export type PoolSummary =
  | { chunkable: true; sections: number; front: boolean; furniture: boolean }
  | { chunkable: false; reason: string };

export type ToPoolWorker =
  | { type: 'warmUp' }
  | { type: 'init'; request: Pick<DocumentJobRequest, 'snapshot' | 'options'> }
  | { type: 'task'; id: number; task: PoolTask }
  /** Every body part is done: the sections are dropped, the front and the page furniture still render. */
  | { type: 'dropSections' }
  | { type: 'unload' };

export type FromPoolWorker =
  | { type: 'warmedUp' }
  | { type: 'ready'; summary: PoolSummary }
  | { type: 'progress'; id: number; phase: PoolPhase; done: number; total: number }
  /** A body part is laid out: its page count is final. */
  | { type: 'laidOut'; id: number; pages: number }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number | null; name: string; message: string; stack?: string };

export function isFromPoolWorker(value: unknown): value is FromPoolWorker {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'warmedUp' || type === 'ready' || type === 'progress' || type === 'laidOut' || type === 'result' || type === 'error';
}
