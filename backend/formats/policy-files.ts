import { extname } from 'node:path';
import { policyAsNotice, type PrivacyPolicy } from '../../domain/documents/privacy-policy';
import { toHtmlDocument, toMarkdown, toPlainText } from '../../domain/documents/privacy-notice';
import { renderNoticePdf } from '../documents/notice-pdf';
import { renderNoticeDocx } from './docx-documents';

export type PolicyFormat = 'html' | 'markdown' | 'text' | 'pdf' | 'docx';
export const POLICY_EXTENSIONS: Record<PolicyFormat, string> = { html: 'html', markdown: 'md', text: 'txt', pdf: 'pdf', docx: 'docx' };

export function policyFormatOf(path: string): PolicyFormat | null {
  const extension = extname(path).toLowerCase().slice(1);
  if (extension === 'htm') return 'html';
  return (Object.entries(POLICY_EXTENSIONS).find(([, ext]) => ext === extension)?.[0] as PolicyFormat | undefined) ?? null;
}

export interface PolicyFileOptions {
  /** YYYY-MM-DD for the PDF and Word footer. */
  asOf: string;
  author?: string;
}

/** The policy in one of the five formats, through the notice renderers. */
export async function renderPolicy(policy: PrivacyPolicy, format: PolicyFormat, options: PolicyFileOptions): Promise<string | Uint8Array> {
  const notice = policyAsNotice(policy);
  switch (format) {
    case 'html':
      return toHtmlDocument(notice);
    case 'markdown':
      return toMarkdown(notice);
    case 'text':
      return toPlainText(notice);
    case 'pdf':
      return renderNoticePdf(notice, options);
    case 'docx':
      return renderNoticeDocx(notice, options);
  }
}
