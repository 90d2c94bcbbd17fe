import { findAdditionalRequirement } from '../catalogues/additional-requirements';
import { CHANNEL_CATALOGUE } from '../catalogues/channels';
import { COUNTRIES } from '../catalogues/countries';
import { LEGAL_BASES } from '../catalogues/legal-bases';
import { RETENTION_PRESETS } from '../catalogues/retention-presets';
import type { ChannelCatalogueEntry, CountryEntry, LegalBasisEntry, RetentionPreset } from '../catalogues/schema';
import type { Activity, PeriodUnit, Purpose, RetentionRule } from '../model/activity';
import type { Channel } from '../model/channel';
import type { Language, LocalizedText } from '../model/common';
import { translate } from '../i18n/translate';
import type { Party } from '../model/party';
import { effectiveSpecial } from './catalogue-facts';
import { findingsForChannel } from './engine/channel-rules';
import { dpiaFindings } from './engine/dpia-rules';
import { makeFinding, type AddFinding as Add, type EngineFinding, type FindingEntity, type FindingTarget } from './engine/finding-builder';
import type { RuleId } from './engine/rule-catalogue';
import { transferFindings } from './engine/transfer-rules';
import { partyReferencesOfActivity } from './party-links';

export type { FindingEntity, FindingTarget } from './engine/finding-builder';
export { findingsForChannel } from './engine/channel-rules';
export { countryName, transferFindings, TRANSFER_RULES } from './engine/transfer-rules';
export { RULE_CATALOGUE, RULE_IDS, type RuleId } from './engine/rule-catalogue';

/**
 * Checks of one processing activity — legal bases, special categories, retention, recipients,
 * transfers, channels, DPIA screening — as findings of the engine (rule catalogue in
 * engine/rule-catalogue.ts). The register-wide checks (organisation, parties, channels not
 * used by any activity, processor records) are in engine/evaluate-register.ts.
 */
export type ActivityFindingCode = RuleId;
/** Kept for callers written against the earlier per-activity codes: the engine's rule ids. */
export { RULE_IDS as ACTIVITY_FINDING_CODES } from './engine/rule-catalogue';
export type ActivityFinding = EngineFinding;

export interface ActivityFindings {
  activityId: string;
  activityName: string;
  findings: ActivityFinding[];
}

export interface FindingCatalogues {
  legalBases: readonly LegalBasisEntry[];
  retentionPresets: readonly RetentionPreset[];
  channels: readonly ChannelCatalogueEntry[];
  countries: readonly CountryEntry[];
}

const SHIPPED_CATALOGUES: FindingCatalogues = {
  legalBases: LEGAL_BASES,
  retentionPresets: RETENTION_PRESETS,
  channels: CHANNEL_CATALOGUE,
  countries: COUNTRIES,
};

export interface FindingsContext {
  parties: readonly Party[];
  channels: readonly Channel[];
  /** Today as YYYY-MM-DD (DPF checks expire, reviews fall due). */
  today: string;
  /** Language of `params` (the message is always in both languages). */
  language?: Language;
  catalogues?: FindingCatalogues;
}

/** Findings for every activity that is not archived. */
export function collectFindings(activities: readonly Activity[], context: FindingsContext): ActivityFindings[] {
  return activities
    .filter((a) => a.status !== 'archived')
    .map((a) => ({ activityId: a.id, activityName: a.name, findings: findingsForActivity(a, context) }));
}

/** The activity's findings; same as findingsForActivity (name of the engine's API). */
export function activityFindings(activity: Activity, context: FindingsContext): ActivityFinding[] {
  return findingsForActivity(activity, context);
}


export function findingsForActivity(activity: Activity, context: FindingsContext): ActivityFinding[] {
  const catalogues = context.catalogues ?? SHIPPED_CATALOGUES;
  const language = context.language ?? 'de';
  const entity: FindingEntity = { kind: 'activity', id: activity.id, name: activity.name };
  const findings: ActivityFinding[] = [];
  const add: Add = (rule, target, params = {}, about = entity) => findings.push(makeFinding(rule, about, target, params, language));
  const activityTarget: FindingTarget = { section: 'activity', id: activity.id };

  completenessFindings(activity, context.today, add, activityTarget);
  for (const purpose of activity.purposes) purposeFindings(purpose, catalogues, add);
  specialCategoryFindings(activity, catalogues, add, activityTarget);
  retentionFindings(activity, catalogues, add);
  recipientFindings(activity, context, add, activityTarget);
  transferFindings(activity.transfers, context, catalogues, add);
  channelFindings(activity, context, catalogues, add);
  dpiaFindings(activity, add);
  return findings;
}

