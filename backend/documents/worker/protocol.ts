import type { ProgressEvent } from '../../../domain/ipc/events';
import type { DocumentJobRequest, DocumentJobResult } from '../document-job';

/**
 * Messages between the document worker thread and the main thread. One worker runs one job:
 * main posts `run`, the worker answers with any number of `progress` messages and then one
 * `done` or `error`, and exits. Cancelling terminates the worker.
 */
export type ToWorker = { type: 'run'; request: DocumentJobRequest };

export type FromWorker =
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'done'; result: DocumentJobResult }
  | { type: 'error'; name: string; message: string; stack?: string };

export function isFromWorker(value: unknown): value is FromWorker {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'progress' || type === 'done' || type === 'error';
}
