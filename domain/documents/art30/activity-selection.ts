import type { Activity } from '../../model/activity';
import type { Language } from '../../model/common';
import type { Art30Variant } from './options';

/**
 * Which activities a variant prints, in which order.
 * - authority: every activity that is not archived. Drafts and activities in review are
 *   included (the register must be complete when the authority asks) but carry a marker.
 * - internal: everything, archived activities included.
 * Ordered by reference (numeric-aware, "VT-2" before "VT-10"), then name.
 */
export function selectArt30Activities(activities: Activity[], variant: Art30Variant, language: Language): Activity[] {
  const selected = variant === 'internal' ? [...activities] : activities.filter((a) => a.status !== 'archived');
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  return selected.sort((a, b) => {
    if (a.reference && !b.reference) return -1;
    if (!a.reference && b.reference) return 1;
    return collator.compare(a.reference, b.reference) || collator.compare(a.name, b.name);
  });
}
