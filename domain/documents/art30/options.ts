import type { Art30Variant } from '../../ipc/channels/documents';
import type { Language } from '../../model/common';
import { localIsoDate } from '../../rules/status-workflow';

export { localIsoDate };

export type { Art30Variant };

/** What the caller chooses when exporting the controller record. */
export interface Art30DocumentOptions {
  language: Language;
  /** 'authority': non-archived activities, ready to hand over; 'internal': everything incl. status and review data. */
  variant: Art30Variant;
  /** The "as of" date printed on every page (YYYY-MM-DD); defaults to today (local time). */
  asOf?: string;
  /**
   * Authority variant only: also print activities that are not approved yet (draft, in review),
   * each with a "not yet approved" marker — a preview before approval. Default false: the record
   * handed to the authority holds approved activities only. Archived ones are never part of it.
   */
  includeUnapproved?: boolean;
}

export interface ResolvedArt30Options {
  language: Language;
  variant: Art30Variant;
  asOf: string;
  includeUnapproved: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;


export function resolveArt30Options(options: Art30DocumentOptions, now: Date = new Date()): ResolvedArt30Options {
  const asOf = options.asOf ?? localIsoDate(now);
  if (!ISO_DATE.test(asOf)) throw new Error(`asOf must be a date as YYYY-MM-DD, got "${asOf}"`);
  return { language: options.language, variant: options.variant, asOf, includeUnapproved: options.includeUnapproved ?? false };
}
