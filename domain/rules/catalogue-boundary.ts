import { z } from 'zod';
import { findAdditionalRequirement } from '../catalogues/additional-requirements';
import { CHANNEL_CATALOGUE } from '../catalogues/channels';
import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import { findMustListItem } from '../catalogues/dsk-must-list';
import { isAssignedCountryCode } from '../catalogues/iso-country-codes';
import { LEGAL_BASES } from '../catalogues/legal-bases';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import { RETENTION_PRESETS } from '../catalogues/retention-presets';
import { SUPERVISORY_AUTHORITIES } from '../catalogues/supervisory-authorities';
import type { Activity } from '../model/activity';
import type { Channel } from '../model/channel';
import type { Organisation } from '../model/organisation';
import type { Party } from '../model/party';
import type { Transfer } from '../model/transfer';

/**
 * Boundaries refuse what is not in the catalogues (issue #8): a legal-basis code, a catalogue
 * id of a data category, data-subject category, recipient or retention preset, a channel kind,
 * a country code or a DSK list item that the catalogues do not know. An entry of the user's own
 * carries no catalogue id (""), so a mistyped id is an error, never silently a custom entry.
 * The same checks run in the IPC input schemas, the forms (through them) and the import.
 */
export type CatalogueIssueCode =
  | 'unknown_legal_basis'
  | 'not_a_legal_basis'
  | 'unknown_requirement'
  | 'unknown_catalogue_id'
  | 'unknown_country'
  | 'unknown_channel'
  | 'unknown_must_list_item';

export interface CatalogueIssue {
  path: (string | number)[];
  code: CatalogueIssueCode;
  value: string;
}

const LEGAL_BASIS_IDS = new Set(LEGAL_BASES.map((b) => b.id));
const DATA_CATEGORY_IDS = new Set(DATA_CATEGORIES.map((c) => c.id));
const SUBJECT_IDS = new Set(DATA_SUBJECT_CATEGORIES.map((c) => c.id));
const RECIPIENT_IDS = new Set(RECIPIENT_CATEGORIES.map((c) => c.id));
const PRESET_IDS = new Set(RETENTION_PRESETS.map((p) => p.id));
const CHANNEL_IDS = new Set(CHANNEL_CATALOGUE.map((c) => c.id));
const AUTHORITY_IDS = new Set(SUPERVISORY_AUTHORITIES.map((a) => a.id));

type Path = (string | number)[];

function transferIssues(transfers: readonly Transfer[], at: Path): CatalogueIssue[] {
  return transfers.flatMap((t, i) =>
    t.countryCode && !isAssignedCountryCode(t.countryCode) ? [{ path: [...at, i, 'countryCode'], code: 'unknown_country' as const, value: t.countryCode }] : [],
  );
}

export function activityCatalogueIssues(activity: Activity): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const push = (path: Path, code: CatalogueIssueCode, value: string) => issues.push({ path, code, value });
  activity.purposes.forEach((purpose, i) => {
    purpose.legalBases.forEach((basis, j) => {
      const code = basis.code.trim();
      if (LEGAL_BASIS_IDS.has(code)) return;
      push(['purposes', i, 'legalBases', j, 'code'], findAdditionalRequirement(code) ? 'not_a_legal_basis' : 'unknown_legal_basis', code);
    });
    (purpose.additionalRequirements ?? []).forEach((requirement, j) => {
      if (!findAdditionalRequirement(requirement.code)) push(['purposes', i, 'additionalRequirements', j, 'code'], 'unknown_requirement', requirement.code);
    });
  });
  const ids = (items: readonly { catalogueId: string }[], known: Set<string>, field: string) =>
    items.forEach((item, i) => {
      if (item.catalogueId && !known.has(item.catalogueId)) push([field, i, 'catalogueId'], 'unknown_catalogue_id', item.catalogueId);
    });
  ids(activity.dataSubjectCategories, SUBJECT_IDS, 'dataSubjectCategories');
  ids(activity.dataCategories, DATA_CATEGORY_IDS, 'dataCategories');
  ids(activity.recipients, RECIPIENT_IDS, 'recipients');
  activity.retention.forEach((rule, i) => {
    if (rule.presetId && !PRESET_IDS.has(rule.presetId)) push(['retention', i, 'presetId'], 'unknown_catalogue_id', rule.presetId);
  });
  issues.push(...transferIssues(activity.transfers, ['transfers']));
  (activity.dpia.mustListItems ?? []).forEach((id, i) => {
    if (!findMustListItem(id)) push(['dpia', 'mustListItems', i], 'unknown_must_list_item', id);
  });
  return issues;
}

export function channelCatalogueIssues(channel: Pick<Channel, 'catalogueId'>): CatalogueIssue[] {
  return CHANNEL_IDS.has(channel.catalogueId) ? [] : [{ path: ['catalogueId'], code: 'unknown_channel', value: channel.catalogueId }];
}

export function partyCatalogueIssues(party: Pick<Party, 'countryCode' | 'address' | 'subProcessors'>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const country = (path: Path, code: string) => {
    if (code && !isAssignedCountryCode(code)) issues.push({ path, code: 'unknown_country', value: code });
  };
  country(['countryCode'], party.countryCode);
  country(['address', 'countryCode'], party.address.countryCode);
  party.subProcessors.forEach((sub, i) => country(['subProcessors', i, 'countryCode'], sub.countryCode));
  return issues;
}

export function organisationCatalogueIssues(organisation: Pick<Organisation, 'address' | 'supervisoryAuthority'>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const code = organisation.address.countryCode;
  if (code && !isAssignedCountryCode(code)) issues.push({ path: ['address', 'countryCode'], code: 'unknown_country', value: code });
  const authority = organisation.supervisoryAuthority.catalogueId;
  if (authority && !AUTHORITY_IDS.has(authority)) issues.push({ path: ['supervisoryAuthority', 'catalogueId'], code: 'unknown_catalogue_id', value: authority });
  return issues;
}

export function processorRecordCatalogueIssues(record: { transfers: readonly Transfer[] }): CatalogueIssue[] {
  return transferIssues(record.transfers, ['transfers']);
}

/** English text of an issue (the UI and the CLI translate by `code`). */
export function catalogueIssueMessage(issue: CatalogueIssue): string {
  return `${issue.code}: ${JSON.stringify(issue.value)} is not in the catalogue`;
}

/**
 * The schema with the catalogue check added: issues carry the path and `params.code`
 * (read by issuesFromZod), so forms mark the field and the CLI names the place.
 */
export function checkedAgainstCatalogues<S extends z.ZodType>(schema: S, check: (value: z.output<S>) => CatalogueIssue[]): S {
  return schema.superRefine((value, ctx) => {
    for (const issue of check(value as z.output<S>)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: catalogueIssueMessage(issue), params: { code: issue.code, value: issue.value } });
    }
  }) as unknown as S;
}
