import { findLegalBasis } from '../../catalogues';
import type { Purpose } from '../../model/activity';
import type { Language } from '../../model/common';

/** What the legal bases of the purposes imply for the notice (catalogue flags, with the GDPR codes as fallback). */

export function isConsentBasis(code: string): boolean {
  return findLegalBasis(code)?.isConsent ?? code === '6-1-a';
}

/** Art. 21(1): processing based on Art. 6(1)(e) or (f). */
export function isObjectionBasis(code: string): boolean {
  return findLegalBasis(code)?.rightToObject ?? (code === '6-1-e' || code === '6-1-f');
}

export function needsLegitimateInterest(code: string): boolean {
  return findLegalBasis(code)?.requiresLegitimateInterest ?? code === '6-1-f';
}

/**
 * Direct marketing (Art. 21(2)): the purpose or the interest talks about advertising, marketing or
 * newsletters, or the purpose cites § 7 UWG. "Bewerbung", "erwerben" and "Anwerbung" are not advertising.
 */
const MARKETING = /(?<!be|er|an)werb(ung|e)|marketing|newsletter|advertis|promotion/i;

export function isDirectMarketing(purpose: Purpose): boolean {
  return (purpose.additionalRequirements ?? []).some((requirement) => requirement.code === 'uwg-7') || MARKETING.test(`${purpose.description} ${purpose.legitimateInterest}`);
}

export function consentPurposes(purposes: Purpose[]): Purpose[] {
  return purposes.filter((purpose) => purpose.legalBases.some((basis) => isConsentBasis(basis.code)));
}

export function objectionPurposes(purposes: Purpose[]): Purpose[] {
  return purposes.filter((purpose) => purpose.legalBases.some((basis) => isObjectionBasis(basis.code)));
}

export function marketingPurposes(purposes: Purpose[]): Purpose[] {
  return purposes.filter(isDirectMarketing);
}

/** Art. 20(1)(a): portability only for processing based on consent (Art. 6(1)(a), 9(2)(a)) or a contract (Art. 6(1)(b)). */
export function portabilityApplies(purposes: Purpose[]): boolean {
  return purposes.some((purpose) => purpose.legalBases.some((basis) => isConsentBasis(basis.code) || basis.code === '6-1-b'));
}

export function objectionApplies(purposes: Purpose[]): boolean {
  return objectionPurposes(purposes).length > 0 || marketingPurposes(purposes).length > 0;
}

/** Citations of the bases that carry the Art. 21(1) right, e.g. "Art. 6 Abs. 1 lit. f DSGVO". */
export function objectionCitations(purposes: Purpose[], language: Language): string[] {
  const codes = new Set(objectionPurposes(purposes).flatMap((p) => p.legalBases.map((b) => b.code).filter(isObjectionBasis)));
  return [...codes].sort().map((code) => findLegalBasis(code)?.citation[language] ?? code);
}
