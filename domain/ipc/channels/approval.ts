import { z } from 'zod';
import { LanguageSchema } from '../../model/common';
import { IdSchema } from '../../model/common';
import type { Activity } from '../../model/activity';
import type { Acknowledgement, SubmissionMeta } from '../../model/approval';
import type { ChangeAction } from '../../model/change-log';
import type { ExportCheck } from '../../rules/export-check';
import type { FieldChange } from '../../rules/field-changes';
import type { ActivityFinding } from '../../rules/findings';
import type { ChangesReport } from '../../rules/submission-changes';
import { channel } from '../define';

/** The approval of one activity as the editor shows it. */
export interface ApprovalState {
  revision: {
    activityVersion: number;
    approvedAt: string;
    approvedBy: string;
    acknowledgement: Acknowledgement | null;
  } | null;
  /** A change to the approved revision is in progress. */
  pending: boolean;
  /** What differs from the approved revision (readable, in the requested language). */
  changedFields: FieldChange[];
  /** The approval gate for the current state: errors block, warnings need a reason. */
  errors: ActivityFinding[];
  warnings: ActivityFinding[];
}

export interface ChangesSinceSubmission extends ChangesReport {
  submission: SubmissionMeta | null;
  /** Status of each listed activity now, so the app can mark changes not approved yet. */
  statuses: Record<string, Activity['status']>;
}

/** One change-log entry as the history shows it. */
export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: ChangeAction;
  /** Name of the entity (from the entry), '' if it has none. */
  name: string;
  fields: (FieldChange & { label: string })[];
}

const DateFilterSchema = z.union([z.iso.date(), z.literal('')]).optional();

export const HistoryQuerySchema = z.object({
  entity: z.enum(['activity', 'party', 'organisation', 'channel', 'tom', 'processorRecord', 'attachment', 'approval', 'submission']).optional(),
  entityId: IdSchema.optional(),
  from: DateFilterSchema,
  to: DateFilterSchema,
  actor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
  language: LanguageSchema,
});
export type HistoryQuery = z.output<typeof HistoryQuerySchema>;

export const approvalChannels = {
  /** Approval state of an activity: its approved revision, a change in progress, and the gate. */
  'approval.state': channel<ApprovalState>()(z.object({ id: IdSchema, language: LanguageSchema })),
  /**
   * Approves an activity in review (version must match): refused while it has error findings,
   * and while it has warnings unless `acknowledgement` gives a reason (kept in the change log).
   */
  'activities.approve': channel<Activity>()(
    z.object({ id: IdSchema, version: z.number().int().min(0), acknowledgement: z.string().trim().max(2000).optional() }),
  ),
  /** What the authority version would hold and what is missing, before a file is written. */
  'documents.exportCheck': channel<ExportCheck>()(z.object({ includeUnapproved: z.boolean().optional() })),
  /** Recorded submissions, newest first. */
  'submissions.list': channel<SubmissionMeta[]>()(z.void()),
  /** What changed since the last recorded submission. */
  'submissions.changes': channel<ChangesSinceSubmission>()(z.object({ language: LanguageSchema })),
  /** Change-log entries, newest first, readable; filtered by entity, date and author. */
  'history.list': channel<HistoryEntry[]>()(HistoryQuerySchema),
  /** Everyone who changed something in the register. */
  'history.actors': channel<string[]>()(z.void()),
  /** Opens a PDF saved in this session, or shows it in its folder. */
  'documents.openExported': channel<null>()(z.object({ path: z.string().min(1).max(4096), reveal: z.boolean().default(false) })),
} as const;
