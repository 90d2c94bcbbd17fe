import { DPIA_CRITERIA_CATALOGUE, findCountry, findLegalBasis } from '../../catalogues';
import type { DpiaCriterion, LegalBasisRef } from '../../model/activity';
import type { Language } from '../../model/common';

/** Labels from the shipped catalogues, with a readable fallback for codes a catalogue lacks. */

const dpiaCriterionById = new Map(DPIA_CRITERIA_CATALOGUE.map((entry) => [entry.id, entry]));

/** "6-1-b" → "Art. 6 Abs. 1 lit. b DSGVO" / "Art. 6(1)(b) GDPR" for codes not in the catalogue. */
function citationFromCode(code: string, language: Language): string {
  const match = /^(\d+)-(\d+)-([a-z])$/.exec(code);
  if (!match) return code;
  const [, article, paragraph, letter] = match;
  return language === 'de'
    ? `Art. ${article} Abs. ${paragraph} lit. ${letter} DSGVO`
    : `Art. ${article}(${paragraph})(${letter}) GDPR`;
}

/** E.g. "Art. 6 Abs. 1 lit. c DSGVO – Rechtliche Verpflichtung (§ 147 AO)". */
export function legalBasisLabel(basis: LegalBasisRef, language: Language): string {
  const label = findLegalBasis(basis.code)?.label[language] ?? citationFromCode(basis.code, language);
  const note = basis.note.trim();
  return note ? `${label} (${note})` : label;
}

/** Whether a basis requires the legitimate interest to be stated (6-1-f). */
export function requiresLegitimateInterest(code: string): boolean {
  return findLegalBasis(code)?.requiresLegitimateInterest ?? code === '6-1-f';
}

/** Whether a basis is a consent (records of consent needed, Art. 7(1)). */
export function isConsentBasis(code: string): boolean {
  return findLegalBasis(code)?.isConsent ?? code === '6-1-a';
}

/** Country name in the document language, e.g. "Vereinigte Staaten (US)"; the code if unknown. */
export function countryLabel(code: string, language: Language): string {
  if (!code) return '';
  const entry = findCountry(code);
  return entry ? `${entry.label[language]} (${code})` : code;
}

/** Country name without the code, for postal addresses. */
export function countryName(code: string, language: Language): string {
  return findCountry(code)?.label[language] ?? code;
}

export function dpiaCriterionLabel(criterion: DpiaCriterion, language: Language): string {
  const entry = dpiaCriterionById.get(criterion);
  return entry ? `${entry.number}. ${entry.label[language]}` : criterion;
}
