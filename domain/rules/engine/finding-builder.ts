import type { Language, LocalizedText } from '../../model/common';
import type { FindingParams } from '../finding';
import { RULE_CATALOGUE, type RuleId } from './rule-catalogue';

export type FindingEntityKind = 'organisation' | 'activity' | 'party' | 'channel' | 'processor_record';

/** The register entity a finding concerns. */
export interface FindingEntity {
  kind: FindingEntityKind;
  id: string;
  name: string;
}

/** The part of the entity a finding is about, so the UI can jump to it. */
export interface FindingTarget {
  section:
    | 'purpose'
    | 'data_category'
    | 'retention'
    | 'transfer'
    | 'recipient'
    | 'channel'
    | 'activity'
    | 'dpia'
    | 'source'
    | 'organisation'
    | 'party'
    | 'sub_processor'
    | 'processor_record';
  id: string;
}

/**
 * One finding of the engine. `code` equals `rule` (kept for callers written against the
 * earlier `Finding` type); `params` hold the values in the language asked for.
 */
export interface EngineFinding {
  rule: RuleId;
  code: RuleId;
  severity: 'error' | 'warning' | 'info';
  references: readonly string[];
  entity: FindingEntity;
  target: FindingTarget;
  params: FindingParams;
  message: LocalizedText;
}

/** A parameter value; a pair is used where the value itself is language-dependent. */
export type FindingParam = string | number | LocalizedText;

/** How a check reports: the rule, where, its parameters, and (optionally) another entity than the one checked. */
export type AddFinding = (rule: RuleId, target: FindingTarget, params?: Record<string, FindingParam>, entity?: FindingEntity) => void;

function valueIn(value: FindingParam, language: Language): string | number {
  return typeof value === 'object' ? value[language] : value;
}

function fillTemplate(template: string, params: Record<string, FindingParam>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(valueIn(params[name], language)) : whole));
}

export function makeFinding(
  rule: RuleId,
  entity: FindingEntity,
  target: FindingTarget,
  params: Record<string, FindingParam> = {},
  language: Language = 'de',
): EngineFinding {
  const definition = RULE_CATALOGUE[rule];
  return {
    rule,
    code: rule,
    severity: definition.severity,
    references: definition.references,
    entity,
    target,
    params: Object.fromEntries(Object.entries(params).map(([key, value]) => [key, valueIn(value, language)])),
    message: { de: fillTemplate(definition.message.de, params, 'de'), en: fillTemplate(definition.message.en, params, 'en') },
  };
}

const PRIVACY_SHIELD = /privacy[\s\-_]*shield/i;

/** Free text that still relies on the invalidated EU–US Privacy Shield. */
export function mentionsPrivacyShield(...texts: (string | undefined)[]): boolean {
  return texts.some((text) => Boolean(text && PRIVACY_SHIELD.test(text)));
}
