import type { Activity, DataCategory } from '../../../model/activity';
import { bulletList, missingMandatory, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import type { PdfContent } from '../pdf-types';

/** Art. 30(1)(c): categories of data subjects. */
export function dataSubjectsRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const missing = activity.dataSubjectCategories.length === 0;
  return {
    label: a.dataSubjects,
    reference: a.dataSubjectsReference,
    missing,
    value: missing
      ? missingMandatory(ctx.texts)
      : bulletList(activity.dataSubjectCategories.map((c) => c.label), ctx.texts),
  };
}

function dataCategoryItem(category: DataCategory, ctx: Art30Context): PdfContent {
  const a = ctx.texts.art30.activity;
  if (category.special === 'none') return category.label;
  const marker = category.special === 'art9' ? a.specialArt9 : a.specialArt10;
  return { text: [category.label, ' ', { text: `(${marker})`, style: 'special' }] };
}

/** Art. 30(1)(c): categories of personal data; Art. 9 and Art. 10 data marked. */
export function dataCategoriesRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const missing = activity.dataCategories.length === 0;
  return {
    label: a.dataCategories,
    reference: a.dataCategoriesReference,
    missing,
    value: missing
      ? missingMandatory(ctx.texts)
      : bulletList(activity.dataCategories.map((c) => dataCategoryItem(c, ctx)), ctx.texts),
  };
}
