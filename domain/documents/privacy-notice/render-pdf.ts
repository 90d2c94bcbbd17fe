import { messages } from '../../i18n/messages';
import { formatDate } from '../art30/format';
import { COLORS, CONTENT_WIDTH, DEFAULT_STYLE, PAGE_MARGINS, STYLES, TABLE_LAYOUTS } from '../art30/layout';
import { CREATOR } from '../art30/metadata';
import type { PdfContent, PdfDocumentDefinition, PdfNode, PdfTableLayout } from '../art30/pdf-types';
import { fill } from '../art30/texts';
import type { NoticeBlock, NoticeRun, NoticeSection, PrivacyNotice } from './types';

/** The notice as a pdfmake definition (print and filing), in the type scale and colours of the Art. 30 document. */

export interface NoticePdfOptions {
  /** YYYY-MM-DD printed in the footer ("Stand: …"); left out when not given. */
  asOf?: string;
  /** Organisation name for the document information (author). */
  author?: string;
}

/** pdfmake turns `link` into a clickable annotation; the shared PdfNode type does not list it. */
type LinkNode = PdfNode & { link?: string };

const BOX_PADDING_X = 10;
const BOX_RULE = 3;
export const NOTICE_BOX_LAYOUT = 'vvtNoticeBox';

const noticeBoxLayout: PdfTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (index) => (index === 0 ? BOX_RULE : 0),
  vLineColor: () => COLORS.accent,
  paddingLeft: () => BOX_PADDING_X,
  paddingRight: () => BOX_PADDING_X,
  paddingTop: () => 8,
  paddingBottom: () => 4,
};

/** The Art. 30 layouts plus the objection box; the backend registers them with pdfmake. */
export const NOTICE_TABLE_LAYOUTS: Record<string, PdfTableLayout> = { ...TABLE_LAYOUTS, [NOTICE_BOX_LAYOUT]: noticeBoxLayout };

function runNode(run: NoticeRun): LinkNode {
  if (run.kind === 'emphasis') return { text: run.text, bold: true };
  if (run.kind === 'link') return { text: run.text, link: run.href, color: COLORS.accent };
  if (run.kind === 'missing') return { text: run.text, style: 'missing', background: COLORS.missingFill };
  return { text: run.text };
}

function blockNode(block: NoticeBlock): PdfContent {
  if (block.kind === 'paragraph') return { text: block.runs.map(runNode), style: 'paragraph' };
  return { ul: block.items.map((runs) => ({ text: runs.map(runNode), margin: [0, 0, 0, 2] })), markerColor: COLORS.muted, margin: [0, 0, 0, 8] };
}

function sectionNode(section: NoticeSection): PdfContent {
  const heading: PdfNode = { text: section.heading, style: 'h2', headlineLevel: 2 };
  const body = section.paragraphs.map(blockNode);
  if (!section.highlighted) {
    // The heading stays on the page of its first paragraph (lists may be long: they can break).
    const keep = section.paragraphs[0]?.kind === 'paragraph' ? 1 : 0;
    return { stack: [{ stack: [heading, ...body.slice(0, keep)], unbreakable: true }, ...body.slice(keep)] };
  }
  const cell: PdfNode = { stack: [{ ...heading, margin: [0, 0, 0, 6] }, ...body], fillColor: COLORS.headerFill };
  const width = Math.floor(CONTENT_WIDTH - 2 * BOX_PADDING_X - BOX_RULE - 1);
  return { table: { widths: [width], body: [[cell]], dontBreakRows: false }, layout: NOTICE_BOX_LAYOUT, margin: [0, 12, 0, 0] };
}

export function toPdfDefinition(notice: PrivacyNotice, options: NoticePdfOptions = {}): PdfDocumentDefinition {
  const common = messages[notice.language].documents.common;
  const asOf = options.asOf ? fill(common.asOf, { date: formatDate(options.asOf, notice.language) }) : '';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE_MARGINS[0], 56, PAGE_MARGINS[2], PAGE_MARGINS[3]],
    info: { title: notice.title, ...(options.author ? { author: options.author } : {}), creator: CREATOR },
    language: notice.language === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    version: '1.7',
    footer: (page, pages) => ({
      margin: [PAGE_MARGINS[0], 26, PAGE_MARGINS[2], 0],
      columns: [
        { text: asOf, style: 'pageFurniture', width: CONTENT_WIDTH / 2 },
        { text: fill(common.pageOf, { page, pages }), style: 'pageFurniture', alignment: 'right', width: CONTENT_WIDTH / 2 },
      ],
      columnGap: 0,
    }),
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    content: [{ text: notice.title, style: 'h1' }, ...notice.intro.map(blockNode), ...notice.sections.map(sectionNode)],
  };
}
