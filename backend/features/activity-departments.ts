import type { RegisterStore } from '../storage/register-store';

/**
 * The departments named in the register's activities (archived ones included), each once
 * (ignoring case, as the department filter does), sorted for the filter select.
 */
export async function listDepartments(store: RegisterStore): Promise<string[]> {
  const page = await store.activities.query({
    text: '',
    statuses: [],
    department: '',
    legalBasis: '',
    reviewDueBy: '',
    includeArchived: true,
    // Name order reads the covering list index only (migration 002); the result is sorted below.
    sort: 'name',
    descending: false,
    limit: 100_000,
    offset: 0,
  });
  const byKey = new Map<string, string>();
  for (const { department } of page.items) {
    const key = department.trim().toLocaleLowerCase('de-DE');
    if (key && !byKey.has(key)) byKey.set(key, department.trim());
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'de'));
}
