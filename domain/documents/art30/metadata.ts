import type { Art30Context } from './context';
import { formatDate } from './format';
import type { PdfDocumentInfo } from './pdf-types';
import { fill } from './texts';

export const CREATOR = 'VVT Desk';

/** PDF document information: title, author (the organisation), subject, keywords, creator. */
export function art30Metadata(ctx: Art30Context): PdfDocumentInfo {
  const t = ctx.texts.art30;
  return {
    title: t.title,
    ...(ctx.organisationName ? { author: ctx.organisationName } : {}),
    subject: fill(t.subject, { variant: t.variantShort[ctx.variant], date: formatDate(ctx.asOf, ctx.language) }),
    keywords: t.keywords,
    creator: CREATOR,
  };
}
