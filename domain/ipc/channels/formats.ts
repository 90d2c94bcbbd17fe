import { z } from 'zod';
import type { SpreadsheetImportReport } from '../../spreadsheet/report';
import { MappingOverridesSchema } from '../../spreadsheet/fields';
import { IdSchema, LanguageSchema } from '../../model/common';
import { channel } from '../define';
import { RecordDocumentInputSchema, type ExportedFile } from './documents';
import { NoticeSubjectSchema } from './notices';

/** A spreadsheet read in main and waiting for the user's confirmation; the token names it. */
export interface SpreadsheetPreview {
  token: string;
  report: SpreadsheetImportReport;
  /** The report as the CLI prints it (same texts), for copying. */
  lines: string[];
}

export type JsonImportOutcome =
  | { status: 'invalid'; fileName: string; lines: string[] }
  /** `lines`: the import report (counts, approvals, submissions, change log), as `vvt import` prints it. */
  | { status: 'imported'; path: string; lines: string[] };

export const PolicyFormatSchema = z.enum(['html', 'markdown', 'text', 'pdf', 'docx']);
export type PolicyFormatChoice = z.infer<typeof PolicyFormatSchema>;

const previewInput = z.object({ token: z.string().min(1).max(100), language: LanguageSchema, overrides: MappingOverridesSchema.default({}) });

export const formatChannels = {
  /** Asks for an .xlsx/.csv file and reads it with the size limits; null when cancelled. Nothing is written. */
  'formats.spreadsheetChoose': channel<SpreadsheetPreview | null>()(z.object({ language: LanguageSchema })),
  /** The report again with corrected column mapping. */
  'formats.spreadsheetPreview': channel<SpreadsheetPreview>()(previewInput),
  /** Adds the previewed activities to the open register in one transaction and remembers corrected columns. */
  'formats.spreadsheetConfirm': channel<{ count: number }>()(previewInput),
  /** Drops a pending preview. */
  'formats.spreadsheetDiscard': channel<boolean>()(z.object({ token: z.string().min(1).max(100) })),
  /**
   * Asks for a JSON interchange file, checks it like `vvt validate`, and imports it into a new
   * register file (asked for next) which is then opened; the report lists the problems otherwise.
   */
  'formats.importJson': channel<JsonImportOutcome | null>()(z.object({ language: LanguageSchema })),
  /** The open register as a JSON interchange file. */
  'formats.exportJson': channel<ExportedFile | null>()(z.void()),
  /** The open register as an Excel workbook for auditors. */
  'formats.exportXlsx': channel<ExportedFile | null>()(z.object({ language: LanguageSchema })),
  /** The Art. 30 record (controller or processor) as an editable Word document. */
  'formats.exportRecordDocx': channel<ExportedFile | null>()(RecordDocumentInputSchema),
  /** A privacy notice of one activity or channel as a Word document. */
  'formats.exportNoticeDocx': channel<ExportedFile | null>()(z.object({ subject: NoticeSubjectSchema, language: LanguageSchema })),
  /** The complete privacy policy from the chosen activities and channels. */
  'formats.exportPolicy': channel<ExportedFile | null>()(
    z.object({
      activityIds: z.array(IdSchema).max(10_000),
      channelIds: z.array(IdSchema).max(1_000),
      language: LanguageSchema,
      format: PolicyFormatSchema,
    }),
  ),
} as const;
