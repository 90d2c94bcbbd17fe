import type { Activity } from '../../model/activity';
import type { Language } from '../../model/common';
import type { Art30Variant } from './options';

export interface Art30SelectionOptions {
  /** Authority variant: print drafts and activities in review too, with a marker (a preview before approval). Default false. */
  includeUnapproved?: boolean;
}

function printed(activity: Activity, variant: Art30Variant, includeUnapproved: boolean): boolean {
  if (variant === 'internal') return true;
  if (activity.status === 'archived') return false;
  return includeUnapproved || activity.status === 'approved';
}

/**
 * Which activities a variant prints, in which order.
 * - authority: the Art. 30 record as handed over (Art. 30(4)): approved activities only; with
 *   `includeUnapproved` also drafts and activities in review, marked. Archived activities never.
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
  const selected = activities.filter((activity) => printed(activity, variant, includeUnapproved));
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  return selected.sort((a, b) => {
    if (a.reference && !b.reference) return -1;
    if (!a.reference && b.reference) return 1;
    return collator.compare(a.reference, b.reference) || collator.compare(a.name, b.name);
  });
}
