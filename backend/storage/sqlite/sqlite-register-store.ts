import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../domain/ipc/result';
import { StoredActivitySchema } from '../../../domain/model/former-pseudo-bases';
import {
  AttachmentMetaSchema,
  ChannelSchema,
  OrganisationSchema,
  PartySchema,
  ProcessorRecordSchema,
  TomMeasureSchema,
  emptyOrganisation,
  newId,
  type Activity,
  type AttachmentMeta,
  type Channel,
  type Organisation,
  type Party,
  type ProcessorRecord,
  type TomMeasure,
} from '../../../domain/model';
import type {
  ChangeLogFilter,
  EntityKind,
  EntityRepository,
  InvalidRow,
  RegisterStore,
  RegisterVerification,
  WriteOperation,
} from '../register-store';
import { ACTIVITY_COLUMNS, activityColumns } from './activity-columns';
import { ApprovalTables } from './approval-tables';
import { queryActivities } from './activity-query';
import { DocumentTable } from './document-table';
import { changeLogActors, readChangeLog } from './change-log-query';
import { verifyChain } from './change-log-chain';
import { damagedAttachments, integrityCheck, missingTriggers } from './integrity';
import { copyDatabaseTo, openRegisterDatabase } from './open-database';
import { releaseWriterLock } from './writer-lock';

interface EntityOfKind {
  activity: Activity;
  party: Party;
  channel: Channel;
  processorRecord: ProcessorRecord;
  tom: TomMeasure;
}

export interface OpenStoreOptions {
  create: boolean;
  actor?: string;
  /** Read only: nothing is migrated, checkpointed or written next to the file. */
  readonly?: boolean;
  /** Open although the open checks found damage or tampering (verify, export --skip-damaged). */
  allowDamaged?: boolean;
}

/** A register kept in one SQLite file (one file per organisation/client). */
export class SqliteRegisterStore implements RegisterStore {
  private actor: string;
  private readonly tables: { [K in EntityKind]: DocumentTable<EntityOfKind[K]> };
  readonly activities: RegisterStore['activities'];
  readonly parties: EntityRepository<Party>;
  readonly channels: EntityRepository<Channel>;
  readonly processorRecords: EntityRepository<ProcessorRecord>;
  readonly toms: EntityRepository<TomMeasure>;
  private readonly approvalTables: ApprovalTables;
  readonly approvals: RegisterStore['approvals'];
  readonly submissions: RegisterStore['submissions'];

  static open(path: string, options: OpenStoreOptions): SqliteRegisterStore {
    let store: SqliteRegisterStore | undefined;
    const opened = openRegisterDatabase(path, {
      create: options.create,
      readonly: options.readonly,
      allowDamaged: options.allowDamaged,
      actor: () => store?.actor ?? options.actor ?? '',
    });
    store = new SqliteRegisterStore(opened.db, path, options.actor ?? '', options.readonly === true, opened.warnings, opened.cleanup);
    return store;
  }

  /** A store over a database opened elsewhere (an in-memory copy for reading); closing closes it. */
  static overDatabase(db: Database.Database, location: string): SqliteRegisterStore {
    return new SqliteRegisterStore(db, location, '', true, [], () => {});
  }

