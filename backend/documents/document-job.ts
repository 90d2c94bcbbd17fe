import { TABLE_LAYOUTS } from '../../domain/documents/art30';
import { definitionToHtml } from '../../domain/documents/html';
import { buildRecordDocument, type RecordDocumentOptions } from '../../domain/documents/art30/record-document';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { DOCUMENT_PROGRESS_TASKS } from '../../domain/ipc/channels/documents';
import type { ProgressEvent } from '../../domain/ipc/events';
import { unsupportedCharacters } from './font-coverage';
import { renderPdf } from './pdfmake-renderer';

/**
 * The core of a document job: snapshot + options in, PDF bytes or print HTML out, with
 * progress. Plain data in and out, so the same function runs in the worker thread
 * (worker/document-worker.ts) and in-process (tests, CLI).
 */

export type DocumentOutput = 'pdf' | 'html';

export interface DocumentJobRequest {
  output: DocumentOutput;
  snapshot: RegisterSnapshot;
  options: RecordDocumentOptions;
}

export type DocumentJobResult =
  /** `unsupportedCharacters`: characters of the document the PDF font cannot show (reported to the user). */
  | { output: 'pdf'; bytes: Uint8Array; unsupportedCharacters: string[] }
  | { output: 'html'; html: string; title: string };

export interface DocumentJobHooks {
  progress?: (event: ProgressEvent) => void;
  /** Checked at every progress point; an aborted job stops with an AbortError. */
  signal?: AbortSignal;
  /** Minimum time between two progress events of a task (first and last are always sent). Default 100 ms. */
  progressIntervalMs?: number;
}

export function abortError(): Error {
  return new DOMException('The document job was cancelled', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** A progress reporter per task: monotonic, throttled, and the place where cancellation is noticed. */
function reporter(task: string, hooks: DocumentJobHooks): (done: number, total: number) => void {
  const interval = hooks.progressIntervalMs ?? 100;
  let lastDone = -1;
  let lastSent = 0;
  return (done, total) => {
    if (hooks.signal?.aborted) throw abortError();
    if (done <= lastDone) return;
    const now = Date.now();
    const edge = lastDone < 0 || done >= total;
    lastDone = done;
    if (!hooks.progress || (!edge && now - lastSent < interval)) return;
    lastSent = now;
    hooks.progress({ task, done, total });
  };
}

export async function runDocumentJob(request: DocumentJobRequest, hooks: DocumentJobHooks = {}): Promise<DocumentJobResult> {
  if (hooks.signal?.aborted) throw abortError();
  const definition = buildRecordDocument(request.snapshot, request.options);
  if (request.output === 'html') {
    const progress = reporter(DOCUMENT_PROGRESS_TASKS.html, hooks);
    progress(0, definition.content.length);
    const html = definitionToHtml(definition, { tableLayouts: TABLE_LAYOUTS, onProgress: progress });
    return { output: 'html', html, title: definition.info.title };
  }
  const bytes = await renderPdf(definition, TABLE_LAYOUTS, {
    measure: reporter(DOCUMENT_PROGRESS_TASKS.measure, hooks),
    layout: reporter(DOCUMENT_PROGRESS_TASKS.layout, hooks),
    render: reporter(DOCUMENT_PROGRESS_TASKS.render, hooks),
  });
  if (hooks.signal?.aborted) throw abortError();
  return { output: 'pdf', bytes, unsupportedCharacters: unsupportedCharacters(definition) };
}
