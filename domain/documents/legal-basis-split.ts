import type { LegalBasisRef } from '../model/activity';

/**
 * Provisions DPOs cite next to a legal basis that are no lawful basis themselves (legal-checks.md):
 * § 7 UWG (advertising by e-mail, messenger, phone) and § 25 TDDDG (access to end devices).
 * Documents print them as "additional requirement", never under "Rechtsgrundlage".
 */
export const ADDITIONAL_REQUIREMENT_CODES: ReadonlySet<string> = new Set(['uwg-7', 'tdddg-25']);

export function isAdditionalRequirement(code: string): boolean {
  return ADDITIONAL_REQUIREMENT_CODES.has(code);
}

/** The lawful bases and the additional requirements of a purpose, each in the stored order. */
export function splitLegalBases<T extends Pick<LegalBasisRef, 'code'>>(bases: readonly T[]): { lawful: T[]; additional: T[] } {
  return {
    lawful: bases.filter((basis) => !isAdditionalRequirement(basis.code)),
    additional: bases.filter((basis) => isAdditionalRequirement(basis.code)),
  };
}
