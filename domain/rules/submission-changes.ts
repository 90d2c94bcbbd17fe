import type { Activity } from '../model/activity';
import type { Language } from '../model/common';
import { WORKFLOW_FIELDS } from './approved-revision';
import { fieldChanges, type FieldChange } from './field-changes';

export type ActivityChangeKind = 'new' | 'changed' | 'archived';

export interface ActivityChange {
  id: string;
  name: string;
  change: ActivityChangeKind;
  fields: FieldChange[];
}

/** "What changed since the last submission": `since` is the submission's timestamp, null when none was recorded. */
export interface ChangesReport {
  since: string | null;
  activities: ActivityChange[];
}

/**
 * Compares the activities of the last submission with the register now: new (not submitted,
 * not archived), changed (field by field, workflow fields aside), archived (submitted, now
 * archived or deleted). Activities the authority never received and that are archived are not
 * mentioned. Sorted by kind, then name.
 */
export function changesSinceSubmission(
  submitted: readonly Activity[] | null,
  current: readonly Activity[],
  options: { since: string | null; language: Language; names?: ReadonlyMap<string, string> },
): ChangesReport {
  if (!submitted) return { since: options.since, activities: [] };
  const before = new Map(submitted.map((a) => [a.id, a]));
  const changes: ActivityChange[] = [];
  const seen = new Set<string>();
  for (const activity of current) {
    seen.add(activity.id);
    const old = before.get(activity.id);
    if (activity.status === 'archived') {
      if (old) changes.push({ id: activity.id, name: activity.name, change: 'archived', fields: [] });
      continue;
    }
    if (!old) {
      changes.push({ id: activity.id, name: activity.name, change: 'new', fields: [] });
      continue;
    }
    const fields = fieldChanges(old, activity, { language: options.language, names: options.names, ignore: WORKFLOW_FIELDS });
    if (fields.length) changes.push({ id: activity.id, name: activity.name, change: 'changed', fields });
  }
  for (const old of submitted) {
    if (!seen.has(old.id)) changes.push({ id: old.id, name: old.name, change: 'archived', fields: [] });
  }
  const order: Record<ActivityChangeKind, number> = { new: 0, changed: 1, archived: 2 };
  const collator = new Intl.Collator(options.language, { sensitivity: 'base', numeric: true });
  changes.sort((a, b) => order[a.change] - order[b.change] || collator.compare(a.name, b.name));
  return { since: options.since, activities: changes };
}
