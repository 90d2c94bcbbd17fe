import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import {
  NoticeSubjectNotFoundError,
  buildPrivacyNotice,
  toHtml,
  toMarkdown,
  toPlainText,
  type NoticeSubject,
  type PrivacyNotice,
} from '../../domain/documents/privacy-notice';
import type { NoticeCopyFormat, NoticeExportFormat } from '../../domain/ipc/channels/notices';
import { AppError } from '../../domain/ipc/result';
import type { Language } from '../../domain/model';
import type { AppContext } from '../app/context';
import { writeFileAtomic } from '../app/atomic-write';
import { NOTICE_FILE_EXTENSIONS, noticeFile } from '../documents/notice-output';
import { loadRegisterSnapshot } from '../documents/snapshot';
import type { FeatureHandlers } from './types';

/** Privacy notices (Art. 13/14 GDPR): preview, export to a file, copy to the clipboard. */

const EXTENSIONS = NOTICE_FILE_EXTENSIONS;

interface LoadedNotice {
  snapshot: RegisterSnapshot;
  notice: PrivacyNotice;
}

function subjectId(subject: NoticeSubject): string {
  return subject.kind === 'activity' ? subject.activityId : subject.channelId;
}

function suggestedName(notice: PrivacyNotice, format: NoticeExportFormat): string {
  const base = notice.title.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return `${base || 'notice'}.${EXTENSIONS[format]}`;
}


function clipboardContent(notice: PrivacyNotice, format: NoticeCopyFormat): { text: string; html?: string } {
  if (format === 'html') return { text: toPlainText(notice), html: toHtml(notice) };
  return { text: format === 'markdown' ? toMarkdown(notice) : toPlainText(notice) };
}

export function noticeHandlers(ctx: AppContext): FeatureHandlers<'notices.preview' | 'notices.export' | 'notices.copy'> {
  async function load(subject: NoticeSubject, language: Language): Promise<LoadedNotice> {
    const snapshot = await loadRegisterSnapshot(ctx.session.require());
    try {
      return { snapshot, notice: buildPrivacyNotice(snapshot, subject, language) };
    } catch (error) {
      if (error instanceof NoticeSubjectNotFoundError) throw new AppError('not_found', error.message, { id: subjectId(subject) });
      throw error;
    }
  }

  return {
    'notices.preview': async ({ subject, language }) => {
      const { notice } = await load(subject, language);
      return { notice, html: toHtml(notice), missing: notice.missing };
    },
    'notices.export': async ({ subject, language, format }) => {
      const loaded = await load(subject, language);
      const path = await ctx.dialogs.chooseSavePath({ suggestedName: suggestedName(loaded.notice, format), kind: format });
      if (!path) return null;
      const { content, unsupportedCharacters } = await noticeFile(loaded.notice, format, loaded.snapshot);
      writeFileAtomic(path, content);
      const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
      return format === 'pdf' ? { path, bytes, unsupportedCharacters } : { path, bytes };
    },
    'notices.copy': async ({ subject, language, format }) => {
      const { notice } = await load(subject, language);
      await ctx.clipboard.write(clipboardContent(notice, format));
      return { missingCount: notice.missing.length };
    },
  };
}
