import type { PeriodUnit, RetentionRule } from '../model/activity';
import type { Language } from '../model/common';
import { matchPeriod } from './value-match';

type RetentionText = Pick<RetentionRule, 'description' | 'periodAmount' | 'periodUnit' | 'periodText' | 'trigger' | 'basis'>;

const LIMIT = 500;
const PART_LABELS = {
  trigger: { de: 'Beginn', en: 'Starts' },
  basis: { de: 'Grundlage', en: 'Basis' },
} as const;
const TRIGGER = /^(?:beginn|start|starts|ab|from)\s*:\s*/i;
const BASIS = /^(?:grundlage|rechtsgrundlage|basis|legal basis)\s*:\s*/i;
const UNIT_TEXT: Record<Language, Record<PeriodUnit, string>> = {
  de: { days: 'Tage', weeks: 'Wochen', months: 'Monate', years: 'Jahre' },
  en: { days: 'days', weeks: 'weeks', months: 'months', years: 'years' },
};

/**
 * One retention rule as one line of a cell: "Rechnungen: 10 Jahre; Beginn: Ende des
 * Kalenderjahres; Grundlage: § 147 AO". Only the period is needed; a period that is not
 * "number unit" stays text. Null when a part is longer than the model allows.
 */
export function parseRetentionLine(line: string): RetentionText | null {
  // Only "; Beginn:" and "; Grundlage:" start a part: a basis may itself list laws with ";".
  const [head, ...parts] = line.split(/\s*;\s*(?=(?:beginn|start|starts|ab|from|grundlage|rechtsgrundlage|basis|legal basis)\s*:)/i);
  let trigger = '';
  let basis = '';
  for (const part of parts) {
    if (TRIGGER.test(part)) trigger = part.replace(TRIGGER, '').trim();
    else if (BASIS.test(part)) basis = part.replace(BASIS, '').trim();
  }
  const colon = head.indexOf(': ');
  const description = colon > 0 ? head.slice(0, colon).trim() : '';
  const periodPart = colon > 0 ? head.slice(colon + 2).trim() : head.trim();
  const period = matchPeriod(periodPart);
  const result: RetentionText = {
    description,
    periodAmount: period?.amount ?? null,
    periodUnit: period?.unit ?? 'years',
    periodText: period ? '' : periodPart,
    trigger,
    basis,
  };
  return [result.description, result.periodText, result.trigger, result.basis].some((text) => text.length > LIMIT) ? null : result;
}

/** The line parseRetentionLine reads back to the same fields. */
export function formatRetentionLine(rule: RetentionText, language: Language): string {
  const period = rule.periodAmount !== null ? `${rule.periodAmount} ${UNIT_TEXT[language][rule.periodUnit]}` : rule.periodText;
  const head = rule.description ? `${rule.description}: ${period}` : period;
  return [
    head,
    ...(rule.trigger ? [`${PART_LABELS.trigger[language]}: ${rule.trigger}`] : []),
    ...(rule.basis ? [`${PART_LABELS.basis[language]}: ${rule.basis}`] : []),
  ].join('; ');
}
