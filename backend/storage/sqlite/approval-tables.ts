import type Database from 'better-sqlite3';
import { AppError } from '../../../domain/ipc/result';
import {
  AcknowledgementSchema,
  ApprovedRevisionSchema,
  SubmissionMetaSchema,
  SubmissionSchema,
  type Acknowledgement,
  type Activity,
  type ApprovedRevision,
  type Submission,
  type SubmissionMeta,
} from '../../../domain/model';
import { sameContent, statusAfterSave } from '../../../domain/rules/approved-revision';
import type { DocumentTable } from './document-table';

interface RevisionRow {
  activity_id: string;
  activity_version: number;
  approved_at: string;
  approved_by: string;
  acknowledgement: string | null;
  doc: string;
}

interface SubmissionRow {
  id: string;
  submitted_at: string;
  authority: string;
  file_name: string;
  sha256: string;
  language: string;
  recorded_by: string;
  activity_count: number;
  doc?: string;
}

const SUBMISSION_META = 'id, submitted_at, authority, file_name, sha256, language, recorded_by, activity_count';

/**
 * Approved revisions and submissions next to the activities table. Saving an activity goes
 * through here so that editing an approved activity always opens a working draft, whichever
 * code path saves it.
 */
export class ApprovalTables {
  constructor(
    private readonly db: Database.Database,
    private readonly activities: DocumentTable<Activity>,
    private readonly actor: () => string,
  ) {}

  /** Call inside a transaction: saves an activity; a content change to an approved one becomes a working draft. */
  saveActivity(input: Activity, now?: string): Activity {
    const stored = this.activities.get(input.id);
    const status = statusAfterSave(stored, input);
    if (stored && status !== input.status && !this.revision(stored.id)) {
      // An approved activity without a revision (imported as approved): keep what was approved.
      this.writeRevision(stored, stored.updatedAt || new Date().toISOString(), this.lastApprover(stored.id), null);
    }
    return this.activities.save({ ...input, status }, now);
  }

  /**
   * Call inside a transaction: writes an imported activity as given. With `revision` its approved
   * revision is written as given too (or removed, for `null`); without, an approved activity is
   * its own approved revision.
   */
  putActivity(activity: Activity, given?: ApprovedRevision | null): void {
    this.activities.write(activity);
    if (given !== undefined) {
      this.putRevision(activity, given);
      return;
    }
    if (activity.status !== 'approved') return;
    const revision = this.revision(activity.id);
    if (!revision || !sameContent(revision.activity, activity)) {
      this.writeRevision(activity, new Date().toISOString(), this.actor(), null);
    }
  }

  /** Saves the activity as approved and records the saved state as its approved revision, in one transaction. */
  approve(activity: Activity, acknowledgement: Acknowledgement | null): { activity: Activity; revision: ApprovedRevision } {
    return this.db.transaction(() => {
      const saved = this.activities.save({ ...activity, status: 'approved' });
      const revision = this.writeRevision(saved, saved.updatedAt, this.actor(), acknowledgement);
      return { activity: saved, revision };
    })();
  }

  /** Call inside a transaction: the approved revision of a stored activity, written as given or removed (`null`). */
  putStoredRevision(activityId: string, revision: ApprovedRevision | null): void {
    const activity = this.activities.get(activityId);
    if (!activity) throw new AppError('not_found', `Activity ${activityId} not found`, { id: activityId });
    this.putRevision(activity, revision);
  }

  /** An imported approval as it was recorded (who, when, what); the change log records the write. */
  private putRevision(activity: Activity, input: ApprovedRevision | null): void {
    const stored = this.revision(activity.id);
    if (input === null) {
      if (activity.status === 'approved') {
        throw new AppError('validation', `activity ${activity.id} is approved; its approved revision cannot be removed`, { id: activity.id });
      }
      if (stored) this.db.prepare('DELETE FROM approved_revisions WHERE activity_id = ?').run(activity.id);
      return;
    }
    const revision = ApprovedRevisionSchema.parse(input);
    if (revision.activityId !== activity.id || revision.activity.id !== activity.id) {
      throw new AppError('validation', `approved revision of ${revision.activityId} given for activity ${activity.id}`, { id: activity.id });
    }
    if (stored && JSON.stringify(stored) === JSON.stringify(revision)) return;
    this.storeRevision(revision);
  }

  /** Call inside a transaction: adds an imported submission; one already stored must be identical (append-only). */
  putSubmission(input: Submission): void {
    const submission = SubmissionSchema.parse(input);
    const stored = this.submission(submission.id);
    if (!stored) {
      this.addSubmission(submission);
      return;
    }
    if (JSON.stringify(stored) !== JSON.stringify(submission)) {
      throw new AppError('validation', `submission ${submission.id} is stored with other content`, {
        messageKey: 'interchangeApproval.errors.submissionConflict',
        id: submission.id,
        submittedAt: submission.submittedAt,
      });
    }
  }

