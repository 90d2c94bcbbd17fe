import { DPIA_CONSEQUENCE_LABELS, dpiaConsequence } from '../../../catalogues';
import type { Activity } from '../../../model/activity';
import { bulletList, labelled, textOrEmpty, type TableRow } from '../blocks';
import { dpiaCriterionLabel } from '../catalogue-labels';
import type { Art30Context } from '../context';
import { formatDate, joinNonEmpty } from '../format';
import type { PdfContent } from '../pdf-types';
import { fill } from '../texts';
import { translate } from '../../../i18n/translate';
import { hasPendingChange, WORKFLOW_FIELDS } from '../../../rules/approved-revision';
import { fieldChanges, fieldLabel } from '../../../rules/field-changes';

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

/** The approved revision, and whether a change to it is in progress (with the changed fields). */
function revisionValue(activity: Activity, ctx: Art30Context): PdfContent {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(ctx.language, `approval.document.${key}`, params);
  const revision = ctx.revision(activity.id);
  if (!revision) return activity.status === 'approved' ? ctx.texts.status.approved : t('neverApproved');
  const params = {
    version: revision.activityVersion,
    date: formatDate(revision.approvedAt, ctx.language),
    actor: revision.approvedBy || translate(ctx.language, 'approval.revision.unknownActor'),
  };
  if (!hasPendingChange(activity, revision)) return t('revisionValue', params);
  const fields = fieldChanges(revision.activity, activity, { language: ctx.language, ignore: WORKFLOW_FIELDS })
    .map((change) => fieldLabel('activity', change.field, ctx.language));
  return [t('revisionValue', params), { text: t('pendingValue', { ...params, fields: [...new Set(fields)].join(', ') || '—' }), style: 'marker' }];
}

/** Status, ownership, dates and DPIA screening: printed in the internal variant only. */
export function internalRows(activity: Activity, ctx: Art30Context): TableRow[] {
  const a = ctx.texts.art30.activity;
  return [
    { divider: a.internalDivider },
    { label: a.status, value: ctx.texts.status[activity.status] },
    { label: translate(ctx.language, 'approval.document.revisionLabel'), value: revisionValue(activity, ctx) },
    { label: a.owner, value: ownerValue(activity, ctx) },
    { label: a.version, value: String(activity.version) },
    { label: a.createdAt, value: dateOrEmpty(activity.createdAt, ctx) },
    { label: a.updatedAt, value: dateOrEmpty(activity.updatedAt, ctx) },
    { label: a.lastReviewedOn, value: dateOrEmpty(activity.lastReviewedOn, ctx) },
    { label: a.nextReviewOn, value: dateOrEmpty(activity.nextReviewOn, ctx) },
    { label: a.dpia, reference: a.dpiaReference, value: dpiaValue(activity, ctx) },
  ];
}