function completenessFindings(activity: Activity, today: string, add: Add, target: FindingTarget): void {
  if (!activity.purposes.length) add('activity.purposes-missing', target);
  if (!activity.dataSubjectCategories.length) add('activity.data-subjects-missing', target);
  if (!activity.dataCategories.length) add('activity.data-categories-missing', target);
  const { measureIds, specific, securityConceptRef } = activity.toms;
  if (!measureIds.length && !specific.trim() && !securityConceptRef.trim()) add('activity.toms-missing', target);
  if (activity.nextReviewOn && activity.nextReviewOn < today) add('activity.review-overdue', target, { date: activity.nextReviewOn });
  const source = activity.dataSource;
  if (!source.fromDataSubject && !source.otherSources.trim() && !source.publiclyAccessible && source.art14Exemption === 'none') {
    add('activity.art14-source-missing', { section: 'source', id: activity.id });
  }
}

function citations(codes: readonly string[], catalogues: FindingCatalogues): LocalizedText {
  const entries = codes.map((code) => catalogues.legalBases.find((b) => b.id === code));
  return {
    de: codes.map((code, i) => entries[i]?.citation.de ?? code).join(', '),
    en: codes.map((code, i) => entries[i]?.citation.en ?? code).join(', '),
  };
}

function purposeFindings(purpose: Purpose, catalogues: FindingCatalogues, add: Add): void {
  const target: FindingTarget = { section: 'purpose', id: purpose.id };
  const params = { purpose: purpose.description };
  const codes = purpose.legalBases.map((b) => b.code.trim()).filter(Boolean);
  const entries = codes.map((code) => catalogues.legalBases.find((b) => b.id === code));
  const known = entries.filter((e): e is LegalBasisEntry => e !== undefined);
  const art9Codes = new Set(catalogues.legalBases.filter((b) => b.group === 'art9').map((b) => b.id));
  const requirements = new Set((purpose.additionalRequirements ?? []).map((r) => r.code));
  const hasArt6 = known.some((e) => e.group === 'art6');

  if (!hasArt6) {
    const art9Like = known.some((e) => e.group === 'art9' || e.usedWith?.some((code) => art9Codes.has(code)));
    if (art9Like) add('basis.art9-without-art6', target, params);
    else if (codes.includes('bdsg-26-1')) add('basis.bdsg26-only', target, params);
    else if (requirements.has('uwg-7')) add('basis.uwg-not-a-basis', target, params);
    else if (requirements.has('tdddg-25')) add('basis.tdddg-not-a-basis', target, params);
    else if (!codes.length) add('basis.missing', target, params);
    else add('basis.no-art6', target, { ...params, cited: citations(codes, catalogues) });
  } else {
    for (const code of requirements) {
      const requirement = findAdditionalRequirement(code);
      if (requirement && !requirement.compatibleBases.some((b) => codes.includes(b))) {
        add('basis.requirement-without-basis', target, {
          ...params,
          requirement: requirement.citation,
          compatible: citations(requirement.compatibleBases, catalogues),
        });
      }
    }
  }

  purpose.legalBases.forEach((basis) => {
    const entry = catalogues.legalBases.find((b) => b.id === basis.code.trim());
    if (!entry || entry.group !== 'art6' || !entry.requiresNote || basis.note.trim()) return;
    const namedElsewhere = known.some((other) => other.group === 'national' && other.usedWith?.includes(entry.id));
    if (!namedElsewhere) add('basis.provision-missing', target, { ...params, basis: entry.citation });
  });
  if (known.some((e) => e.requiresLegitimateInterest) && !purpose.legitimateInterest.trim()) {
    add('basis.legitimate-interest-missing', target, params);
  }
  if (known.some((e) => e.isConsent) && !purpose.consentRecord.trim()) add('basis.consent-proof-missing', target, params);
  else if (known.some((e) => e.isConsent) && NOTICE_AS_CONSENT.test(purpose.consentRecord)) add('basis.notice-is-not-consent', target, params);
}

/** "agrees to / accepts the privacy notice" written as the way consent is given (legal-checks.md, Consent). */
const NOTICE_AS_CONSENT =
  /(datenschutz(erklärung|hinweise?|bestimmungen)|privacy (notice|policy))\S*\s+(\S+\s+){0,4}?(akzeptier|zustimm|zugestimmt|bestätig|accept|agree)|(akzeptier|zustimm|stimmt|accept|agree)\S*\s+(\S+\s+){0,4}?(der |den |die |the |our |to )?(datenschutz(erklärung|hinweise?|bestimmungen)|privacy (notice|policy))/i;

