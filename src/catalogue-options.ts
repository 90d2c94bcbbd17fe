import {
  ADDITIONAL_REQUIREMENTS,
  DSK_MUST_LIST,
  COUNTRIES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  LEGAL_BASES,
  SUPERVISORY_AUTHORITIES,
} from '../domain/catalogues';
import type { SpecialCategory } from '../domain/model/activity';
import type { Language } from '../domain/model/common';

/**
 * The one place where the UI reads the shipped catalogues (domain/catalogues): choices for
 * selects and suggestions for free-text fields, already in the UI language. Views never
 * import the catalogues themselves, so a catalogue change is handled here.
 */

export type LegalBasisGroup = 'art6' | 'art9' | 'art10' | 'national' | 'other';

export interface LegalBasisOption {
  code: string;
  label: string;
  group: LegalBasisGroup;
  /** The provision of law must be named in the note (6-1-c, 6-1-e, national provisions …). */
  requiresNote: boolean;
  /** The legitimate interest must be stated (6-1-f). */
  requiresLegitimateInterest: boolean;
  /** Consent: how it is recorded must be stated. */
  isConsent: boolean;
  /** Remark the user should see when choosing the basis (e.g. § 26 BDSG after C-34/21). */
  caution?: string;
}

export interface SuggestionOption {
  id: string;
  label: string;
}

export interface DataCategorySuggestion extends SuggestionOption {
  special: SpecialCategory;
}

export const LEGAL_BASIS_GROUPS: readonly LegalBasisGroup[] = ['art6', 'art9', 'art10', 'national', 'other'];

export function legalBasisOptions(language: Language): LegalBasisOption[] {
  return LEGAL_BASES.map((entry) => ({
    code: entry.id,
    label: entry.label[language],
    group: entry.group,
    requiresNote: entry.requiresNote,
    requiresLegitimateInterest: entry.requiresLegitimateInterest,
    isConsent: entry.isConsent,
    ...(entry.caution ? { caution: entry.caution[language] } : {}),
  }));
}

/** The option for a stored code; codes the catalogue no longer knows stay selectable as themselves. */
export function legalBasisOption(code: string, language: Language): LegalBasisOption {
  return (
    legalBasisOptions(language).find((option) => option.code === code) ?? {
      code,
      label: code,
      group: 'other',
      requiresNote: false,
      requiresLegitimateInterest: code === '6-1-f',
      isConsent: code === '6-1-a',
    }
  );
}

/** § 7 UWG, § 25 TDDDG …: requirements on top of a legal basis, never chosen as one. */
export function additionalRequirementOptions(language: Language): SuggestionOption[] {
  return ADDITIONAL_REQUIREMENTS.map((entry) => ({ id: entry.id, label: entry.label[language] }));
}

/** Items of the DSK mandatory list (Art. 35(4)); each makes a DPIA required. */
export function mustListOptions(language: Language): SuggestionOption[] {
  return DSK_MUST_LIST.map((entry) => ({ id: entry.id, label: `${entry.number}. ${entry.label[language]}` }));
}

export function countryOptions(language: Language): SuggestionOption[] {
  return COUNTRIES.map((country) => ({ id: country.code, label: country.label[language] })).sort((a, b) =>
    a.label.localeCompare(b.label, language),
  );
}

export function dataSubjectSuggestions(language: Language): SuggestionOption[] {
  return DATA_SUBJECT_CATEGORIES.map((entry) => ({ id: entry.id, label: entry.label[language] }));
}

export function dataCategorySuggestions(language: Language): DataCategorySuggestion[] {
  return DATA_CATEGORIES.map((entry) => ({ id: entry.id, label: entry.label[language], special: entry.special }));
}

export function supervisoryAuthoritySuggestions(language: Language): SuggestionOption[] {
  return SUPERVISORY_AUTHORITIES.map((entry) => ({ id: entry.id, label: entry.label[language] }));
}

/** The catalogue entry whose label (in either language) is exactly what the user typed. */
export function matchSuggestion<T extends SuggestionOption>(options: T[], text: string): T | undefined {
  const wanted = text.trim().toLocaleLowerCase();
  return wanted ? options.find((option) => option.label.toLocaleLowerCase() === wanted) : undefined;
}
