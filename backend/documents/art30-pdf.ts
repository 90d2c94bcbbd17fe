import { TABLE_LAYOUTS, buildArt30Document, type Art30DocumentOptions } from '../../domain/documents/art30';
import { buildRecordDocument, type RecordDocumentOptions } from '../../domain/documents/art30/record-document';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { unsupportedCharacters } from './font-coverage';
import { renderPdf, type RenderProgress } from './pdfmake-renderer';

export type { Art30DocumentOptions, RecordDocumentOptions };

/**
 * The controller record (Art. 30(1) GDPR) as PDF bytes. CPU-heavy for large registers
 * (stack.md: 500 activities ≈ 7.5 s): in the app it runs in the document worker
 * (document-jobs.ts), never on the Electron main loop.
 */
export async function renderArt30Pdf(snapshot: RegisterSnapshot, options: Art30DocumentOptions): Promise<Uint8Array> {
  return renderPdf(buildArt30Document(snapshot, options), TABLE_LAYOUTS);
}

/** Characters of the controller record the PDF font cannot show (to be reported, never silently dropped). */
export function art30UnsupportedCharacters(snapshot: RegisterSnapshot, options: Art30DocumentOptions): string[] {
  return unsupportedCharacters(buildArt30Document(snapshot, options));
}

/** The controller record (Art. 30(1)) or the processor record (Art. 30(2)) as PDF bytes. */
export async function renderRecordPdf(
  snapshot: RegisterSnapshot,
  options: RecordDocumentOptions,
  progress: RenderProgress = {},
): Promise<Uint8Array> {
  return renderPdf(buildRecordDocument(snapshot, options), TABLE_LAYOUTS, progress);
}
