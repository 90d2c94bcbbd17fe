import type { Activity } from '../../model/activity';
import { authorityStates } from '../../rules/approved-revision';
import type { Language } from '../../model/common';
import type { Art30Variant } from './options';

export interface Art30SelectionOptions {
  /** Authority variant: print drafts and activities in review too, with a marker (a preview before approval). Default false. */
  includeUnapproved?: boolean;
  /** Approved states by activity id: printed in the authority variant while a change is in progress. */
  approvedStates?: ReadonlyMap<string, Activity>;
}

/**
 * Which activities a variant prints, in which order.
 * - authority: the Art. 30 record as handed over (Art. 30(4)): approved activities only, in their
 *   approved state (the approved revision while a change is in progress); with `includeUnapproved`
 *   the working copies of drafts and activities in review too, marked. Archived activities never.
 * - internal: everything, archived activities included.
 * Ordered by reference (numeric-aware, "VT-2" before "VT-10"), then name.
 */
export function selectArt30Activities(
  activities: Activity[],
  variant: Art30Variant,
  language: Language,
  options: Art30SelectionOptions = {},
): Activity[] {
  const includeUnapproved = options.includeUnapproved ?? false;
  const selected =
    variant === 'internal' ? [...activities] : authorityStates(activities, options.approvedStates ?? new Map(), includeUnapproved);
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  return selected.sort((a, b) => {
    if (a.reference && !b.reference) return -1;
    if (!a.reference && b.reference) return 1;
    return collator.compare(a.reference, b.reference) || collator.compare(a.name, b.name);
  });
}
