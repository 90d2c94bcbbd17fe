import { localIsoDate } from '../../domain/documents/art30';
import type { RecordDocumentInput } from '../../domain/ipc/channels/documents';
import { suggestedRecordFileName } from '../../domain/documents/file-names';
import { AppError } from '../../domain/ipc/result';
import type { DocumentJobRequest } from '../documents/document-job';
import { DocumentJobs, documentBusyError } from '../documents/document-jobs';
import { loadRegisterSnapshot } from '../documents/snapshot';
import type { AppContext } from '../app/context';
import { readFileSync } from 'node:fs';
import { rememberExportedFile } from '../app/exported-files';
import { changesAnnexFor, recordSubmission, sha256Hex } from '../approval/submissions';
import { unsupportedCharactersIn } from '../documents/font-coverage';
import type { FeatureHandlers } from './types';

type DocumentChannel = 'documents.exportArt30Pdf' | 'documents.print' | 'documents.cancel' | 'documents.warmUp';


function actorOf(ctx: AppContext): string {
  return ctx.settings.get().actorName || ctx.env.defaultActor;
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
        const store = ctx.session.require();
        const snapshot = await loadRegisterSnapshot(store);
        const forAuthority = input.variant === 'authority' && input.record === 'controller';
        if (input.recordSubmission && !forAuthority) {
          throw new AppError('validation', 'Only the authority version of the controller record can be recorded as a submission', {
            messageKey: 'approval.errors.submission_needs_authority',
          });
        }
        if (forAuthority && input.annexChanges) snapshot.changesAnnex = await changesAnnexFor(store, snapshot, input.language);
        const suggestedName = suggestedRecordFileName({ ...input, organisation: snapshot.organisation.name, date: localIsoDate() });
        const path = await ctx.dialogs.chooseSavePath({ suggestedName, kind: 'pdf' });
        if (!path) return null;
        const { output: _output, ...pdf } = request('pdf', input, snapshot);
        // Reported to the user, never silently dropped. The pool renders without collecting them, and
        // building the whole definition again here would block the main loop for large registers, so
        // every text of the register is scanned instead (may also name text of unprinted entries).
        const unsupported = unsupportedCharactersIn([JSON.stringify(snapshot)]);
        const written = await jobs.writePdf(pdf, path);
        if (!written) return null;
        rememberExportedFile(ctx, path);
        // The hash and the submission are of the file as it is on disk, not of a buffer.
        const bytes = readFileSync(path);
        const file = { path, bytes: written.bytes, sha256: sha256Hex(bytes), unsupportedCharacters: unsupported };
        if (!forAuthority || !input.recordSubmission) return file;
        const submission = await recordSubmission(store, {
          snapshot,
          bytes,
          path,
          authority: input.recordSubmission.authority,
          language: input.language,
          includeUnapproved: input.includeUnapproved,
          actor: actorOf(ctx),
        });
        return { ...file, submissionId: submission.id };
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
    'documents.warmUp': () => {
      if (active || jobs.busy || !ctx.env.documentWorkerPath) return false;
      void jobs.warmUp();
      return true;
    },
  };
}
