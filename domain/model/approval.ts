import { z } from 'zod';
import { ActivitySchema } from './activity';
import { IdSchema, LanguageSchema } from './common';

/** A warning the approver acknowledged, as the check reported it (code and parameters). */
export const AcknowledgedWarningSchema = z.object({
  code: z.string().min(1).max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type AcknowledgedWarning = z.infer<typeof AcknowledgedWarningSchema>;

/** Approval despite warnings: the reason the approver gave and the warnings it covers. */
export const AcknowledgementSchema = z.object({
  reason: z.string().trim().min(1).max(2000),
  warnings: z.array(AcknowledgedWarningSchema).max(500).default([]),
});
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/**
 * The state of an activity as it was approved: what the authority version prints until a
 * later change is approved in turn (Art. 5(2) accountability: who approved what, when).
 */
export const ApprovedRevisionSchema = z.object({
  activityId: IdSchema,
  /** The activity's version at approval. */
  activityVersion: z.number().int().min(0),
  approvedAt: z.string(),
  approvedBy: z.string(),
  acknowledgement: AcknowledgementSchema.nullable().default(null),
  activity: ActivitySchema,
});
export type ApprovedRevision = z.infer<typeof ApprovedRevisionSchema>;

/** An authority export handed over (or to be handed over) to the supervisory authority. */
export const SubmissionMetaSchema = z.object({
  id: IdSchema,
  /** ISO timestamp of recording. */
  submittedAt: z.string(),
  /** Recipient authority as named by the DPO. */
  authority: z.string().trim().max(500),
  fileName: z.string().max(1000),
  /** SHA-256 of the PDF file, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  language: LanguageSchema,
  recordedBy: z.string(),
  activityCount: z.number().int().min(0),
});
export type SubmissionMeta = z.infer<typeof SubmissionMetaSchema>;

/** A submission with the activities as the submitted file printed them (the basis of "what changed since"). */
export const SubmissionSchema = SubmissionMetaSchema.extend({
  activities: z.array(ActivitySchema),
});
export type Submission = z.infer<typeof SubmissionSchema>;
