import { parentPort } from 'node:worker_threads';
import { runDocumentJob, type DocumentJobResult } from '../document-job';
import { servePool } from '../parallel/pool-worker';
import type { ToPoolWorker } from '../parallel/pool-protocol';
import type { FromWorker, ToWorker } from './protocol';

/**
 * Entry of the document worker thread (bundled as out/main/documentWorker.js). Lays out and
 * renders one document off the Electron main loop, posts progress while doing so, hands the
 * PDF bytes over without copying (transferred ArrayBuffer) and ends.
 */

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

/** The bytes in an ArrayBuffer of their own, so it can be transferred (Node may pool small buffers). */
function transferable(result: DocumentJobResult): { result: DocumentJobResult; transfer: ArrayBuffer[] } {
  if (result.output !== 'pdf') return { result, transfer: [] };
  const { bytes } = result;
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const copy = own ? bytes : new Uint8Array(bytes);
  return { result: { ...result, bytes: copy }, transfer: [copy.buffer as ArrayBuffer] };
}

export async function handleRun(message: ToWorker): Promise<void> {
  try {
    const done = await runDocumentJob(message.request, { progress: (event) => post({ type: 'progress', event }) });
    const { result, transfer } = transferable(done);
    post({ type: 'done', result }, transfer);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({ type: 'error', name: failure.name, message: failure.message, stack: failure.stack });
  }
}

// One job per worker: after the answer nothing keeps the thread alive, so it ends by itself
// and the memory of a large layout goes with it. A worker of the document pool
// (parallel/parallel-pdf.ts) starts with `warmUp` or `init` instead and serves jobs until it is terminated.
if (parentPort) {
  const port = parentPort;
  port.once('message', (message: ToWorker | ToPoolWorker) => {
    if (message.type === 'init' || message.type === 'warmUp') servePool(port, message);
    else if (message.type === 'run') void handleRun(message);
  });
}
