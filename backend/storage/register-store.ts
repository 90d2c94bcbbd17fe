import type {
  Acknowledgement,
  Activity,
  ApprovedRevision,
  Submission,
  SubmissionMeta,
  ActivityPage,
  ActivityQuery,
  AttachmentMeta,
  Channel,
  ChangeLogEntry,
  Organisation,
  Party,
  ProcessorRecord,
  TomMeasure,
} from '../../domain/model';

/**
 * The one storage seam. Services talk to a register only through this interface, so a
 * server-backed implementation for teams can replace the SQLite file later. Every method
 * is atomic on its own; `writeBatch` makes several changes atomic together.
 */
export interface RegisterStore {
  readonly location: string;
  meta(): Promise<RegisterMeta>;
  organisation: SingletonRepository<Organisation>;
  activities: ActivityRepository;
  parties: EntityRepository<Party>;
  channels: EntityRepository<Channel>;
  processorRecords: EntityRepository<ProcessorRecord>;
  toms: EntityRepository<TomMeasure>;
  attachments: AttachmentRepository;
  changeLog: ChangeLogReader;
  approvals: ApprovalRepository;
  submissions: SubmissionRepository;
  writeBatch(operations: WriteOperation[]): Promise<void>;
  /** Writes a consistent copy of the whole register (incl. change log) to a new file. */
  copyTo(path: string): Promise<void>;
  /**
   * The register's committed content as database bytes, read through this connection: the
   * writer holds the file's exclusive lock, so a reader in the same window (the portfolio)
   * cannot open a second connection to it.
   */
  snapshot(): Uint8Array;
  /** Who is written into the change log for the following changes. */
  setActor(actor: string): void;
  /** Runs `work` in one write transaction: its reads and writes commit together or not at all. */
  inWriteTransaction<T>(work: () => Promise<T>): Promise<T>;
  /** Full check: pages, change-log triggers and chain, attachment hashes, unreadable rows. */
  verify(): Promise<RegisterVerification>;
  /** Rows the lists skip because their content is invalid. */
  invalidRows(): InvalidRow[];
  close(): Promise<void>;
}

export interface InvalidRow {
  table: string;
  id: string;
  name: string;
  problem: string;
}

export interface RegisterVerification {
  /** integrity_check lines; empty when the file is sound. */
  pages: string[];
  missingTriggers: string[];
  chain: { entries: number; head: string; problems: { kind: string; seq: number }[] };
  damagedAttachments: { id: string; fileName: string }[];
  invalidRows: InvalidRow[];
}

export interface RegisterMeta {
  registerId: string;
  schemaVersion: number;
  createdAt: string;
  activityCount: number;
}

/** Entities carry `version`: a save whose version differs from the stored one is refused as a conflict. */
export interface VersionedEntity {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EntityRepository<T extends VersionedEntity> {
  list(): Promise<T[]>;
  get(id: string): Promise<T | null>;
  /** Inserts (version 0) or updates (matching version); returns the stored entity with version + 1. */
  save(entity: T): Promise<T>;
  delete(id: string): Promise<void>;
}

export interface ActivityRepository extends EntityRepository<Activity> {
  query(query: ActivityQuery): Promise<ActivityPage>;
  count(): Promise<number>;
}

export interface SingletonRepository<T> {
  get(): Promise<T>;
  save(value: T): Promise<T>;
}

export interface AttachmentRepository {
  list(): Promise<AttachmentMeta[]>;
  meta(id: string): Promise<AttachmentMeta | null>;
  content(id: string): Promise<Uint8Array | null>;
  add(fileName: string, mediaType: string, content: Uint8Array): Promise<AttachmentMeta>;
  delete(id: string): Promise<void>;
}

/**
 * Approved revisions: what was approved, by whom, when. Saving an approved activity with
 * changed content (through any repository) turns it into a working draft; its revision stays.
 */
export interface ApprovalRepository {
  list(): Promise<ApprovedRevision[]>;
  get(activityId: string): Promise<ApprovedRevision | null>;
  /** Saves the activity (version checked) as approved and records the saved state as its revision, atomically. */
  approve(activity: Activity, acknowledgement: Acknowledgement | null): Promise<{ activity: Activity; revision: ApprovedRevision }>;
}

/** Authority exports recorded as handed over; append-only. */
export interface SubmissionRepository {
  /** Newest first, without the printed activities. */
  list(): Promise<SubmissionMeta[]>;
  get(id: string): Promise<Submission | null>;
  latest(): Promise<Submission | null>;
  add(submission: Submission): Promise<SubmissionMeta>;
}

export interface ChangeLogFilter {
  entity?: string;
  entityId?: string;
  /** Entries at or after this ISO timestamp / date. */
  from?: string;
  /** Entries before this ISO timestamp / date (a date means: before the end of that day). */
  to?: string;
  actor?: string;
  limit?: number;
}

export interface ChangeLogReader {
  list(filter?: ChangeLogFilter): Promise<ChangeLogEntry[]>;
  /** Everyone who changed something, each once, sorted. */
  actors(): Promise<string[]>;
}

export type EntityKind = 'activity' | 'party' | 'channel' | 'processorRecord' | 'tom';

export type WriteOperation =
  | { op: 'save'; kind: 'activity'; value: Activity }
  | { op: 'save'; kind: 'party'; value: Party }
  | { op: 'save'; kind: 'channel'; value: Channel }
  | { op: 'save'; kind: 'processorRecord'; value: ProcessorRecord }
  | { op: 'save'; kind: 'tom'; value: TomMeasure }
  | { op: 'saveOrganisation'; value: Organisation }
  | { op: 'delete'; kind: EntityKind; id: string }
  /** Writes the entity as given, keeping version and dates (import); inserts or overwrites. */
  /**
   * `revision`: the approved revision to store with it, written as given (an imported approval:
   * who, when, what); `null` removes a stored one. Without it an approved activity lacking a
   * revision becomes its own revision, attributed to the writer.
   */
  | { op: 'put'; kind: 'activity'; value: Activity; revision?: ApprovedRevision | null }
  | { op: 'put'; kind: 'party'; value: Party }
  | { op: 'put'; kind: 'channel'; value: Channel }
  | { op: 'put'; kind: 'processorRecord'; value: ProcessorRecord }
  | { op: 'put'; kind: 'tom'; value: TomMeasure }
  /** Stores a document under the given metadata (import); size and sha256 must match the content. */
  | { op: 'putAttachment'; meta: AttachmentMeta; content: Uint8Array }
  | { op: 'deleteAttachment'; id: string }
  /** Adds a recorded submission as given (import); one with the same id must be identical (submissions are append-only). */
  | { op: 'putSubmission'; submission: Submission }
  /** Writes (or, for `null`, removes) the approved revision of a stored activity as given (import). */
  | { op: 'putRevision'; activityId: string; revision: ApprovedRevision | null };
