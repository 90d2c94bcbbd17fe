import type { RegisterSnapshot } from '../snapshot';
import { activitySection } from './activity/section';
import { changesAnnex } from './changes-annex';
import { selectArt30Activities } from './activity-selection';
import { createArt30Context } from './context';
import { coverSheet } from './cover-sheet';
import { DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './layout';
import { art30Metadata } from './metadata';
import { resolveArt30Options, type Art30DocumentOptions } from './options';
import { pageFooter, pageHeader } from './page-furniture';
import type { PdfDocumentDefinition } from './pdf-types';
import { signatureBlock } from './signature-block';
import { tableOfContents } from './table-of-contents';
import { localizeSnapshot } from '../localize-snapshot';

/**
 * The controller record (Art. 30(1) GDPR) as a pdfmake document definition:
 * cover sheet → table of contents → one section per activity → approval page.
 * Pure: the same snapshot and options always give the same definition.
 */
export function buildArt30Document(stored: RegisterSnapshot, options: Art30DocumentOptions): PdfDocumentDefinition {
  const resolved = resolveArt30Options(options);
  const snapshot = localizeSnapshot(stored, resolved.language);
  const ctx = createArt30Context(snapshot, resolved);
  const approvedStates = new Map((snapshot.approvedRevisions ?? []).map((r) => [r.activityId, r.activity]));
  const activities = selectArt30Activities(snapshot.activities, ctx.variant, ctx.language, { ...ctx, approvedStates });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [...PAGE_MARGINS],
    info: art30Metadata(ctx),
    language: ctx.language === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    version: '1.7',
    header: pageHeader(ctx),
    footer: pageFooter(ctx),
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    content: [
      ...coverSheet(snapshot.organisation, activities.length, ctx),
      tableOfContents(activities.length, ctx),
      ...activities.map((activity) => activitySection(activity, ctx)),
      signatureBlock(snapshot.organisation, ctx),
      ...(snapshot.changesAnnex ? [changesAnnex(snapshot.changesAnnex, ctx)] : []),
    ],
  };
}
