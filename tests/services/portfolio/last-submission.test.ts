import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { lastAuthoritySubmission } from '../../../backend/portfolio/last-submission';

describe('last authority submission', () => {
  it('is empty for a register without a submissions table', () => {
    const db = new Database(':memory:');
    expect(lastAuthoritySubmission(db)).toBe('');
    db.close();
  });

  it('is the latest date of the submissions table, whichever date column it has', () => {
    for (const column of ['submitted_on', 'submitted_at', 'date']) {
      const db = new Database(':memory:');
      db.exec(`CREATE TABLE submissions (id TEXT PRIMARY KEY, ${column} TEXT NOT NULL)`);
      expect(lastAuthoritySubmission(db)).toBe('');
      db.prepare('INSERT INTO submissions VALUES (?, ?)').run('s1', '2025-03-01T10:00:00.000Z');
      db.prepare('INSERT INTO submissions VALUES (?, ?)').run('s2', '2026-02-14T08:00:00.000Z');
      expect(lastAuthoritySubmission(db), column).toBe('2026-02-14');
      db.close();
    }
  });
});
