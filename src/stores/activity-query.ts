import type { ActivityStatus } from '../../domain/model/activity';
import type { ActivityQueryInput } from '../../domain/model/register';

/** Columns the list sorts by (ActivityQuery.sort). */
export type ActivitySortKey = 'name' | 'reference' | 'status' | 'department' | 'updatedAt' | 'nextReviewOn';
export const ACTIVITY_SORT_KEYS: readonly ActivitySortKey[] = ['reference', 'name', 'status', 'department', 'updatedAt', 'nextReviewOn'];

/** A yes/no filter: '' = no restriction. */
export type YesNoFilter = '' | 'yes' | 'no';
/** Review due: '' = any, 'today' = due today or overdue, 'soon' = due within the next 30 days. */
export type ReviewFilter = '' | 'today' | 'soon';

/** What the filter bar holds, in the shape of its controls. */
export interface ActivityFilters {
  text: string;
  statuses: ActivityStatus[];
  department: string;
  legalBasis: string;
  special: YesNoFilter;
  transfer: YesNoFilter;
  review: ReviewFilter;
  includeArchived: boolean;
  /** Only activities with an error finding or a mandatory Art. 30 field missing. */
  problems: boolean;
}

export interface ActivitySorting {
  sort: ActivitySortKey;
  descending: boolean;
}

/** Days ahead that "review due soon" looks. */
export const REVIEW_SOON_DAYS = 30;

export function emptyFilters(): ActivityFilters {
  return { text: '', statuses: [], department: '', legalBasis: '', special: '', transfer: '', review: '', includeArchived: false, problems: false };
}

/** True when any filter besides the text restricts the list. */
export function hasActiveFilters(filters: ActivityFilters): boolean {
  const empty = emptyFilters();
  return (Object.keys(empty) as (keyof ActivityFilters)[]).some(
    (key) => key !== 'text' && JSON.stringify(filters[key]) !== JSON.stringify(empty[key]),
  );
}

/** The local calendar date `days` after `today` as YYYY-MM-DD. */
export function addDays(today: Date, days: number): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function yesNo(value: YesNoFilter): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

/**
 * The activities.list query for the filter bar, the sort order and one page of rows. Filters
 * that do not restrict anything are left out, so main applies its defaults.
 */
export function buildActivityQuery(
  filters: ActivityFilters,
  sorting: ActivitySorting,
  page: { limit: number; offset: number },
  today: Date = new Date(),
  /** Ids of the activities with findings or gaps (workspace.overview), for the `problems` filter. */
  problemIds: readonly string[] = [],
): ActivityQueryInput {
  const query: ActivityQueryInput = {
    text: filters.text.trim(),
    includeArchived: filters.includeArchived,
    sort: sorting.sort,
    descending: sorting.descending,
    limit: page.limit,
    offset: page.offset,
  };
  if (filters.statuses.length > 0) query.statuses = [...filters.statuses];
  if (filters.department) query.department = filters.department;
  if (filters.legalBasis) query.legalBasis = filters.legalBasis;
  const special = yesNo(filters.special);
  if (special !== undefined) query.specialCategories = special;
  const transfer = yesNo(filters.transfer);
  if (transfer !== undefined) query.thirdCountry = transfer;
  if (filters.review === 'today') query.reviewDueBy = addDays(today, 0);
  if (filters.review === 'soon') query.reviewDueBy = addDays(today, REVIEW_SOON_DAYS);
  if (filters.problems) query.ids = [...problemIds];
  return query;
}
