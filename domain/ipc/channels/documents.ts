import { z } from 'zod';
import { LanguageSchema } from '../../model/common';
import { channel } from '../define';

export const Art30VariantSchema = z.enum(['authority', 'internal']);
export type Art30Variant = z.infer<typeof Art30VariantSchema>;

/** Which Art. 30 record: the controller's (Art. 30(1)) or the processor's (Art. 30(2)). */
export const RecordKindSchema = z.enum(['controller', 'processor']);
export type RecordKind = z.infer<typeof RecordKindSchema>;

export const RecordDocumentInputSchema = z.object({
  language: LanguageSchema,
  variant: Art30VariantSchema.default('authority'),
  record: RecordKindSchema.default('controller'),
  /**
   * Authority variant of the controller record: also print drafts and activities in review,
   * with a "not yet approved" marker (a preview before approval). Default: approved ones only.
   */
  includeUnapproved: z.boolean().optional(),
  /** Controller record, authority variant: append the changes since the last submission as an annex. */
  annexChanges: z.boolean().optional(),
  /** Controller record, authority variant: record the saved file as submitted to this authority. */
  recordSubmission: z.object({ authority: z.string().trim().min(1).max(500) }).optional(),
});
export type RecordDocumentInput = z.output<typeof RecordDocumentInputSchema>;

export interface ExportedFile {
  path: string;
  bytes: number;
  /** SHA-256 of the written file, hex. */
  sha256?: string;
  /** Set when the export was recorded as a submission. */
  submissionId?: string;
  /** PDF only: characters the document contains that the PDF font cannot show — the UI warns about them. */
  unsupportedCharacters?: string[];
}

export type PrintOutcome = 'printed' | 'cancelled';

/**
 * `task` of the progress events (EVENT_CHANNELS.progress) a document job sends. A PDF reports
 * measure, layout, render in this order: sections measured and laid out (a section is an
 * activity or a controller, plus the approval page), then pages written. The print HTML
 * reports html: top-level blocks converted. Each task counts from 0 up to its total.
 */
export const DOCUMENT_PROGRESS_TASKS = {
  measure: 'documents.measure',
  layout: 'documents.layout',
  render: 'documents.render',
  html: 'documents.html',
} as const;

/**
 * Documents are generated one at a time (per window) off the main loop. While one is being
 * generated, another export or print is refused with `conflict`.
 */
export const documentChannels = {
  /**
   * Asks where to save (dialog in main) and writes the record as PDF; null if the dialog or
   * the generation was cancelled.
   */
  'documents.exportArt30Pdf': channel<ExportedFile | null>()(RecordDocumentInputSchema),
  /** Prints the record through the operating system's print dialog. */
  'documents.print': channel<PrintOutcome>()(RecordDocumentInputSchema),
  /** Cancels the document being generated; false when none was. */
  'documents.cancel': channel<boolean>()(z.void()),
  /**
   * The documents view opened: start the PDF workers and warm them up in the background, so
   * the export that usually follows runs on warm code. Answers at once; false when there is
   * nothing to warm (no worker threads, or a document is being generated).
   */
  'documents.warmUp': channel<boolean>()(z.void()),
} as const;
