import { CHANNEL_CATALOGUE } from '../catalogues/channels';
import { COUNTRIES } from '../catalogues/countries';
import { LEGAL_BASES } from '../catalogues/legal-bases';
import { RETENTION_PRESETS } from '../catalogues/retention-presets';
import type { ChannelCatalogueEntry, CountryEntry, LegalBasisEntry, RetentionPreset } from '../catalogues/schema';
import type { Activity, PeriodUnit, RetentionRule } from '../model/activity';
import type { Channel } from '../model/channel';
import type { Language } from '../model/common';
import { translate } from '../i18n/translate';
import type { Party } from '../model/party';
import type { Finding, FindingParams, FindingSeverity } from './finding';
import { partyReferencesOfActivity } from './party-links';
import { assessTransfer, type TransferFindingCode } from './transfer-assessment';

/**
 * Checks of one processing activity against the consequences legal-bases.md, retention.md
 * and register.md draw. Messages: i18n key `parties.findings.<code>` with `params`.
 */
export const ACTIVITY_FINDING_CODES = [
  'purpose_without_legal_basis',
  'special_category_without_art9_basis',
  'criminal_data_without_art10_basis',
  'legitimate_interest_missing',
  'consent_record_missing',
  'retention_missing_for_category',
  'retention_without_trigger',
  'statutory_period_shortened',
  'processor_without_avv',
  'processor_not_linked',
  'linked_party_missing',
  'private_messenger_for_business',
] as const;
export type ActivityFindingCode = (typeof ACTIVITY_FINDING_CODES)[number] | TransferFindingCode;

/** The part of the activity a finding is about, so the UI can jump to it. */
export interface FindingTarget {
  section: 'purpose' | 'data_category' | 'retention' | 'transfer' | 'recipient' | 'channel' | 'activity';
  id: string;
}

export interface ActivityFinding extends Finding<ActivityFindingCode> {
  target: FindingTarget;
}

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
  /** Today as YYYY-MM-DD (DPF checks expire). */
  today: string;
  /** Language of texts the check puts into params (periods, legal references). */
  language?: Language;
  catalogues?: FindingCatalogues;
}

/** Findings for every activity that is not archived. */
export function collectFindings(activities: readonly Activity[], context: FindingsContext): ActivityFindings[] {
  return activities
    .filter((a) => a.status !== 'archived')
    .map((a) => ({ activityId: a.id, activityName: a.name, findings: findingsForActivity(a, context) }));
}

