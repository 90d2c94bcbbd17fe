import type Database from 'better-sqlite3';

/** Columns a submissions table may date its rows with, most specific first. */
const DATE_COLUMNS = ['submitted_on', 'submitted_at', 'date', 'created_at'];

/**
 * The last submission of the record to the supervisory authority, as YYYY-MM-DD; '' when the
 * register keeps no submissions (the table arrives with a later schema version) or has none.
 * Kept in one place so the lookup follows that table's final shape.
 */
export function lastAuthoritySubmission(db: Database.Database): string {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'submissions'").get();
  if (!table) return '';
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('submissions') as { name: string }[]).map((c) => c.name);
  const column = DATE_COLUMNS.find((c) => columns.includes(c));
  if (!column) return '';
  const row = db.prepare(`SELECT max(${column}) AS last FROM submissions`).get() as { last: string | null };
  return row.last ? String(row.last).slice(0, 10) : '';
}
