import { localIsoDate } from '../../domain/documents/art30';
import type { RecordDocumentInput } from '../../domain/ipc/channels/documents';
import { messages } from '../../domain/i18n/messages';
import { AppError } from '../../domain/ipc/result';
import type { DocumentJobRequest } from '../documents/document-job';
import { DocumentJobs, documentBusyError } from '../documents/document-jobs';
import { loadRegisterSnapshot } from '../documents/snapshot';
import type { AppContext } from '../app/context';
import { writeFileAtomic } from '../app/atomic-write';
import type { FeatureHandlers } from './types';

type DocumentChannel = 'documents.exportArt30Pdf' | 'documents.print' | 'documents.cancel';

function datedName(base: string, organisation: string, date: string): string {
  return `${base} ${organisation}`.trim().replace(/[^\p{L}\p{N} ._-]+/gu, '') + ` ${date}.pdf`;
}

function fileBase(input: RecordDocumentInput): string {
  const texts = messages[input.language];
  return input.record === 'processor' ? texts.processorDocument.runningTitle : texts.documents.art30.titleMain;
}

/**
 * Export and print of the Art. 30 records. Generation runs in the document worker when the
 * environment names one (Electron), else in-process; one document at a time, cancellable.
 */
export function documentHandlers(ctx: AppContext): FeatureHandlers<DocumentChannel> {
  const jobs = new DocumentJobs({ workerPath: ctx.env.documentWorkerPath, progress: (event) => ctx.progress?.(event) });
  let active = false;

  /** The whole call (dialog, snapshot, generation, writing/printing) holds the one document slot. */
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (active || jobs.busy) throw documentBusyError();
    active = true;
    try {
      return await work();
    } finally {
      active = false;
    }
  }

  function request(output: DocumentJobRequest['output'], input: RecordDocumentInput, snapshot: DocumentJobRequest['snapshot']): DocumentJobRequest {
    const { language, variant, record, includeUnapproved } = input;
    return { output, snapshot, options: { language, variant, record, asOf: localIsoDate(), includeUnapproved } };
  }

  return {
    'documents.exportArt30Pdf': (input) =>
      exclusive(async () => {
        const snapshot = await loadRegisterSnapshot(ctx.session.require());
        const date = localIsoDate();
        const suggestedName = datedName(fileBase(input), snapshot.organisation.name, date);
        const path = await ctx.dialogs.chooseSavePath({ suggestedName, kind: 'pdf' });
        if (!path) return null;
        const result = await jobs.run(request('pdf', input, snapshot));
        if (!result || result.output !== 'pdf') return null;
        writeFileAtomic(path, result.bytes);
        return { path, bytes: result.bytes.byteLength, unsupportedCharacters: result.unsupportedCharacters };
      }),
    'documents.print': (input) =>
      exclusive(async () => {
        const printer = ctx.printer;
        if (!printer) throw new AppError('internal', 'Printing is not available in this environment');
        const snapshot = await loadRegisterSnapshot(ctx.session.require());
        const result = await jobs.run(request('html', input, snapshot));
        if (!result || result.output !== 'html') return 'cancelled';
        return printer.print(result.html, result.title);
      }),
    'documents.cancel': () => jobs.cancel(),
  };
}
