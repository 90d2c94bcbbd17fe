import { buildRecordDocument, type RecordDocumentOptions } from '../../domain/documents/art30/record-document';
import { toPdfDefinition, type NoticePdfOptions, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { definitionToDocx } from './definition-to-docx';

/** The controller record (Art. 30(1)) or the processor record (Art. 30(2)) as an editable Word document. */
export function renderRecordDocx(snapshot: RegisterSnapshot, options: RecordDocumentOptions): Promise<Uint8Array> {
  return definitionToDocx(buildRecordDocument(snapshot, options), { creator: snapshot.organisation.name.trim() || undefined });
}

/** A privacy notice (Art. 13/14 GDPR) as an editable Word document. */
export function renderNoticeDocx(notice: PrivacyNotice, options: NoticePdfOptions = {}): Promise<Uint8Array> {
  return definitionToDocx(toPdfDefinition(notice, options), { creator: options.author });
}
