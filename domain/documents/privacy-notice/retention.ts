import type { Activity, RetentionRule } from '../../model/activity';
import { formatRetentionPeriod, joinNonEmpty } from '../art30/format';
import { fill } from '../art30/texts';
import { missing, section, type NoticeContext } from './context';
import { fillRuns, joinRuns, list, paragraph, runs, type RunInput } from './rich-text';
import type { NoticeSection } from './types';

/** Element 8: the storage period per retention rule (amount + unit, or the criteria), its start, basis and what follows. */

export interface RuleOfActivity {
  rule: RetentionRule;
  activity: Activity;
}

function what(rule: RetentionRule, activity: Activity, ctx: NoticeContext, nameActivity: boolean): string {
  if (rule.description.trim()) return rule.description.trim();
  const labels = new Map(activity.dataCategories.map((category) => [category.id, category.label]));
  const covered = joinNonEmpty(rule.dataCategoryIds.map((id) => labels.get(id) ?? ''), ctx.t.common.listSeparator);
  if (covered) return covered;
  return nameActivity ? activity.name : ctx.t.storage.allData;
}

function period(rule: RetentionRule, ctx: NoticeContext): RunInput {
  return formatRetentionPeriod(rule, ctx.docs) || missing(ctx, 'retention_period');
}

function ruleItem({ rule, activity }: RuleOfActivity, ctx: NoticeContext, nameActivity: boolean): RunInput {
  const s = ctx.t.storage;
  const parts: RunInput[] = [
    fillRuns(s.item, { what: what(rule, activity, ctx, nameActivity), period: period(rule, ctx) }),
    rule.trigger.trim() ? fill(s.trigger, { trigger: rule.trigger.trim() }) : '',
    rule.basis.trim() ? fill(s.basis, { basis: rule.basis.trim() }) : '',
    fill(s.action, { action: ctx.docs.retentionAction[rule.action] }),
  ];
  return runs(joinRuns(parts, '; '), '.');
}

/** `nameActivity`: rules without a description are named after their activity (channel notices list several). */
export function storageSection(rules: RuleOfActivity[], ctx: NoticeContext, nameActivity = false): NoticeSection {
  if (rules.length === 0) return section(ctx, 'storage_period', [paragraph(missing(ctx, 'retention'))]);
  return section(ctx, 'storage_period', [paragraph(ctx.t.storage.intro), list(rules.map((r) => ruleItem(r, ctx, nameActivity)))]);
}
