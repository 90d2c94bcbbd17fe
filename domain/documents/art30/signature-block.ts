import { messages } from '../../i18n/messages';
import type { Organisation } from '../../model/organisation';
import { representativeKind, representativeWording } from '../legal-form';
import type { Art30Context } from './context';
import { formatDate, joinNonEmpty } from './format';
import { COLORS, CONTENT_WIDTH } from './layout';
import type { PdfContent, PdfNode } from './pdf-types';
import { fill } from './texts';

const GAP = 36;
const PLACE_WIDTH = (CONTENT_WIDTH - GAP) * 0.42;
const SIGNATURE_WIDTH = CONTENT_WIDTH - GAP - PLACE_WIDTH;

function lineWithCaption(width: number, caption: string): PdfNode {
  return {
    width,
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7, lineColor: COLORS.ink }] },
      { text: caption, style: 'signatureCaption' },
    ],
  };
}

/** One "place, date" line and one signature line per legal representative (or one generic line). */
function signatureLines(organisation: Organisation, ctx: Art30Context): PdfNode[] {
  const s = ctx.texts.art30.signature;
  const names = organisation.legalRepresentatives
    .filter((person) => person.name.trim() !== '')
    .map((person) => joinNonEmpty([person.name, person.function], ', '));
  const captions = names.length
    ? names.map((name) => `${s.signature} – ${name}`)
    : [`${s.signature} – ${representativeWording(organisation.legalForm, ctx.language)}`];
  return captions.map((caption) => ({
    columns: [lineWithCaption(PLACE_WIDTH, s.placeDate), lineWithCaption(SIGNATURE_WIDTH, caption)],
    columnGap: GAP,
    margin: [0, 48, 0, 0],
  }));
}

/** Closing page: the legal representatives (by legal form) confirm the record (TOC and outline entry). */
export function signatureBlock(organisation: Organisation, ctx: Art30Context, statement?: string): PdfContent {
  const heading = messages[ctx.language].legalTexts.approvalHeading[representativeKind(organisation.legalForm)];
  return {
    pageBreak: 'before',
    stack: [
      { text: heading, style: 'h1', id: 'approval', tocItem: true, tocStyle: 'tocEntry', tocMargin: [0, 8, 0, 2], outline: true },
      {
        unbreakable: true,
        stack: [
          { text: fill(statement ?? ctx.texts.art30.signature.statement, { date: formatDate(ctx.asOf, ctx.language) }), style: 'paragraph' },
          ...signatureLines(organisation, ctx),
        ],
      },
    ],
  };
}
