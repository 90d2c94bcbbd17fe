import { z } from 'zod';
import { withCatalogueSpecials } from '../rules/catalogue-facts';
import { ActivitySchema } from './activity';

/**
 * § 7 UWG and § 25 TDDDG are additional requirements, not lawful bases (legal-checks.md).
 * Register and interchange files written before that distinction stored them in a purpose's
 * `legalBases`. Reading such a file moves each of these references, with its note, to the
 * purpose's `additionalRequirements` — the file opens, nothing is refused or dropped, and
 * the findings engine reports a purpose that is left without an Art. 6 basis.
 */
export const FORMER_PSEUDO_BASIS_CODES: readonly string[] = ['uwg-7', 'tdddg-25'];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPseudoBasis(value: unknown): boolean {
  return isObject(value) && typeof value.code === 'string' && FORMER_PSEUDO_BASIS_CODES.includes(value.code.trim());
}

function upgradePurpose(purpose: unknown): unknown {
  if (!isObject(purpose) || !Array.isArray(purpose.legalBases) || !purpose.legalBases.some(isPseudoBasis)) return purpose;
  const moved = purpose.legalBases.filter(isPseudoBasis);
  const existing = Array.isArray(purpose.additionalRequirements) ? purpose.additionalRequirements : [];
  return {
    ...purpose,
    legalBases: purpose.legalBases.filter((basis) => !isPseudoBasis(basis)),
    additionalRequirements: [...existing, ...moved],
  };
}

/** The activity (raw JSON) with former pseudo-bases moved; anything else is returned unchanged. */
export function upgradeFormerPseudoBases(activity: unknown): unknown {
  if (!isObject(activity) || !Array.isArray(activity.purposes) || !activity.purposes.some(needsUpgrade)) return activity;
  return { ...activity, purposes: activity.purposes.map(upgradePurpose) };
}

function needsUpgrade(purpose: unknown): boolean {
  return isObject(purpose) && Array.isArray(purpose.legalBases) && purpose.legalBases.some(isPseudoBasis);
}

/** How many references of the activity (raw JSON) would be moved. */
export function countFormerPseudoBases(activity: unknown): number {
  if (!isObject(activity) || !Array.isArray(activity.purposes)) return 0;
  return activity.purposes.reduce<number>(
    (sum, purpose) => sum + (isObject(purpose) && Array.isArray(purpose.legalBases) ? purpose.legalBases.filter(isPseudoBasis).length : 0),
    0,
  );
}

/**
 * Activities as register files store them: older documents are read in today's shape, and a
 * data category the catalogue marks Art. 9/10 is special whatever the stored flag says.
 */
export const StoredActivitySchema = z
  .preprocess(upgradeFormerPseudoBases, ActivitySchema)
  .transform((activity) => withCatalogueSpecials(activity)) as unknown as typeof ActivitySchema;
