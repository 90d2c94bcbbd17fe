import { DPIA_CONSEQUENCE_LABELS, dpiaConsequence } from '../../../catalogues';
import type { Activity } from '../../../model/activity';
import { bulletList, labelled, textOrEmpty, type TableRow } from '../blocks';
import { dpiaCriterionLabel } from '../catalogue-labels';
import type { Art30Context } from '../context';
import { formatDate, joinNonEmpty } from '../format';
import type { PdfContent } from '../pdf-types';
import { fill } from '../texts';

function dateOrEmpty(value: string, ctx: Art30Context): PdfContent {
  return textOrEmpty(formatDate(value, ctx.language), ctx.texts);
}

function ownerValue(activity: Activity, ctx: Art30Context): PdfContent {
  const { department, contactName, contactEmail } = activity.owner;
  const lines = [department, joinNonEmpty([contactName, contactEmail], ', ')].filter((line) => line.trim() !== '');
  return lines.length ? lines : textOrEmpty('', ctx.texts);
}

function dpiaValue(activity: Activity, ctx: Art30Context): PdfContent {
  const a = ctx.texts.art30.activity;
  const { dpia } = activity;
  const criteria = dpia.criteria.map((criterion) => dpiaCriterionLabel(criterion, ctx.language));
  const performed = dpia.performed
    ? dpia.performedOn
      ? fill(a.dpiaPerformedOn, { date: formatDate(dpia.performedOn, ctx.language) })
      : ctx.texts.common.yes
    : ctx.texts.common.no;
  const consequence = DPIA_CONSEQUENCE_LABELS[dpiaConsequence(dpia.criteria.length, dpia.onMandatoryList)][ctx.language];
  return [
    ...labelled(a.dpiaConsequence, consequence),
    ...labelled(a.dpiaDecision, ctx.texts.dpiaDecision[dpia.decision]),
    ...(criteria.length
      ? [{ text: `${a.dpiaCriteria}:`, style: 'inlineLabel' }, bulletList(criteria, ctx.texts)]
      : labelled(a.dpiaCriteria, ctx.texts.common.empty)),
    ...labelled(a.dpiaMandatoryList, dpia.onMandatoryList ? ctx.texts.common.yes : ctx.texts.common.no),
    ...labelled(a.dpiaReason, dpia.reason),
    ...labelled(a.dpiaPerformed, performed),
    ...labelled(a.dpiaDocument, dpia.reference),
  ];
}

/** Status, ownership, dates and DPIA screening: printed in the internal variant only. */
export function internalRows(activity: Activity, ctx: Art30Context): TableRow[] {
  const a = ctx.texts.art30.activity;
  return [
    { divider: a.internalDivider },
    { label: a.status, value: ctx.texts.status[activity.status] },
    { label: a.owner, value: ownerValue(activity, ctx) },
    { label: a.version, value: String(activity.version) },
    { label: a.createdAt, value: dateOrEmpty(activity.createdAt, ctx) },
    { label: a.updatedAt, value: dateOrEmpty(activity.updatedAt, ctx) },
    { label: a.lastReviewedOn, value: dateOrEmpty(activity.lastReviewedOn, ctx) },
    { label: a.nextReviewOn, value: dateOrEmpty(activity.nextReviewOn, ctx) },
    { label: a.dpia, reference: a.dpiaReference, value: dpiaValue(activity, ctx) },
  ];
}