export function findingsForActivity(activity: Activity, context: FindingsContext): ActivityFinding[] {
  const catalogues = context.catalogues ?? SHIPPED_CATALOGUES;
  const language = context.language ?? 'de';
  const findings: ActivityFinding[] = [];
  const add = (code: ActivityFindingCode, severity: FindingSeverity, target: FindingTarget, params: FindingParams = {}) =>
    findings.push({ code, severity, target, params });
  const basis = (code: string) => catalogues.legalBases.find((b) => b.id === code);
  const activityTarget: FindingTarget = { section: 'activity', id: activity.id };

  for (const purpose of activity.purposes) {
    const target: FindingTarget = { section: 'purpose', id: purpose.id };
    const params = { purpose: purpose.description };
    if (!purpose.legalBases.length) add('purpose_without_legal_basis', 'error', target, params);
    const entries = purpose.legalBases.map((b) => basis(b.code));
    if (entries.some((e) => e?.requiresLegitimateInterest) && !purpose.legitimateInterest) {
      add('legitimate_interest_missing', 'error', target, params);
    }
    if (entries.some((e) => e?.isConsent) && !purpose.consentRecord) add('consent_record_missing', 'error', target, params);
  }

  const usedEntries = activity.purposes.flatMap((p) => p.legalBases.map((b) => basis(b.code))).filter((e) => e !== undefined);
  const art9Codes = new Set(catalogues.legalBases.filter((b) => b.group === 'art9').map((b) => b.id));
  const hasArt9Basis = usedEntries.some((e) => e.group === 'art9' || e.usedWith?.some((code) => art9Codes.has(code)));
  const hasArt10Basis = usedEntries.some((e) => e.group === 'art10');
  const special = activity.dataCategories.filter((c) => c.special === 'art9');
  const criminal = activity.dataCategories.filter((c) => c.special === 'art10');
  if (special.length && !hasArt9Basis) {
    add('special_category_without_art9_basis', 'error', activityTarget, { categories: special.map((c) => c.label).join(', ') });
  }
  if (criminal.length && !hasArt10Basis) {
    add('criminal_data_without_art10_basis', 'error', activityTarget, { categories: criminal.map((c) => c.label).join(', ') });
  }

  const coversAll = activity.retention.some((rule) => rule.dataCategoryIds.length === 0);
  const covered = new Set(activity.retention.flatMap((rule) => rule.dataCategoryIds));
  for (const category of activity.dataCategories) {
    if (!coversAll && !covered.has(category.id)) {
      add('retention_missing_for_category', 'warning', { section: 'data_category', id: category.id }, { category: category.label });
    }
  }
  for (const rule of activity.retention) {
    const target: FindingTarget = { section: 'retention', id: rule.id };
    const params = { rule: rule.description || rule.periodText };
    if (!rule.trigger) add('retention_without_trigger', 'warning', target, params);
    const preset = catalogues.retentionPresets.find((p) => p.id === rule.presetId);
    if (preset && isShortenedStatutoryPeriod(rule, preset)) {
      add('statutory_period_shortened', 'error', target, {
        ...params,
        period: formatPeriod(rule.periodAmount!, rule.periodUnit, language),
        statutoryPeriod: formatPeriod(preset.periodAmount!, preset.periodUnit, language),
        basis: preset.basis[language],
      });
    }
  }

  const partiesById = new Map(context.parties.map((p) => [p.id, p]));
  for (const transfer of activity.transfers) {
    const party = partiesById.get(transfer.partyId) ?? null;
    for (const f of assessTransfer(transfer, { party, today: context.today, countries: catalogues.countries })) {
      add(f.code, f.severity, { section: 'transfer', id: transfer.id }, f.params);
    }
  }

  for (const recipient of activity.recipients.filter((r) => r.kind === 'processor')) {
    const target: FindingTarget = { section: 'recipient', id: recipient.id };
    const party = partiesById.get(recipient.partyId);
    if (!recipient.partyId) add('processor_not_linked', 'warning', target, { recipient: recipient.label });
    else if (party && !party.contracts.some((c) => c.type === 'avv')) {
      add('processor_without_avv', 'error', target, { recipient: recipient.label, party: party.name });
    }
  }
  for (const reference of partyReferencesOfActivity(activity, context.channels)) {
    if (!partiesById.has(reference.partyId)) add('linked_party_missing', 'warning', activityTarget, { via: reference.via });
  }

  for (const channel of context.channels.filter((c) => activity.channelIds.includes(c.id))) {
    const entry = catalogues.channels.find((e) => e.id === channel.catalogueId);
    if (entry && !entry.businessUseIntended) {
      add('private_messenger_for_business', 'error', { section: 'channel', id: channel.id }, { channel: channel.name });
    }
  }
  return findings;
}

const MONTHS_PER_UNIT: Record<PeriodUnit, number> = { years: 12, months: 1, weeks: 7 / 30.4375, days: 1 / 30.4375 };

/** A rule taken from a statutory preset keeps data for less than the law's minimum. */
export function isShortenedStatutoryPeriod(rule: RetentionRule, preset: RetentionPreset): boolean {
  if (preset.kind !== 'statutory' || preset.periodAmount === null || rule.periodAmount === null) return false;
  return rule.periodAmount * MONTHS_PER_UNIT[rule.periodUnit] < preset.periodAmount * MONTHS_PER_UNIT[preset.periodUnit];
}

function formatPeriod(amount: number, unit: PeriodUnit, language: Language): string {
  return `${amount} ${translate(language, `parties.periodUnits.${unit}`)}`;
}
