import { ActivitySchema, type Activity } from '../model/activity';
import { newId as randomId, type Id } from '../model/common';

export interface CopyOptions {
  /** Id generator; injectable so tests can predict ids. */
  newId?: () => Id;
  /** Name of the copy; defaults to the original name. */
  name?: string;
}

/**
 * A copy of an activity that shares no id with the original: the activity and every nested
 * entry (purposes, categories, recipients, transfers, retention rules) get fresh ids, and the
 * retention rules' data-category references point at the copied categories. The copy starts
 * over as an unreviewed draft (status, review dates, version and timestamps reset) without the
 * organisation's reference number, which identifies the original.
 * References to other entities of the register (measures, parties, channels) are kept.
 */
export function copyActivity(activity: Activity, options: CopyOptions = {}): Activity {
  const next = options.newId ?? randomId;
  // Parsing builds new objects and arrays throughout, so the copy shares nothing with the original.
  const copy = ActivitySchema.parse(activity);
  const categoryIds = new Map<Id, Id>();
  for (const category of copy.dataCategories) {
    const id = next();
    categoryIds.set(category.id, id);
    category.id = id;
  }
  for (const entries of [copy.purposes, copy.dataSubjectCategories, copy.recipients, copy.transfers]) {
    for (const entry of entries) entry.id = next();
  }
  for (const rule of copy.retention) {
    rule.id = next();
    // A reference to a category that no longer exists is dropped rather than left dangling.
    rule.dataCategoryIds = rule.dataCategoryIds.flatMap((id) => (categoryIds.has(id) ? [categoryIds.get(id)!] : []));
  }
  return {
    ...copy,
    id: next(),
    reference: '',
    name: options.name ?? activity.name,
    status: 'draft',
    lastReviewedOn: '',
    nextReviewOn: '',
    createdAt: '',
    updatedAt: '',
    version: 0,
  };
}

/** Longest activity name the schema accepts. */
const MAX_NAME_LENGTH = 500;

/** "Name" + " (Kopie)", shortening the name so the result still fits the schema. */
export function nameWithSuffix(name: string, suffix: string): string {
  return name.slice(0, Math.max(0, MAX_NAME_LENGTH - suffix.length)).trimEnd() + suffix;
}

/** Every id used inside an activity (for tests and integrity checks). */
export function nestedIds(activity: Activity): Id[] {
  return [
    activity.id,
    ...activity.purposes.map((p) => p.id),
    ...activity.dataSubjectCategories.map((c) => c.id),
    ...activity.dataCategories.map((c) => c.id),
    ...activity.recipients.map((r) => r.id),
    ...activity.transfers.map((t) => t.id),
    ...activity.retention.map((r) => r.id),
  ];
}
