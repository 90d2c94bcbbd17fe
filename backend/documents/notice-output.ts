import { localIsoDate } from '../../domain/documents/art30';
import { toHtmlDocument, toMarkdown, toPlainText, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { renderNoticePdfWithReport } from './notice-pdf';

export type NoticeFileFormat = 'pdf' | 'html' | 'markdown' | 'text';

export const NOTICE_FILE_EXTENSIONS: Record<NoticeFileFormat, string> = { pdf: 'pdf', html: 'html', markdown: 'md', text: 'txt' };

export interface NoticeFile {
  content: string | Uint8Array;
  /** PDF only: characters the PDF font cannot show (reported to the user). */
  unsupportedCharacters: string[];
}

/** A privacy notice as the content of a file: PDF for print and filing, HTML, Markdown or text for a website. */
export async function noticeFile(notice: PrivacyNotice, format: NoticeFileFormat, snapshot: RegisterSnapshot, today = localIsoDate()): Promise<NoticeFile> {
  if (format === 'pdf') {
    const pdf = await renderNoticePdfWithReport(notice, { asOf: today, author: snapshot.organisation.name.trim() || undefined });
    return { content: pdf.bytes, unsupportedCharacters: pdf.unsupportedCharacters };
  }
  const content = format === 'html' ? toHtmlDocument(notice) : format === 'markdown' ? toMarkdown(notice) : toPlainText(notice);
  return { content, unsupportedCharacters: [] };
}
