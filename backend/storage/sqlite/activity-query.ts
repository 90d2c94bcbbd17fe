import type Database from 'better-sqlite3';
import type { ActivityPage, ActivityQuery, ActivitySummary } from '../../../domain/model';

const SORT_COLUMNS: Record<ActivityQuery['sort'], string> = {
  name: 'name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  department: 'department COLLATE NOCASE',
  updatedAt: 'updated_at',
  nextReviewOn: "next_review_on = '', next_review_on",
};

interface SummaryRow {
  id: string;
  reference: string;
  name: string;
  status: ActivitySummary['status'];
  department: string;
  updated_at: string;
  next_review_on: string;
  legal_basis_codes: string;
  has_special: number;
  has_transfer: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Builds the WHERE clause of an activity query; every value is bound, never interpolated. */
function whereClause(query: ActivityQuery): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.statuses.length) {
    conditions.push(`status IN (${query.statuses.map(() => '?').join(', ')})`);
    params.push(...query.statuses);
  } else if (!query.includeArchived) {
    conditions.push("status <> 'archived'");
  }
  if (query.department) {
    conditions.push('department = ? COLLATE NOCASE');
    params.push(query.department);
  }
  if (query.legalBasis) {
    conditions.push("legal_basis_codes LIKE ? ESCAPE '\\'");
    params.push(`% ${escapeLike(query.legalBasis)} %`);
  }
  if (query.specialCategories !== undefined) {
    conditions.push('has_special = ?');
    params.push(query.specialCategories ? 1 : 0);
  }
  if (query.thirdCountry !== undefined) {
    conditions.push('has_transfer = ?');
    params.push(query.thirdCountry ? 1 : 0);
  }
  if (query.reviewDueBy) {
    conditions.push("next_review_on <> '' AND next_review_on <= ?");
    params.push(query.reviewDueBy);
  }
  if (query.ids) {
    conditions.push('id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.ids));
  }
  for (const term of query.text.toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean)) {
    conditions.push("search_text LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(term)}%`);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function queryActivities(db: Database.Database, query: ActivityQuery): ActivityPage {
  const { sql, params } = whereClause(query);
  const total = (db.prepare(`SELECT count(*) AS n FROM activities ${sql}`).get(...params) as { n: number }).n;
  const direction = query.descending ? 'DESC' : 'ASC';
  const order = SORT_COLUMNS[query.sort]
    .split(', ')
    .map((column) => `${column} ${direction}`)
    .join(', ');
  const rows = db
    .prepare(
      `SELECT id, reference, name, status, department, updated_at, next_review_on, legal_basis_codes, has_special, has_transfer
       FROM activities ${sql} ORDER BY ${order}, id LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as SummaryRow[];
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      name: row.name,
      status: row.status,
      department: row.department,
      updatedAt: row.updated_at,
      nextReviewOn: row.next_review_on,
      legalBasisCodes: row.legal_basis_codes.split(' ').filter(Boolean),
      hasSpecialCategories: row.has_special === 1,
      hasThirdCountryTransfer: row.has_transfer === 1,
    })),
  };
}