  revision(activityId: string): ApprovedRevision | null {
    const row = this.db.prepare('SELECT * FROM approved_revisions WHERE activity_id = ?').get(activityId) as RevisionRow | undefined;
    return row ? toRevision(row) : null;
  }

  revisions(): ApprovedRevision[] {
    return (this.db.prepare('SELECT * FROM approved_revisions').all() as RevisionRow[]).map(toRevision);
  }

  addSubmission(input: Submission): SubmissionMeta {
    const submission = SubmissionSchema.parse(input);
    this.db
      .prepare(
        `INSERT INTO submissions (${SUBMISSION_META}, doc)
         VALUES (@id, @submittedAt, @authority, @fileName, @sha256, @language, @recordedBy, @activityCount, @doc)`,
      )
      .run({ ...submission, doc: JSON.stringify({ activities: submission.activities }) });
    const { activities, ...meta } = submission;
    void activities;
    return meta;
  }

  submissions(): SubmissionMeta[] {
    const rows = this.db.prepare(`SELECT ${SUBMISSION_META} FROM submissions ORDER BY submitted_at DESC, rowid DESC`).all() as SubmissionRow[];
    return rows.map(toSubmissionMeta);
  }

  submission(id: string): Submission | null {
    const row = this.db.prepare(`SELECT ${SUBMISSION_META}, doc FROM submissions WHERE id = ?`).get(id) as SubmissionRow | undefined;
    return row ? toSubmission(row) : null;
  }

  latestSubmission(): Submission | null {
    const row = this.db.prepare(`SELECT ${SUBMISSION_META}, doc FROM submissions ORDER BY submitted_at DESC, rowid DESC LIMIT 1`).get() as
      | SubmissionRow
      | undefined;
    return row ? toSubmission(row) : null;
  }

  private writeRevision(activity: Activity, approvedAt: string, approvedBy: string, acknowledgement: Acknowledgement | null): ApprovedRevision {
    return this.storeRevision(
      ApprovedRevisionSchema.parse({
        activityId: activity.id,
        activityVersion: activity.version,
        approvedAt,
        approvedBy,
        acknowledgement: acknowledgement ? AcknowledgementSchema.parse(acknowledgement) : null,
        activity: { ...activity, status: 'approved' },
      }),
    );
  }

  private storeRevision(revision: ApprovedRevision): ApprovedRevision {
    this.db
      .prepare(
        `INSERT INTO approved_revisions (activity_id, activity_version, approved_at, approved_by, acknowledgement, doc)
         VALUES (@activityId, @activityVersion, @approvedAt, @approvedBy, @acknowledgement, @doc)
         ON CONFLICT (activity_id) DO UPDATE SET activity_version = excluded.activity_version, approved_at = excluded.approved_at,
           approved_by = excluded.approved_by, acknowledgement = excluded.acknowledgement, doc = excluded.doc`,
      )
      .run({
        ...revision,
        acknowledgement: revision.acknowledgement ? JSON.stringify(revision.acknowledgement) : null,
        doc: JSON.stringify(revision.activity),
      });
    return revision;
  }

  private lastApprover(activityId: string): string {
    const row = this.db
      .prepare(
        `SELECT actor FROM change_log WHERE entity = 'activity' AND entity_id = ? AND json_extract(after, '$.status') = 'approved'
         ORDER BY seq DESC LIMIT 1`,
      )
      .get(activityId) as { actor: string } | undefined;
    return row?.actor ?? '';
  }
}

function toRevision(row: RevisionRow): ApprovedRevision {
  return ApprovedRevisionSchema.parse({
    activityId: row.activity_id,
    activityVersion: row.activity_version,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by,
    acknowledgement: row.acknowledgement === null ? null : JSON.parse(row.acknowledgement),
    activity: JSON.parse(row.doc),
  });
}

function toSubmissionMeta(row: SubmissionRow): SubmissionMeta {
  return SubmissionMetaSchema.parse({
    id: row.id,
    submittedAt: row.submitted_at,
    authority: row.authority,
    fileName: row.file_name,
    sha256: row.sha256,
    language: row.language,
    recordedBy: row.recorded_by,
    activityCount: row.activity_count,
  });
}

function toSubmission(row: SubmissionRow): Submission {
  const doc = JSON.parse(row.doc ?? '{}') as { activities?: unknown };
  return SubmissionSchema.parse({ ...toSubmissionMeta(row), activities: doc.activities ?? [] });
}
