import { ART32_GROUP_LABELS, CONTROL_AREA_LABELS, SDM_GOAL_LABELS, SUPERVISORY_AUTHORITIES, TOM_CATALOGUE } from '../domain/catalogues';
import { REGISTER_TEMPLATES } from '../domain/catalogues/register-templates';
import type { SupervisoryAuthorityEntry } from '../domain/catalogues/schema';
import { formatAuthorityAddress } from '../domain/catalogues/supervisory-authorities';
import { CUSTOMER_TEMPLATES } from '../domain/catalogues/templates/customers';
import { FACILITY_ORG_TEMPLATES } from '../domain/catalogues/templates/facility-org';
import { FINANCE_IT_TEMPLATES } from '../domain/catalogues/templates/finance-it';
import { HR_TEMPLATES } from '../domain/catalogues/templates/hr';
import type { Language } from '../domain/model/common';
import type { SupervisoryAuthorityRef } from '../domain/model/organisation';
import type { Art32Group, ControlArea, SdmGoal, TomMeasure } from '../domain/model/tom';

/**
 * The shipped templates and catalogues the register views offer (activity and register
 * templates, supervisory authorities, the TOM catalogue with its three groupings), already
 * in the UI language — the counterpart of catalogue-options.ts for these views.
 */

export interface TemplateOption {
  id: string;
  name: string;
  description: string;
}

export type ActivityTemplateGroup = 'hr' | 'customers' | 'financeIt' | 'facilityOrg';

const ACTIVITY_TEMPLATE_GROUPS: [ActivityTemplateGroup, typeof HR_TEMPLATES][] = [
  ['hr', HR_TEMPLATES],
  ['customers', CUSTOMER_TEMPLATES],
  ['financeIt', FINANCE_IT_TEMPLATES],
  ['facilityOrg', FACILITY_ORG_TEMPLATES],
];

/** ACTIVITY_TEMPLATES by subject area, in catalogue order. */
export function activityTemplateGroups(language: Language): { group: ActivityTemplateGroup; templates: TemplateOption[] }[] {
  return ACTIVITY_TEMPLATE_GROUPS.map(([group, templates]) => ({
    group,
    templates: templates.map((t) => ({ id: t.id, name: t.name[language], description: t.description[language] })),
  }));
}

/** Case-insensitive match of every search word in name or description. */
export function matchesSearch(option: { name: string; description: string }, search: string): boolean {
  const haystack = `${option.name} ${option.description}`.toLocaleLowerCase();
  return search
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export interface RegisterTemplateOption extends TemplateOption {
  activityCount: number;
  actsAsProcessor: boolean;
}

export function registerTemplateOptions(language: Language): RegisterTemplateOption[] {
  return REGISTER_TEMPLATES.map((t) => ({
    id: t.id,
    name: t.name[language],
    description: t.description[language],
    activityCount: t.activityTemplateIds.length,
    actsAsProcessor: t.actsAsProcessor,
  }));
}

// ---------------------------------------------------------------------------------------------
// Supervisory authorities

export function supervisoryAuthorities(): SupervisoryAuthorityEntry[] {
  return SUPERVISORY_AUTHORITIES;
}

/** The organisation's authority reference filled from a catalogue entry. */
export function authorityRef(entry: SupervisoryAuthorityEntry, language: Language): SupervisoryAuthorityRef {
  return {
    catalogueId: entry.id,
    name: entry.label[language],
    address: formatAuthorityAddress(entry),
    email: entry.email,
    website: entry.website,
  };
}

// ---------------------------------------------------------------------------------------------
// TOM catalogue and groupings

export type TomGrouping = 'art32Group' | 'controlArea' | 'sdmGoal';
export const TOM_GROUPINGS: readonly TomGrouping[] = ['art32Group', 'controlArea', 'sdmGoal'];

const GROUP_LABELS: Record<TomGrouping, Record<string, { de: string; en: string }>> = {
  art32Group: ART32_GROUP_LABELS,
  controlArea: CONTROL_AREA_LABELS,
  sdmGoal: SDM_GOAL_LABELS,
};

/** The groups of one grouping in their legal/catalogue order, with labels. */
export function tomGroups(grouping: TomGrouping, language: Language): { key: string; label: string }[] {
  return Object.entries(GROUP_LABELS[grouping]).map(([key, label]) => ({ key, label: label[language] }));
}

export function tomGroupLabel(grouping: TomGrouping, key: Art32Group | ControlArea | SdmGoal, language: Language): string {
  return GROUP_LABELS[grouping][key]?.[language] ?? key;
}

export interface TomCatalogueOption {
  id: string;
  title: string;
  description: string;
  art32Group: Art32Group;
  controlArea: ControlArea;
  sdmGoal: SdmGoal;
}

export function tomCatalogueOptions(language: Language): TomCatalogueOption[] {
  return TOM_CATALOGUE.map((entry) => ({
    id: entry.id,
    title: entry.label[language],
    description: entry.description?.[language] ?? '',
    art32Group: entry.art32Group,
    controlArea: entry.controlArea,
    sdmGoal: entry.sdmGoal,
  }));
}

/** Items grouped by the chosen grouping; empty groups are left out. */
export function groupBy<T extends Pick<TomMeasure, TomGrouping>>(
  items: T[],
  grouping: TomGrouping,
  language: Language,
): { key: string; label: string; items: T[] }[] {
  return tomGroups(grouping, language)
    .map((group) => ({ ...group, items: items.filter((item) => item[grouping] === group.key) }))
    .filter((group) => group.items.length > 0);
}
