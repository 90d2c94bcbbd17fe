import type { Migration } from './types';

/**
 * Approved revisions and submissions (Art. 5(2) accountability).
 *
 * approved_revisions: per activity the state last approved — what the authority version prints
 * while a later change is in progress. Existing approved activities become their own approved
 * revision, attributed to whoever the change log says approved them (else the last editor).
 *
 * submissions: each authority export recorded as handed over (date, authority, file hash) with
 * the activities it printed; append-only like the change log.
 */
export const approvedRevisions: Migration = {
  version: 3,
  name: 'approved revisions and submissions',
  up(db) {
    db.exec(`
      CREATE TABLE approved_revisions (
        activity_id TEXT PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
        activity_version INTEGER NOT NULL,
        approved_at TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        acknowledgement TEXT CHECK (acknowledgement IS NULL OR json_valid(acknowledgement)),
        doc TEXT NOT NULL CHECK (json_valid(doc))
      ) STRICT;
      ${revisionLogTriggers()}

      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        submitted_at TEXT NOT NULL,
        authority TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        language TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        activity_count INTEGER NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc))
      ) STRICT;
      CREATE INDEX submissions_by_time ON submissions (submitted_at);
      CREATE TRIGGER submissions_log_insert AFTER INSERT ON submissions BEGIN
        INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
        VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), 'submission', NEW.id, 'insert', NULL,
          json_object('submittedAt', NEW.submitted_at, 'authority', NEW.authority, 'fileName', NEW.file_name,
            'sha256', NEW.sha256, 'language', NEW.language, 'activityCount', NEW.activity_count));
      END;
      CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions BEGIN
        SELECT RAISE(ABORT, 'submissions are append-only');
      END;
      CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions BEGIN
        SELECT RAISE(ABORT, 'submissions are append-only');
      END;
    `);
    db.exec(`INSERT INTO approved_revisions (activity_id, activity_version, approved_at, approved_by, acknowledgement, doc)
      SELECT a.id, a.version,
        coalesce((${approvalLogColumn('at')}), a.updated_at),
        coalesce((${approvalLogColumn('actor')}), (SELECT actor FROM change_log WHERE entity = 'activity' AND entity_id = a.id ORDER BY seq DESC LIMIT 1), ''),
        NULL, a.doc
      FROM activities a WHERE a.status = 'approved'`);
  },
};

/** The change-log entry in which activity `a` last became approved. */
function approvalLogColumn(column: 'at' | 'actor'): string {
  return `SELECT ${column} FROM change_log
    WHERE entity = 'activity' AND entity_id = a.id AND json_extract(after, '$.status') = 'approved'
      AND (before IS NULL OR json_extract(before, '$.status') IS NOT 'approved')
    ORDER BY seq DESC LIMIT 1`;
}

/** The change log records approvals without repeating the activity document (it is logged with the activity). */
function revisionLogTriggers(): string {
  const summary = (row: string) =>
    `json_object('activityVersion', ${row}.activity_version, 'approvedAt', ${row}.approved_at, 'approvedBy', ${row}.approved_by, 'name', json_extract(${row}.doc, '$.name'), 'acknowledgement', json(coalesce(${row}.acknowledgement, 'null')))`;
  return `
    CREATE TRIGGER approved_revisions_log_insert AFTER INSERT ON approved_revisions BEGIN
      INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
      VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), 'approval', NEW.activity_id, 'insert', NULL, ${summary('NEW')});
    END;
    CREATE TRIGGER approved_revisions_log_update AFTER UPDATE ON approved_revisions BEGIN
      INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
      VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), 'approval', NEW.activity_id, 'update', ${summary('OLD')}, ${summary('NEW')});
    END;
    CREATE TRIGGER approved_revisions_log_delete AFTER DELETE ON approved_revisions BEGIN
      INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
      VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), 'approval', OLD.activity_id, 'delete', ${summary('OLD')}, NULL);
    END;`;
}
