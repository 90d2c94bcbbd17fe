import {
  ADEQUACY_AS_OF,
  ART32_GROUP_LABELS,
  CONTROL_AREA_LABELS,
  COUNTRIES,
  DPIA_CONSEQUENCE_LABELS,
  DPIA_CRITERIA_CATALOGUE,
  RECIPIENT_CATEGORIES,
  RETENTION_PRESETS,
  SDM_GOAL_LABELS,
  type CountryStatus,
  type DpiaConsequence,
  type RetentionPreset,
} from '../../../domain/catalogues';
import type { DpiaCriterion, RecipientKind } from '../../../domain/model/activity';
import type { Language, LocalizedText } from '../../../domain/model/common';
import { Art32GroupSchema, ControlAreaSchema, SdmGoalSchema, type TomMeasure } from '../../../domain/model/tom';
import type { TransferMechanism } from '../../../domain/model/transfer';
import type { SuggestionOption } from '../../catalogue-options';

/**
 * The shipped catalogues as the editor's further sections need them (recipients, countries,
 * transfer mechanisms, retention presets, DPIA criteria, TOM groupings), in the UI language.
 * Like src/catalogue-options.ts, the one place these views read domain/catalogues.
 */

export interface RecipientSuggestion extends SuggestionOption {
  kind: RecipientKind;
}

export function recipientSuggestions(language: Language): RecipientSuggestion[] {
  return RECIPIENT_CATEGORIES.map((entry) => ({ id: entry.id, label: entry.label[language], kind: entry.kind }));
}

// ---------------------------------------------------------------------------------------------
// Countries and transfer mechanisms

export interface CountryFacts {
  code: string;
  label: string;
  status: CountryStatus;
  /** Date the adequacy list was checked ('' for EEA states). */
  asOf: string;
  source: string;
  scope: string;
  description: string;
}

/** Groups of the country select, the safe destinations first as an authority checks them. */
export const COUNTRY_GROUPS: readonly CountryStatus[] = ['adequate', 'adequate_if_certified', 'third_country', 'eea'];

export function countryGroups(language: Language): { status: CountryStatus; countries: SuggestionOption[] }[] {
  return COUNTRY_GROUPS.map((status) => ({
    status,
    countries: COUNTRIES.filter((country) => country.status === status)
      .map((country) => ({ id: country.code, label: country.label[language] }))
      .sort((a, b) => a.label.localeCompare(b.label, language)),
  }));
}

export function countryFacts(code: string, language: Language): CountryFacts | null {
  const entry = COUNTRIES.find((country) => country.code === code);
  if (!entry) return null;
  return {
    code: entry.code,
    label: entry.label[language],
    status: entry.status,
    asOf: entry.status === 'eea' ? '' : (entry.asOf ?? ADEQUACY_AS_OF),
    source: entry.source ?? '',
    scope: entry.adequacyScope?.[language] ?? '',
    description: entry.description?.[language] ?? '',
  };
}

export type MechanismGroup = 'none' | 'art45' | 'art46' | 'art49';

export const MECHANISM_GROUPS: readonly { group: MechanismGroup; mechanisms: readonly TransferMechanism[] }[] = [
  { group: 'none', mechanisms: ['none'] },
  { group: 'art45', mechanisms: ['adequacy', 'dpf'] },
  { group: 'art46', mechanisms: ['scc', 'bcr', 'code_of_conduct', 'certification'] },
  {
    group: 'art49',
    mechanisms: [
      'art49_consent',
      'art49_contract',
      'art49_public_interest',
      'art49_legal_claims',
      'art49_vital_interests',
      'art49_public_register',
      'art49_compelling_interests',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Retention presets

export interface RetentionPresetOption extends SuggestionOption {
  kind: RetentionPreset['kind'];
}

export function retentionPresetOptions(language: Language): RetentionPresetOption[] {
  return RETENTION_PRESETS.map((preset) => ({ id: preset.id, label: preset.label[language], kind: preset.kind }));
}

export function findPreset(id: string): RetentionPreset | undefined {
  return id ? RETENTION_PRESETS.find((preset) => preset.id === id) : undefined;
}

// ---------------------------------------------------------------------------------------------
// DPIA threshold check

export interface DpiaCriterionOption {
  id: DpiaCriterion;
  number: number;
  label: string;
  description: string;
}

export function dpiaCriteria(language: Language): DpiaCriterionOption[] {
  return DPIA_CRITERIA_CATALOGUE.map((entry) => ({
    id: entry.id,
    number: entry.number,
    label: entry.label[language],
    description: entry.description[language],
  }));
}

export function dpiaConsequenceLabel(consequence: DpiaConsequence | 'not_assessed', language: Language): string {
  return DPIA_CONSEQUENCE_LABELS[consequence][language];
}

// ---------------------------------------------------------------------------------------------
// TOM groupings: Art. 32(1), classic control areas, SDM protection goals

export type TomGrouping = 'art32' | 'control_area' | 'sdm';
export const TOM_GROUPINGS: readonly TomGrouping[] = ['art32', 'control_area', 'sdm'];

export interface TomGroup {
  key: string;
  label: string;
  measures: TomMeasure[];
}

const GROUP_LABELS: Record<TomGrouping, Record<string, LocalizedText>> = {
  art32: ART32_GROUP_LABELS,
  control_area: CONTROL_AREA_LABELS,
  sdm: SDM_GOAL_LABELS,
};

const GROUP_ORDER: Record<TomGrouping, readonly string[]> = {
  art32: Art32GroupSchema.options,
  control_area: ControlAreaSchema.options,
  sdm: SdmGoalSchema.options,
};

function groupKey(measure: TomMeasure, grouping: TomGrouping): string {
  if (grouping === 'art32') return measure.art32Group;
  return grouping === 'control_area' ? measure.controlArea : measure.sdmGoal;
}

/** The measures in the groups of one grouping (empty groups left out), sorted by title. */
export function groupMeasures(measures: readonly TomMeasure[], grouping: TomGrouping, language: Language): TomGroup[] {
  return GROUP_ORDER[grouping]
    .map((key) => ({
      key,
      label: GROUP_LABELS[grouping][key]?.[language] ?? key,
      measures: measures
        .filter((measure) => groupKey(measure, grouping) === key)
        .sort((a, b) => a.title.localeCompare(b.title, language)),
    }))
    .filter((group) => group.measures.length > 0);
}
