import type { Activity, ActivityStatus } from '../model/activity';
import { localToday } from '../model/input-rules';

/**
 * The review workflow of an activity:
 *   draft → in_review → approved → archived
 * and back: in_review → draft (sent back for rework), approved → in_review (a change to an
 * approved activity is reviewed again), archived → draft (restore a retired activity).
 * Staying in the same status is not a transition.
 */
const NEXT_STATUSES: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ['in_review', 'archived'],
  in_review: ['approved', 'draft', 'archived'],
  approved: ['in_review', 'archived'],
  archived: ['draft'],
};

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** The statuses the UI may offer as next steps from `from`. */
export function nextStatuses(from: ActivityStatus): readonly ActivityStatus[] {
  return NEXT_STATUSES[from];
}

/** One year after an approval the next review is due, unless the DPO set a date. */
export const REVIEW_INTERVAL_YEARS = 1;

/**
 * The activity after the status change, without checking the transition (see canTransition).
 * Approving records the review: lastReviewedOn = today, nextReviewOn = today + 1 year if empty.
 */
export function withStatus(activity: Activity, to: ActivityStatus, today: string): Activity {
  if (to !== 'approved') return { ...activity, status: to };
  return {
    ...activity,
    status: to,
    lastReviewedOn: today,
    nextReviewOn: activity.nextReviewOn || addYears(today, REVIEW_INTERVAL_YEARS),
  };
}

/** Adds whole years to a YYYY-MM-DD date; 29 February becomes 28 February in common years. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const targetYear = year + years;
  const lastDayOfMonth = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${pad(month)}-${pad(Math.min(day, lastDayOfMonth))}`;
}

/** Today's calendar date in the local time zone as YYYY-MM-DD (one implementation, in input-rules). */
export { localToday as localIsoDate };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
