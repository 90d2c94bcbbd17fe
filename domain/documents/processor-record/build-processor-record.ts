import type { RegisterSnapshot } from '../snapshot';
import { keyValueTable } from '../art30/blocks';
import { organisationRows } from '../art30/cover-sheet';
import { formatDate } from '../art30/format';
import { COLORS, DEFAULT_STYLE, PAGE_MARGINS, STYLES } from '../art30/layout';
import { CREATOR } from '../art30/metadata';
import { resolveArt30Options, type Art30DocumentOptions } from '../art30/options';
import { pageFooter, pageHeader } from '../art30/page-furniture';
import type { PdfContent, PdfDocumentDefinition, PdfDocumentInfo } from '../art30/pdf-types';
import { signatureBlock } from '../art30/signature-block';
import { tableOfContents } from '../art30/table-of-contents';
import { fill } from '../art30/texts';
import { createProcessorContext, type ProcessorContext } from './context';
import { controllerSection } from './controller-section';
import { selectControllerSections } from './selection';
import { localizeSnapshot } from '../localize-snapshot';

function metadata(ctx: ProcessorContext): PdfDocumentInfo {
  const p = ctx.processor;
  return {
    title: p.title,
    ...(ctx.organisationName ? { author: ctx.organisationName } : {}),
    subject: fill(p.subject, { variant: ctx.texts.art30.variantShort[ctx.variant], date: formatDate(ctx.asOf, ctx.language) }),
    keywords: p.keywords,
    creator: CREATOR,
  };
}

/** First page: title, variant, "as of" date, number of controllers and the organisation as processor. */
function cover(snapshot: RegisterSnapshot, controllerCount: number, ctx: ProcessorContext): PdfContent[] {
  const p = ctx.processor;
  const t = ctx.texts;
  return [
    { text: p.titleMain, style: 'coverTitle' },
    { text: p.titleSub, style: 'coverSubtitle' },
    { text: t.art30.variant[ctx.variant], style: 'coverMeta' },
    { text: fill(t.common.asOf, { date: formatDate(ctx.asOf, ctx.language) }), style: 'coverMeta' },
    { text: fill(p.controllerCount, { count: controllerCount }), style: 'coverMeta' },
    {
      text: [p.cover.heading, { text: `  ${p.cover.reference}`, fontSize: 8, bold: false, color: COLORS.muted }],
      style: 'h2',
      margin: [0, 24, 0, 6],
    },
    keyValueTable(organisationRows(snapshot.organisation, ctx), null),
    { text: p.cover.note, style: 'coverNote' },
  ];
}

/**
 * The processor record (Art. 30(2) GDPR) as a pdfmake document definition: cover sheet (the
 * organisation as processor) → table of contents → one section per controller → approval
 * page. Same page geometry, styles, footers and bookmarks as the controller record. Pure.
 */
export function buildProcessorRecordDocument(stored: RegisterSnapshot, options: Art30DocumentOptions): PdfDocumentDefinition {
  const resolved = resolveArt30Options(options);
  const snapshot = localizeSnapshot(stored, resolved.language);
  const ctx = createProcessorContext(snapshot, resolved);
  const sections = selectControllerSections(snapshot, ctx.variant, ctx.language);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [...PAGE_MARGINS],
    info: metadata(ctx),
    language: ctx.language === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    version: '1.7',
    header: pageHeader(ctx, ctx.processor.runningTitle),
    footer: pageFooter(ctx),
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    content: [
      ...cover(snapshot, sections.length, ctx),
      tableOfContents(sections.length, ctx, ctx.processor.tocEmpty),
      ...sections.map((section) => controllerSection(section, ctx)),
      signatureBlock(snapshot.organisation, ctx, ctx.processor.signatureStatement),
    ],
  };
}
