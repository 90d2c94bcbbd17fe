import { NOTICE_TABLE_LAYOUTS, toPdfDefinition, type NoticePdfOptions, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import { unsupportedCharacters } from './font-coverage';
import { renderPdf } from './pdfmake-renderer';

/** A privacy notice (Art. 13/14 GDPR) as PDF bytes, for print and filing. */
export async function renderNoticePdf(notice: PrivacyNotice, options: NoticePdfOptions = {}): Promise<Uint8Array> {
  return renderPdf(toPdfDefinition(notice, options), NOTICE_TABLE_LAYOUTS);
}

/** The notice as PDF with the characters the PDF font cannot show (to be reported, never silently dropped). */
export async function renderNoticePdfWithReport(
  notice: PrivacyNotice,
  options: NoticePdfOptions = {},
): Promise<{ bytes: Uint8Array; unsupportedCharacters: string[] }> {
  const definition = toPdfDefinition(notice, options);
  return { bytes: await renderPdf(definition, NOTICE_TABLE_LAYOUTS), unsupportedCharacters: unsupportedCharacters(definition) };
}
