import { NOTICE_TABLE_LAYOUTS, toPdfDefinition, type NoticePdfOptions, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import { renderPdf } from './pdfmake-renderer';

/** A privacy notice (Art. 13/14 GDPR) as PDF bytes, for print and filing. */
export async function renderNoticePdf(notice: PrivacyNotice, options: NoticePdfOptions = {}): Promise<Uint8Array> {
  return renderPdf(toPdfDefinition(notice, options), NOTICE_TABLE_LAYOUTS);
}
