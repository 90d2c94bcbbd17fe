import { CHANNEL_CATALOGUE } from '../../catalogues/channels';
import { COUNTRIES } from '../../catalogues/countries';
import type { RegisterSnapshot } from '../../documents/snapshot';
import type { Language } from '../../model/common';
import type { Organisation } from '../../model/organisation';
import type { Party } from '../../model/party';
import type { ProcessorRecord } from '../../model/processor-record';
import { countryStatus } from '../transfer-assessment';
import { findingsForActivity } from '../findings';
import { findingsForChannel } from './channel-rules';
import { countryName, transferFindings } from './transfer-rules';
import { makeFinding, mentionsPrivacyShield, type EngineFinding, type FindingEntity, type FindingParam, type FindingTarget } from './finding-builder';
import { RULE_CATALOGUE, type RuleId } from './rule-catalogue';

/** The register's data the engine reads (a RegisterSnapshot has it all). */
export type RegisterFacts = Pick<RegisterSnapshot, 'organisation' | 'activities' | 'parties' | 'channels' | 'processorRecords'>;

export interface EvaluateOptions {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Language of `params`; messages come in both languages. */
  language?: Language;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every finding of a register: the organisation sheet, each activity that is not archived,
 * each party and its sub-processors, each channel, each active processor record. A channel's
 * finding is reported once, however many activities use the channel. Sorted by severity, then
 * entity, then rule — so the CLI, the GUI and documents list the same findings in one order.
 */
export function evaluateRegister(register: RegisterFacts, options: EvaluateOptions): EngineFinding[] {
  const language = options.language ?? 'de';
  const context = { parties: register.parties, channels: register.channels, today: options.today, language };
  const findings: EngineFinding[] = [...organisationFindings(register.organisation, language)];
  for (const activity of register.activities.filter((a) => a.status !== 'archived')) {
    findings.push(...findingsForActivity(activity, context).filter((f) => f.entity.kind === 'activity'));
  }
  for (const party of register.parties) findings.push(...partyFindings(party, language));
  for (const channel of register.channels) {
    findingsForChannel(channel, context, { channels: CHANNEL_CATALOGUE }, (rule, target, params = {}, entity) =>
      findings.push(makeFinding(rule, entity!, target, params, language)),
    );
  }
  const partiesById = new Map(register.parties.map((p) => [p.id, p]));
  for (const record of register.processorRecords.filter((r) => r.status === 'active')) {
    findings.push(...processorRecordFindings(record, partiesById.get(record.controllerPartyId), context));
  }
  return sortFindings(findings);
}

export function sortFindings(findings: EngineFinding[]): EngineFinding[] {
  const kindOrder = ['organisation', 'activity', 'processor_record', 'party', 'channel'];
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      kindOrder.indexOf(a.entity.kind) - kindOrder.indexOf(b.entity.kind) ||
      a.entity.name.localeCompare(b.entity.name) ||
      a.entity.id.localeCompare(b.entity.id) ||
      a.rule.localeCompare(b.rule),
  );
}

function organisationFindings(o: Organisation, language: Language): EngineFinding[] {
  const entity: FindingEntity = { kind: 'organisation', id: 'organisation', name: o.name };
  const target: FindingTarget = { section: 'organisation', id: 'organisation' };
  const rules: RuleId[] = [];
  if (!o.name.trim() || !o.address.street.trim() || !o.address.city.trim()) rules.push('organisation.controller-missing');
  if (!o.legalRepresentatives.length) rules.push('organisation.representatives-missing');
  if (o.dpo.kind !== 'none' && !o.dpo.name.trim()) rules.push('organisation.dpo-missing');
  if (!o.supervisoryAuthority.name.trim()) rules.push('organisation.authority-missing');
  return rules.map((rule) => makeFinding(rule, entity, target, {}, language));
}

/** DPF certification belongs to US organisations; sub-processors need a country and, outside the EEA, a mechanism. */
export function partyFindings(party: Party, language: Language = 'de'): EngineFinding[] {
  const entity: FindingEntity = { kind: 'party', id: party.id, name: party.name };
  const findings: EngineFinding[] = [];
  const add = (rule: RuleId, target: FindingTarget, params: Record<string, FindingParam> = {}) =>
    findings.push(makeFinding(rule, entity, target, { party: party.name, ...params }, language));
  if (party.dpfCertified && party.countryCode && party.countryCode !== 'US') {
    add('party.dpf-not-us', { section: 'party', id: party.id }, { country: countryName(party.countryCode) });
  }
  for (const sub of party.subProcessors) {
    const target: FindingTarget = { section: 'sub_processor', id: sub.id };
    const params = { subProcessor: sub.name, country: sub.countryCode ? countryName(sub.countryCode) : '' };
    if (mentionsPrivacyShield(sub.service)) {
      add('transfer.privacy-shield', target, { where: { de: `Unterauftragsverarbeiter „${sub.name}“`, en: `Sub-processor “${sub.name}”` } });
    }
    if (!sub.countryCode) {
      add('subprocessor.country-missing', target, params);
      continue;
    }
    const status = countryStatus(sub.countryCode, COUNTRIES);
    if (sub.mechanism === 'dpf' && sub.countryCode !== 'US') add('subprocessor.dpf-not-us', target, params);
    else if ((status === 'third_country' || status === 'adequate_if_certified') && sub.mechanism === 'none') {
      add('subprocessor.mechanism-missing', target, params);
    }
  }
  return findings;
}

function processorRecordFindings(
  record: ProcessorRecord,
  controller: Party | undefined,
  context: { parties: readonly Party[]; today: string; language: Language },
): EngineFinding[] {
  const entity: FindingEntity = { kind: 'processor_record', id: record.id, name: controller?.name ?? record.controllerPartyId };
  const findings: EngineFinding[] = [];
  transferFindings(record.transfers, context, { countries: COUNTRIES }, (rule, target, params = {}) =>
    findings.push(makeFinding(rule, entity, target, params, context.language)),
  );
  return findings;
}

/** `vvt check --json`: `{"findings":[{"rule","severity","references","entity","message"}]}`. */
export interface FindingsReport {
  findings: { rule: RuleId; severity: EngineFinding['severity']; references: string[]; entity: FindingEntity; message: string }[];
}

export function findingsReport(findings: readonly EngineFinding[], language: Language): FindingsReport {
  return {
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      references: [...f.references],
      entity: { kind: f.entity.kind, id: f.entity.id, name: f.entity.name },
      message: f.message[language],
    })),
  };
}

export function countBySeverity(findings: readonly EngineFinding[]): Record<EngineFinding['severity'], number> {
  return {
    error: findings.filter((f) => f.severity === 'error').length,
    warning: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
  };
}

/** The catalogue as data for documentation and `vvt check --rules`-like listings. */
export function ruleCatalogueEntries(): { id: RuleId; severity: string; references: readonly string[]; asOf: string }[] {
  return (Object.keys(RULE_CATALOGUE) as RuleId[]).map((id) => ({
    id,
    severity: RULE_CATALOGUE[id].severity,
    references: RULE_CATALOGUE[id].references,
    asOf: RULE_CATALOGUE[id].asOf,
  }));
}
