import type { Activity, ActivityStatus } from '../model/activity';
import type { ApprovedRevision } from '../model/approval';

/**
 * Fields that describe the workflow, not the processing: changing them does not change what
 * was approved (status, version, dates of the record and of its review).
 */
export const WORKFLOW_FIELDS = ['status', 'version', 'createdAt', 'updatedAt', 'lastReviewedOn', 'nextReviewOn'] as const;

/** The activity without its workflow fields: what an approval covers. */
export function approvedContent(activity: Activity): Omit<Activity, (typeof WORKFLOW_FIELDS)[number]> {
  const { status, version, createdAt, updatedAt, lastReviewedOn, nextReviewOn, ...content } = activity;
  void status, void version, void createdAt, void updatedAt, void lastReviewedOn, void nextReviewOn;
  return content;
}

export function sameContent(a: Activity, b: Activity): boolean {
  return stableJson(approvedContent(a)) === stableJson(approvedContent(b));
}

/**
 * The status a saved activity gets: editing the content of an approved activity opens a
 * working draft ("change in progress"); the approved revision stays until the draft is
 * approved in turn.
 */
export function statusAfterSave(stored: Activity | null, incoming: Activity): ActivityStatus {
  if (stored?.status === 'approved' && incoming.status === 'approved' && !sameContent(stored, incoming)) return 'draft';
  return incoming.status;
}

/** Approved, and a later change to it is being worked on (the working copy is not approved). */
export function hasPendingChange(activity: Activity, revision: Pick<ApprovedRevision, 'activity'> | null | undefined): boolean {
  if (!revision || activity.status === 'archived') return false;
  return activity.status !== 'approved' || !sameContent(activity, revision.activity);
}

/**
 * The state of each activity the authority version prints: the approved revision while a
 * change is in progress, the activity itself when it is approved (also when a register from
 * before revisions, or an import, has no revision for it). Archived activities and activities
 * never approved are left out; with `includeUnapproved` the working copies are printed instead
 * (a marked preview).
 */
export function authorityStates(
  activities: readonly Activity[],
  revisions: ReadonlyMap<string, Activity>,
  includeUnapproved: boolean,
): Activity[] {
  const printed: Activity[] = [];
  for (const activity of activities) {
    if (activity.status === 'archived') continue;
    if (activity.status === 'approved' || includeUnapproved) printed.push(activity);
    else {
      const revision = revisions.get(activity.id);
      if (revision) printed.push(revision);
    }
  }
  return printed;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