  private constructor(
    private readonly db: Database.Database,
    readonly location: string,
    actor: string,
    /** Opened for reading: no lock, nothing written next to the file. */
    readonly readOnly: boolean,
    /** What the open checks found and `allowDamaged` let pass. */
    readonly openWarnings: string[],
    private readonly cleanup: () => void,
  ) {
    this.actor = actor;
    const dataStamp = () => (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
    this.tables = {
      activity: new DocumentTable(db, 'activities', StoredActivitySchema, {
        nameOf: (a) => a.name,
        dataStamp,
        extraColumns: { names: ACTIVITY_COLUMNS, extract: activityColumns },
      }),
      party: new DocumentTable(db, 'parties', PartySchema, { nameOf: (p) => p.name, dataStamp }),
      channel: new DocumentTable(db, 'channels', ChannelSchema, { nameOf: (c) => c.name, dataStamp }),
      // Processor records sort by their controller party; the id keeps rows apart.
      processorRecord: new DocumentTable(db, 'processor_records', ProcessorRecordSchema, { nameOf: (r) => r.controllerPartyId }),
      tom: new DocumentTable(db, 'tom_measures', TomMeasureSchema, { nameOf: (m) => m.title }),
    };
    this.approvalTables = new ApprovalTables(db, this.tables.activity, () => this.actor || 'unknown');
    this.approvals = {
      list: async () => this.approvalTables.revisions(),
      get: async (id) => this.approvalTables.revision(id),
      approve: async (activity, acknowledgement) => this.approvalTables.approve(activity, acknowledgement),
    };
    this.submissions = {
      list: async () => this.approvalTables.submissions(),
      get: async (id) => this.approvalTables.submission(id),
      latest: async () => this.approvalTables.latestSubmission(),
      add: async (submission) => this.db.transaction(() => this.approvalTables.addSubmission(submission))(),
    };
    this.activities = {
      ...this.repository('activity'),
      save: async (activity) => this.db.transaction(() => this.approvalTables.saveActivity(activity))(),
      query: async (query) => queryActivities(this.db, query),
      count: async () => this.countActivities(),
    };
    this.parties = this.repository('party');
    this.channels = this.repository('channel');
    this.processorRecords = this.repository('processorRecord');
    this.toms = this.repository('tom');
  }

  setActor(actor: string): void {
    this.actor = actor;
  }

  async meta() {
    const rows = this.db.prepare('SELECT key, value FROM register_meta').all() as { key: string; value: string }[];
    const values = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    return {
      registerId: values.register_id ?? '',
      createdAt: values.created_at ?? '',
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      activityCount: this.countActivities(),
    };
  }

  private countActivities(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
  }

  private repository<K extends EntityKind>(kind: K): EntityRepository<EntityOfKind[K]> {
    const table = this.tables[kind] as DocumentTable<EntityOfKind[K]>;
    return {
      list: async () => table.list(),
      get: async (id) => table.get(id),
      save: async (entity) => this.db.transaction(() => table.save(entity)).immediate(),
      delete: async (id) => this.deleteAndCheckpoint(() => table.delete(id)),
    };
  }

  readonly organisation = {
    get: async (): Promise<Organisation> => {
      const row = this.db.prepare("SELECT doc FROM organisation WHERE id = 'organisation'").get() as { doc: string } | undefined;
      return row ? OrganisationSchema.parse(JSON.parse(row.doc)) : emptyOrganisation();
    },
    save: async (value: Organisation): Promise<Organisation> => this.db.transaction(() => this.saveOrganisation(value)).immediate(),
  };

  private saveOrganisation(value: Organisation): Organisation {
    const organisation = OrganisationSchema.parse(value);
    this.db
      .prepare(
        `INSERT INTO organisation (id, version, updated_at, doc) VALUES ('organisation', 1, @now, @doc)
         ON CONFLICT (id) DO UPDATE SET version = version + 1, updated_at = @now, doc = @doc`,
      )
      .run({ now: new Date().toISOString(), doc: JSON.stringify(organisation) });
    return organisation;
  }


  readonly attachments = {
    list: async (): Promise<AttachmentMeta[]> =>
      (this.db.prepare(`SELECT ${ATTACHMENT_META} FROM attachments ORDER BY added_at`).all() as AttachmentRow[]).map(toMeta),
    meta: async (id: string): Promise<AttachmentMeta | null> => {
      const row = this.db.prepare(`SELECT ${ATTACHMENT_META} FROM attachments WHERE id = ?`).get(id) as AttachmentRow | undefined;
      return row ? toMeta(row) : null;
    },
    content: async (id: string): Promise<Uint8Array | null> => {
      const row = this.db.prepare('SELECT content FROM attachments WHERE id = ?').get(id) as { content: Buffer } | undefined;
      return row ? new Uint8Array(row.content) : null;
    },
    add: async (fileName: string, mediaType: string, content: Uint8Array): Promise<AttachmentMeta> => {
      const meta = AttachmentMetaSchema.parse({
        id: newId(),
        fileName,
        mediaType,
        size: content.byteLength,
        sha256: createHash('sha256').update(content).digest('hex'),
        addedAt: new Date().toISOString(),
      });
      this.db.transaction(() => this.putAttachment(meta, content)).immediate();
      return meta;
    },
    delete: async (id: string): Promise<void> => this.deleteAndCheckpoint(() => this.deleteAttachmentRow(id)),
  };

  readonly changeLog = {
    actors: async (): Promise<string[]> => changeLogActors(this.db),
    list: async (filter: ChangeLogFilter = {}) => readChangeLog(this.db, filter),
  };


  async writeBatch(operations: WriteOperation[]): Promise<void> {
    const hasDelete = operations.some((o) => o.op === 'delete' || o.op === 'deleteAttachment');
    const run = () =>
      this.db.transaction(() => {
        const now = new Date().toISOString();
        for (const operation of operations) {
          if (operation.op === 'saveOrganisation') this.saveOrganisation(operation.value);
          else if (operation.op === 'save' && operation.kind === 'activity') this.approvalTables.saveActivity(operation.value, now);
          else if (operation.op === 'save') this.tables[operation.kind].save(operation.value as never, now);
          else if (operation.op === 'put' && operation.kind === 'activity') this.approvalTables.putActivity(operation.value, operation.revision);
          else if (operation.op === 'putSubmission') this.approvalTables.putSubmission(operation.submission);
          else if (operation.op === 'putRevision') this.approvalTables.putStoredRevision(operation.activityId, operation.revision);
          else if (operation.op === 'put') this.tables[operation.kind].write(operation.value as never);
          else if (operation.op === 'putAttachment') this.putAttachment(operation.meta, operation.content);
          else if (operation.op === 'deleteAttachment') this.deleteAttachmentRow(operation.id);
          else this.tables[operation.kind].delete(operation.id);
        }
      }).immediate();
    if (hasDelete) this.deleteAndCheckpoint(run);
    else run();
  }

  /** Call inside a transaction: stores a document with the given metadata, as an import needs it. */
  private putAttachment(input: AttachmentMeta, content: Uint8Array): void {
    const meta = AttachmentMetaSchema.parse(input);
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (meta.size !== content.byteLength || meta.sha256 !== sha256) {
      throw new AppError('validation', `attachment ${meta.id}: size or sha256 does not match the content`, { id: meta.id });
    }
    this.db
      .prepare(
        `INSERT INTO attachments (id, file_name, media_type, size, sha256, added_at, content)
         VALUES (@id, @fileName, @mediaType, @size, @sha256, @addedAt, @content)
         ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type, size = excluded.size,
           sha256 = excluded.sha256, added_at = excluded.added_at, content = excluded.content`,
      )
      .run({ ...meta, content: Buffer.from(content) });
  }

  /** Call inside a transaction. */
  private deleteAttachmentRow(id: string): void {
    if (this.db.prepare('DELETE FROM attachments WHERE id = ?').run(id).changes === 0) {
      throw new AppError('not_found', `attachment ${id} not found`, { id });
    }
  }

  /** After a delete, fold the WAL into the file and truncate it so erased data leaves the disk. */
  private deleteAndCheckpoint(remove: () => void): void {
    this.db.transaction(remove).immediate();
    // Inside an outer transaction (import --replace) the checkpoint follows its commit.
    if (!this.db.inTransaction) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /**
   * Runs `work` in one write transaction (BEGIN IMMEDIATE): what it reads is what it changes,
   * and all its writes commit together or not at all (import --replace plans and writes here).
   */
  async inWriteTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** A checked copy: VACUUM INTO a temporary file, integrity check, fsync, then put in place (never over a file). */
  snapshot(): Uint8Array {
    return this.db.serialize();
  }

  async copyTo(path: string): Promise<void> {
    this.refuseIfDamaged();
    copyDatabaseTo(this.db, path);
  }

  private refuseIfDamaged(): void {
    const problems = integrityCheck(this.db, 5);
    if (problems.length) {
      throw new AppError('register_damaged', `${this.location}: ${problems.join('; ')}`, { path: this.location, detail: problems.slice(0, 3).join('; ') });
    }
  }

  /** Everything verify reports: pages, triggers, the change-log chain, attachments and unreadable rows. */
  async verify(): Promise<RegisterVerification> {
    const pages = integrityCheck(this.db, 20);
    // On a damaged file each part may hit the damage itself; that is reported, not thrown.
    const attempt = <T>(work: () => T, fallback: T): T => {
      try {
        return work();
      } catch (error) {
        pages.push(`${(error as Error).message}`);
        return fallback;
      }
    };
    const chain = attempt(() => verifyChain(this.db), { entries: 0, head: '', problems: [] });
    for (const table of Object.values(this.tables)) attempt(() => table.list(), []);
    return {
      pages,
      missingTriggers: attempt(() => missingTriggers(this.db), []),
      chain,
      damagedAttachments: attempt(() => damagedAttachments(this.db), []),
      invalidRows: this.invalidRows(),
    };
  }

  /** Rows skipped by the lists because their content is invalid, named by table, id and name. */
  invalidRows(): InvalidRow[] {
    return Object.values(this.tables).flatMap((table) => [...table.invalidRows.values()].map((row) => ({ table: table.table, ...row })));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    try {
      if (!this.readOnly) {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
        // A closed register keeps no -wal/-shm, so it can be read in place from read-only folders.
        this.db.pragma('journal_mode = DELETE');
      }
    } catch {
      // A full disk: the committed changes stay in the -wal, which the next open replays.
    } finally {
      this.db.close();
      if (!this.readOnly) releaseWriterLock(this.location);
      this.cleanup();
    }
  }
}

const ATTACHMENT_META = 'id, file_name, media_type, size, sha256, added_at';
interface AttachmentRow {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  added_at: string;
}

function toMeta(row: AttachmentRow): AttachmentMeta {
  return { id: row.id, fileName: row.file_name, mediaType: row.media_type, size: row.size, sha256: row.sha256, addedAt: row.added_at };
}
