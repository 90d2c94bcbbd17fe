import { DPIA_CONSEQUENCE_LABELS } from '../../../catalogues';
import { translate } from '../../../i18n/translate';
import { printedDpiaConsequence, screenDpia } from '../../../rules/dpia-screening';
import type { Activity } from '../../../model/activity';
import { bulletList, labelled, textOrEmpty, type TableRow } from '../blocks';
import { dpiaCriterionLabel } from '../catalogue-labels';
import type { Art30Context } from '../context';
import { formatDate, joinNonEmpty } from '../format';
import type { PdfContent } from '../pdf-types';
import { fill } from '../texts';
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
  const screening = screenDpia(activity);
  const criteria = screening.criteria.map((criterion) => {
    const label = dpiaCriterionLabel(criterion, ctx.language);
    return screening.derived.includes(criterion) ? `${label} (${translate(ctx.language, 'legalChecks.dpia.derived')})` : label;
  });
  const performed = dpia.performed
    ? dpia.performedOn
      ? fill(a.dpiaPerformedOn, { date: formatDate(dpia.performedOn, ctx.language) })
      : ctx.texts.common.yes
    : ctx.texts.common.no;
  // An undecided screening is "not assessed", never "DPIA probably not required" (issue #8).
  const consequence = DPIA_CONSEQUENCE_LABELS[printedDpiaConsequence(screening)][ctx.language];
  const mustList = screening.mustListItems.map((item) => `${item.number}. ${item.label[ctx.language]}`);
  return [
    ...labelled(a.dpiaConsequence, consequence),
    ...labelled(a.dpiaDecision, ctx.texts.dpiaDecision[dpia.decision]),
    ...(criteria.length
      ? [{ text: `${a.dpiaCriteria}:`, style: 'inlineLabel' }, bulletList(criteria, ctx.texts)]
      : labelled(a.dpiaCriteria, ctx.texts.common.empty)),
    ...labelled(a.dpiaMandatoryList, screening.onMustList ? ctx.texts.common.yes : ctx.texts.common.no),
    ...(mustList.length ? [bulletList(mustList, ctx.texts)] : []),
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
    { label: translate(ctx.language, 'legalChecks.document.findings'), value: findingsValue(activity, ctx) },
  ];
}

/** The findings engine's findings for the activity, the same the GUI and `vvt check` show. */
function findingsValue(activity: Activity, ctx: Art30Context): PdfContent {
  const findings = ctx.findingsOf(activity.id);
  if (!findings.length) return translate(ctx.language, 'legalChecks.document.none');
  return bulletList(
    findings.map((f) => `${translate(ctx.language, `legalChecks.severity.${f.severity}`)}: ${f.message[ctx.language]} (${f.references.join(', ')})`),
    ctx.texts,
  );
}
