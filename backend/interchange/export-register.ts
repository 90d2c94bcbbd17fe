import { loadRegisterSnapshot } from '../documents/snapshot';
import {
  CURRENT_FORMAT_VERSION,
  INTERCHANGE_FORMAT,
  canonicalInterchange,
  type InterchangeDocument,
} from '../../domain/interchange';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { AppError } from '../../domain/ipc/result';
import type { RegisterStore } from '../storage/register-store';
import type { Submission } from '../../domain/model';

export interface ExportOptions {
  /** ISO 8601 date-time written into the file; pass a fixed value for reproducible files. */
  exportedAt: string;
}

/** Reads a whole register, attachments included, into the canonical interchange document. */
export async function exportRegister(store: RegisterStore, options: ExportOptions): Promise<InterchangeDocument> {
  const snapshot = await loadRegisterSnapshot(store);
  const attachments = await Promise.all(
    snapshot.attachments.map(async (meta) => {
      const content = await store.attachments.content(meta.id);
      if (!content) throw new AppError('not_found', `attachment ${meta.id} vanished during export`, { id: meta.id });
      return { meta, contentBase64: Buffer.from(content).toString('base64') };
    }),
  );
  return canonicalInterchange(interchangeDocumentOf(snapshot, attachments, options.exportedAt, await exportedSubmissions(store)));
}

/** Every recorded submission with the activities it printed. */
export async function exportedSubmissions(store: RegisterStore): Promise<Submission[]> {
  const submissions = await Promise.all((await store.submissions.list()).map((meta) => store.submissions.get(meta.id)));
  return submissions.filter((submission): submission is Submission => submission !== null);
}

/** The interchange document of a register snapshot with its attachments (content or placeholder). */
export function interchangeDocumentOf(
  snapshot: RegisterSnapshot,
  attachments: InterchangeDocument['register']['attachments'],
  exportedAt: string,
  submissions: Submission[],
): InterchangeDocument {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt,
    register: {
      organisation: snapshot.organisation,
      activities: snapshot.activities,
      parties: snapshot.parties,
      channels: snapshot.channels,
      processorRecords: snapshot.processorRecords,
      toms: snapshot.toms,
      attachments,
      approvedRevisions: snapshot.approvedRevisions ?? [],
      submissions,
    },
  };
}
