import { writeFileSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { TABLE_LAYOUTS } from '../../../domain/documents/art30';
import { buildRecordDocument } from '../../../domain/documents/art30/record-document';
import type { DocumentJobRequest } from '../document-job';
import { renderPdf } from '../pdfmake-renderer';
import { sampleRegister } from '../../../domain/sample/sample-register';
import { countFrontPages, hasFront, prepareDocument, renderBodyPart, renderFrontPart, renderFurniturePart, wholeDefinition, withoutSections, type PreparedDocument } from './chunk-render';
import { joinPdfParts } from './pdf-join';
import type { FromPoolWorker, PoolTask, ToPoolWorker } from './pool-protocol';

/**
 * Activities of the sample record a worker renders to warm up (about 3 s of CPU). With 30, the
 * first parts of a job still cost 1.5× the later ones (README, Large documents).
 */
export const WARM_UP_ACTIVITIES = 120;
const WARM_UP_OPTIONS = { language: 'de', variant: 'authority', asOf: '2026-01-01' } as const;

/**
 * The worker side of the document pool: builds a job's definition (`init`), then renders
 * parts, stamps furniture or joins, one task at a time, as the main thread asks; `unload`
 * drops the definition and the worker waits for the next job.
 */
export class PoolWorkerState {
  private document: PreparedDocument | null = null;
  private request: Pick<DocumentJobRequest, 'snapshot' | 'options'> | null = null;

  constructor(private readonly post: (message: FromPoolWorker) => void) {}

  async handle(message: ToPoolWorker): Promise<void> {
    if (message.type === 'warmUp') {
      await this.warmUp();
      return;
    }
    if (message.type === 'dropSections') {
      if (this.document) this.document = withoutSections(this.document);
      return;
    }
    if (message.type === 'unload') {
      this.document = null;
      this.request = null;
      return;
    }
    if (message.type === 'init') {
      this.document = null;
      this.request = null;
      try {
        const prepared = prepareDocument(message.request);
        if (prepared.chunkable) {
          this.document = prepared.document;
          const { plan, headerInParts, footerInParts } = prepared.document;
          this.post({
            type: 'ready',
            summary: { chunkable: true, sections: plan.sectionStarts.length, front: hasFront(prepared.document), furniture: !headerInParts || !footerInParts },
          });
        } else {
          // Kept for the single-worker path; a chunkable document no longer needs the snapshot.
          this.request = message.request;
          this.post({ type: 'ready', summary: prepared });
        }
      } catch (error) {
        this.fail(null, error);
      }
      return;
    }
    const { id, task } = message;
    try {
      this.post({ type: 'result', id, result: await this.run(id, task) });
    } catch (error) {
      this.fail(id, error);
    }
  }

  /**
   * A first rendering costs about twice a later one of the same size: V8 compiles and optimises
   * pdfmake's code while it runs. A sample record rendered in advance (output dropped) moves that
   * cost out of the user's job. A failure here is not the job's: the job will report its own.
   */
  private async warmUp(): Promise<void> {
    try {
      await renderPdf(buildRecordDocument(sampleRegister(WARM_UP_ACTIVITIES), WARM_UP_OPTIONS), TABLE_LAYOUTS);
    } catch (error) {
      console.warn('[documents] warm-up failed', error);
    }
    this.post({ type: 'warmedUp' });
  }

  private fail(id: number | null, error: unknown): void {
    const failure = error instanceof Error ? error : new Error(String(error));
    this.post({ type: 'error', id, name: failure.name, message: failure.message, stack: failure.stack });
  }

  private prepared(): PreparedDocument {
    if (!this.document) throw new Error('The document pool worker has no chunkable document');
    return this.document;
  }

  private async run(id: number, task: PoolTask): Promise<unknown> {
    const progress = (phase: 'measure' | 'layout' | 'render') => (done: number, total: number) =>
      this.post({ type: 'progress', id, phase, done, total });
    switch (task.kind) {
      case 'body':
        // No page progress: the main thread counts a part's sections, and a message per page costs time.
        return renderBodyPart(this.prepared(), task, task.file, {
          measure: progress('measure'),
          layout: progress('layout'),
          laidOut: (pages) => this.post({ type: 'laidOut', id, pages }),
        });
      case 'front':
        return renderFrontPart(this.prepared(), task.entries, task.file);
      case 'frontPages':
        return countFrontPages(this.prepared());
      case 'furniture':
        return renderFurniturePart(this.prepared(), task.firstPage, task.count, task.total, task.file);
      case 'join':
        return joinPdfParts({ ...task, progress: (pages) => this.post({ type: 'progress', id, phase: 'join', done: pages, total: 0 }) });
      case 'single': {
        // The definition this worker built at init, or (not chunkable) one built now.
        const request = this.request;
        const definition = this.document ? wholeDefinition(this.document) : request && buildRecordDocument(request.snapshot, request.options);
        if (!definition) throw new Error('The document pool worker has no document');
        let pages = 0;
        const bytes = await renderPdf(definition, TABLE_LAYOUTS, {
          measure: progress('measure'),
          layout: progress('layout'),
          render: (done, total) => {
            pages = total;
            progress('render')(done, total);
          },
        });
        // Synced: parallel-pdf.ts renames it over the target.
        writeFileSync(task.file, bytes, { flush: true });
        return { pages, bytes: bytes.byteLength };
      }
    }
  }
}

/** Serves pool messages on a worker's parent port; `first` is the message that started it. */
export function servePool(port: MessagePort, first: ToPoolWorker): void {
  const state = new PoolWorkerState((message) => port.postMessage(message));
  let queue = state.handle(first);
  port.on('message', (message: ToPoolWorker) => {
    queue = queue.then(() => state.handle(message));
  });
}
