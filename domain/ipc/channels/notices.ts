import { z } from 'zod';
import type { NoticeMissingItem, PrivacyNotice } from '../../documents/privacy-notice/types';
import { IdSchema, LanguageSchema } from '../../model/common';
import { channel } from '../define';
import type { ExportedFile } from './documents';

export const NoticeSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity'), activityId: IdSchema }),
  z.object({ kind: z.literal('channel'), channelId: IdSchema }),
]);

export const NoticeExportFormatSchema = z.enum(['pdf', 'html', 'markdown', 'text']);
export type NoticeExportFormat = z.infer<typeof NoticeExportFormatSchema>;
export const NoticeCopyFormatSchema = z.enum(['html', 'markdown', 'text']);
export type NoticeCopyFormat = z.infer<typeof NoticeCopyFormatSchema>;

export interface NoticePreview {
  /** The structured notice (sections with status and missing codes) for the preview. */
  notice: PrivacyNotice;
  /** The same notice as the HTML fragment that "copy as HTML" puts on the clipboard. */
  html: string;
  /** What the visible markers stand for; the UI warns before copying or exporting when not empty. */
  missing: NoticeMissingItem[];
}

export interface NoticeCopyResult {
  /** Missing-data markers contained in what was copied. */
  missingCount: number;
}

const subjectInput = { subject: NoticeSubjectSchema, language: LanguageSchema };

export const noticeChannels = {
  /** The privacy notice (Art. 13/14 GDPR) of an activity or messaging channel, generated from the register. */
  'notices.preview': channel<NoticePreview>()(z.object(subjectInput)),
  /** Asks where to save (kind per format) and writes the notice atomically; null if cancelled. */
  'notices.export': channel<ExportedFile | null>()(z.object({ ...subjectInput, format: NoticeExportFormatSchema })),
  /** Puts the notice on the clipboard; HTML is written together with its plain-text alternative. */
  'notices.copy': channel<NoticeCopyResult>()(z.object({ ...subjectInput, format: NoticeCopyFormatSchema })),
} as const;
