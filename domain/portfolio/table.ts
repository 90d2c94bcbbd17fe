import { normaliseSearchText } from './search';
import type { ClientSummary, PortfolioRow } from './types';

export const PORTFOLIO_SORT_KEYS = ['organisation', 'activities', 'overdue', 'dueSoon', 'errors', 'lastSubmission', 'lastChange', 'path'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

export const PORTFOLIO_FILTERS = ['all', 'overdue', 'due_soon', 'errors', 'not_approved', 'problems'] as const;
export type PortfolioFilter = (typeof PORTFOLIO_FILTERS)[number];

export interface PortfolioView {
  filter: PortfolioFilter;
  /** Matches organisation, legal form and file path. */
  text: string;
  sort: PortfolioSortKey;
  descending: boolean;
}

function passesFilter(row: PortfolioRow, filter: PortfolioFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'problems') return row.status === 'problem' || row.summary.openElsewhere || row.summary.needsUpgrade;
  if (row.status !== 'ok') return false;
  const s = row.summary;
  if (filter === 'overdue') return s.overdue > 0;
  if (filter === 'due_soon') return s.dueSoon > 0;
  if (filter === 'errors') return s.errors > 0;
  return s.approved < s.activities;
}

function sortValue(summary: ClientSummary | null, path: string, key: PortfolioSortKey): string | number {
  if (key === 'path') return path;
  if (!summary) return key === 'organisation' ? '' : -1;
  return key === 'organisation' ? normaliseSearchText(summary.organisation || summary.fileName) : summary[key];
}

/** Filters, searches and sorts the rows; unreadable files have no figures and sort as empty. */
export function viewRows(rows: readonly PortfolioRow[], view: PortfolioView): PortfolioRow[] {
  const words = normaliseSearchText(view.text).split(' ').filter(Boolean);
  const matches = (row: PortfolioRow) => {
    const haystack = normaliseSearchText(
      row.status === 'ok' ? `${row.summary.organisation} ${row.summary.legalForm} ${row.path}` : row.path,
    );
    return words.every((w) => haystack.includes(w));
  };
  const direction = view.descending ? -1 : 1;
  return rows
    .filter((row) => passesFilter(row, view.filter) && matches(row))
    .sort((a, b) => {
      const x = sortValue(a.status === 'ok' ? a.summary : null, a.path, view.sort);
      const y = sortValue(b.status === 'ok' ? b.summary : null, b.path, view.sort);
      if (x < y) return -direction;
      if (x > y) return direction;
      return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    });
}