function specialCategoryFindings(activity: Activity, catalogues: FindingCatalogues, add: Add, target: FindingTarget): void {
  const used = activity.purposes
    .flatMap((p) => p.legalBases.map((b) => catalogues.legalBases.find((e) => e.id === b.code.trim())))
    .filter((e): e is LegalBasisEntry => e !== undefined);
  const art9Codes = new Set(catalogues.legalBases.filter((b) => b.group === 'art9').map((b) => b.id));
  const hasArt9Basis = used.some((e) => e.group === 'art9' || e.usedWith?.some((code) => art9Codes.has(code)));
  const hasArt10Basis = used.some((e) => e.group === 'art10');
  const special = activity.dataCategories.filter((c) => effectiveSpecial(c) === 'art9');
  const criminal = activity.dataCategories.filter((c) => effectiveSpecial(c) === 'art10');
  if (special.length && !hasArt9Basis) add('special.art9-basis-missing', target, { categories: special.map((c) => c.label).join(', ') });
  if (criminal.length && !hasArt10Basis) add('special.art10-basis-missing', target, { categories: criminal.map((c) => c.label).join(', ') });
}

const MONTHS_PER_UNIT: Record<PeriodUnit, number> = { years: 12, months: 1, weeks: 7 / 30.4375, days: 1 / 30.4375 };
/** Accounting vouchers: 8 years since 1 January 2025 (§ 147(3) AO, § 257(4) HGB as amended by BEG IV). */
const VOUCHER_PRESET = 'accounting_vouchers';
const VOUCHER_MONTHS = 8 * 12;

function months(amount: number, unit: PeriodUnit): number {
  return amount * MONTHS_PER_UNIT[unit];
}

function retentionFindings(activity: Activity, catalogues: FindingCatalogues, add: Add): void {
  const coversAll = activity.retention.some((rule) => rule.dataCategoryIds.length === 0);
  const covered = new Set(activity.retention.flatMap((rule) => rule.dataCategoryIds));
  for (const category of activity.dataCategories) {
    if (!coversAll && !covered.has(category.id)) {
      add('retention.missing', { section: 'data_category', id: category.id }, { category: category.label });
    }
  }
  for (const rule of activity.retention) {
    const target: FindingTarget = { section: 'retention', id: rule.id };
    const params = { rule: rule.description || rule.periodText || rule.basis };
    if (!rule.trigger.trim()) add('retention.no-trigger', target, params);
    const preset = catalogues.retentionPresets.find((p) => p.id === rule.presetId);
    if (preset && isShortenedStatutoryPeriod(rule, preset)) {
      add('retention.statutory-shortened', target, {
        ...params,
        period: periodText(rule.periodAmount!, rule.periodUnit),
        statutoryPeriod: periodText(preset.periodAmount!, preset.periodUnit),
        basis: preset.basis,
      });
    } else if (rule.presetId === VOUCHER_PRESET && rule.periodAmount !== null && months(rule.periodAmount, rule.periodUnit) > VOUCHER_MONTHS) {
      add('retention.voucher-over-retention', target, { ...params, period: periodText(rule.periodAmount, rule.periodUnit) });
    }
  }
}

/** A rule taken from a statutory preset keeps data for less than the law's minimum. */
export function isShortenedStatutoryPeriod(rule: RetentionRule, preset: RetentionPreset): boolean {
  if (preset.kind !== 'statutory' || preset.periodAmount === null || rule.periodAmount === null) return false;
  return months(rule.periodAmount, rule.periodUnit) < months(preset.periodAmount, preset.periodUnit);
}

function periodText(amount: number, unit: PeriodUnit): LocalizedText {
  return {
    de: `${amount} ${translate('de', `parties.periodUnits.${unit}`)}`,
    en: `${amount} ${translate('en', `parties.periodUnits.${unit}`)}`,
  };
}

function recipientFindings(activity: Activity, context: FindingsContext, add: Add, activityTarget: FindingTarget): void {
  const partiesById = new Map(context.parties.map((p) => [p.id, p]));
  for (const recipient of activity.recipients.filter((r) => r.kind === 'processor')) {
    const target: FindingTarget = { section: 'recipient', id: recipient.id };
    const party = partiesById.get(recipient.partyId);
    if (!recipient.partyId) add('processor.not-linked', target, { recipient: recipient.label });
    else if (party && !party.contracts.some((c) => c.type === 'avv')) {
      add('processor.no-avv', target, { recipient: recipient.label, party: party.name });
    }
  }
  for (const reference of partyReferencesOfActivity(activity, context.channels)) {
    if (!partiesById.has(reference.partyId)) {
      add('party.link-missing', activityTarget, {
        via: { de: translate('de', `parties.linkVia.${reference.via}`), en: translate('en', `parties.linkVia.${reference.via}`) },
      });
    }
  }
}

function channelFindings(activity: Activity, context: FindingsContext, catalogues: FindingCatalogues, add: Add): void {
  for (const channel of context.channels.filter((c) => activity.channelIds.includes(c.id))) {
    findingsForChannel(channel, context, catalogues, add);
  }
}

