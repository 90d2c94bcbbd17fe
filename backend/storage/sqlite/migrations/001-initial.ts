import type { Migration } from './types';

/** Tables holding one JSON document per entity plus the columns lists and filters need. */
const DOCUMENT_TABLES = ['parties', 'channels', 'processor_records', 'tom_measures'] as const;

function documentTable(table: string): string {
  return `
    CREATE TABLE ${table} (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      version INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      doc TEXT NOT NULL CHECK (json_valid(doc))
    ) STRICT;
    CREATE INDEX ${table}_name ON ${table} (name COLLATE NOCASE);`;
}

/**
 * Every change to register data is appended to change_log by triggers, so no code path can
 * forget it. vvt_actor() is registered by the app on every connection.
 */
function changeLogTriggers(table: string, entity: string, docExpr = (row: string) => `${row}.doc`): string {
  return `
    CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
      VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), '${entity}', NEW.id, 'insert', NULL, ${docExpr('NEW')});
    END;
    CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} BEGIN
      INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
      VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), '${entity}', NEW.id, 'update', ${docExpr('OLD')}, ${docExpr('NEW')});
    END;
    CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO change_log (at, actor, entity, entity_id, action, before, after)
      VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), vvt_actor(), '${entity}', OLD.id, 'delete', ${docExpr('OLD')}, NULL);
    END;`;
}

const ENTITY_NAMES: Record<(typeof DOCUMENT_TABLES)[number], string> = {
  parties: 'party',
  channels: 'channel',
  processor_records: 'processorRecord',
  tom_measures: 'tom',
};

export const initial: Migration = {
  version: 1,
  name: 'initial register schema',
  up(db) {
    db.exec(`
      CREATE TABLE register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        before TEXT,
        after TEXT
      );
      CREATE INDEX change_log_entity ON change_log (entity, entity_id, seq);
      CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN
        SELECT RAISE(ABORT, 'change_log is append-only');
      END;
      CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN
        SELECT RAISE(ABORT, 'change_log is append-only');
      END;

      CREATE TABLE organisation (
        id TEXT PRIMARY KEY CHECK (id = 'organisation'),
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc))
      ) STRICT;
      ${changeLogTriggers('organisation', 'organisation')}

      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'archived')),
        department TEXT NOT NULL DEFAULT '',
        next_review_on TEXT NOT NULL DEFAULT '',
        legal_basis_codes TEXT NOT NULL DEFAULT '',
        has_special INTEGER NOT NULL DEFAULT 0,
        has_transfer INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc))
      ) STRICT;
      CREATE INDEX activities_name ON activities (name COLLATE NOCASE);
      CREATE INDEX activities_status ON activities (status, name COLLATE NOCASE);
      CREATE INDEX activities_department ON activities (department COLLATE NOCASE);
      CREATE INDEX activities_next_review ON activities (next_review_on);
      ${changeLogTriggers('activities', 'activity')}

      ${DOCUMENT_TABLES.map((table) => documentTable(table) + changeLogTriggers(table, ENTITY_NAMES[table])).join('\n')}

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL,
        content BLOB NOT NULL
      ) STRICT;
      ${changeLogTriggers(
        'attachments',
        'attachment',
        (row) => `json_object('fileName', ${row}.file_name, 'mediaType', ${row}.media_type, 'size', ${row}.size, 'sha256', ${row}.sha256)`,
      )}
    `);
  },
};
