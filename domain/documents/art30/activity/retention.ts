import type { Activity, RetentionRule } from '../../../model/activity';
import { emptyValue, labelled, spacedBlocks, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import { formatRetentionPeriod } from '../format';
import type { PdfContent } from '../pdf-types';

function coveredCategories(rule: RetentionRule, activity: Activity, ctx: Art30Context): string {
  if (rule.dataCategoryIds.length === 0) return ctx.texts.art30.activity.retentionAllCategories;
  const labels = new Map(activity.dataCategories.map((category) => [category.id, category.label]));
  return rule.dataCategoryIds.map((id) => labels.get(id) ?? id).join(', ');
}

function periodText(rule: RetentionRule, ctx: Art30Context): string {
  return formatRetentionPeriod(rule, ctx.texts);
}

function ruleBlock(rule: RetentionRule, activity: Activity, ctx: Art30Context): PdfContent[] {
  const a = ctx.texts.art30.activity;
  const basis = rule.basis ? `${rule.basis} (${ctx.texts.retentionKind[rule.kind]})` : '';
  const block: PdfContent[] = [];
  if (rule.description) block.push({ text: rule.description, style: 'cellLead' });
  block.push(
    ...labelled(a.retentionCovers, coveredCategories(rule, activity, ctx)),
    ...labelled(a.retentionPeriod, periodText(rule, ctx) || ctx.texts.common.empty),
    ...labelled(a.retentionTrigger, rule.trigger),
    ...labelled(a.retentionBasis, basis),
    ...labelled(a.retentionAction, ctx.texts.retentionAction[rule.action]),
  );
  return block;
}

/** Art. 30(1)(f): per rule the data categories, period, start, basis and what happens then. */
export function retentionRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  return {
    label: a.retention,
    reference: a.retentionReference,
    value: activity.retention.length
      ? spacedBlocks(activity.retention.map((rule) => ruleBlock(rule, activity, ctx)))
      : emptyValue(ctx.texts),
  };
}
