import type { Art30Context } from './context';
import { formatDate } from './format';
import { COLORS, CONTENT_WIDTH, PAGE_MARGINS } from './layout';
import type { PdfPageContent } from './pdf-types';
import { fill } from './texts';

/** Running header: organisation name left, document title right, a thin rule below. */
export function pageHeader(ctx: Art30Context, title: string = ctx.texts.art30.titleMain): PdfPageContent {
  const left = ctx.organisationName || ctx.texts.common.empty;
  return () => ({
    margin: [PAGE_MARGINS[0], 30, PAGE_MARGINS[2], 0],
    stack: [
      {
        columns: [
          { text: left, style: 'pageFurniture', width: CONTENT_WIDTH * 0.55 },
          { text: title, style: 'pageFurniture', alignment: 'right', width: CONTENT_WIDTH * 0.45 },
        ],
        columnGap: 0,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: COLORS.rule }] },
    ],
  });
}

/** Running footer: "Stand: …" left, the variant in the middle, "Seite x von y" right. */
export function pageFooter(ctx: Art30Context): PdfPageContent {
  const asOf = fill(ctx.texts.common.asOf, { date: formatDate(ctx.asOf, ctx.language) });
  const variant = ctx.texts.art30.variantShort[ctx.variant];
  const third = CONTENT_WIDTH / 3;
  return (currentPage, pageCount) => ({
    margin: [PAGE_MARGINS[0], 26, PAGE_MARGINS[2], 0],
    columns: [
      { text: asOf, style: 'pageFurniture', width: third },
      { text: variant, style: 'pageFurniture', alignment: 'center', width: third },
      {
        text: fill(ctx.texts.common.pageOf, { page: currentPage, pages: pageCount }),
        style: 'pageFurniture',
        alignment: 'right',
        width: third,
      },
    ],
    columnGap: 0,
  });
}
