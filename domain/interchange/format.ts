import { z } from 'zod';
import {
  AcknowledgementSchema,
  ActivitySchema,
  AttachmentMetaSchema,
  ChannelSchema,
  MAX_ATTACHMENT_BYTES,
  OrganisationSchema,
  PartySchema,
  ProcessorRecordSchema,
  SubmissionMetaSchema,
  TomMeasureSchema,
} from '../model';
import { IdSchema } from '../model/common';
import { BASE64_PATTERN, isStandardBase64 } from './base64';
import { deepStrict } from './strict';

/** The value of `format` that marks a VVT Desk interchange file. */
export const INTERCHANGE_FORMAT = 'vvt-desk-register';
/** The format version this build writes and the newest it reads. */
export const CURRENT_FORMAT_VERSION = 2;
/** The first format version that carries approved revisions and submissions. */
export const APPROVAL_DATA_FORMAT_VERSION = 2;

const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const InterchangeAttachmentSchema = z.strictObject({
  meta: deepStrict(AttachmentMetaSchema),
  contentBase64: z
    .string()
    .max(MAX_BASE64_LENGTH)
    .check((ctx) => {
      if (!isStandardBase64(ctx.value)) {
        ctx.issues.push({ code: 'invalid_format', format: 'regex', pattern: BASE64_PATTERN, input: ctx.value, continue: true });
      }
    })
    .meta({
      pattern: BASE64_PATTERN,
      description: 'The document bytes, standard base64 with padding; size and sha256 in meta must match.',
    }),
});
export type InterchangeAttachment = z.infer<typeof InterchangeAttachmentSchema>;

/**
 * The state of an activity as it was approved (who, when, which version, the approved
 * content): what the authority version prints while a later change is in progress.
 */
export const InterchangeApprovedRevisionSchema = z.strictObject({
  activityId: IdSchema,
  /** The activity's version at approval. */
  activityVersion: z.number().int().min(0),
  /** ISO 8601 date-time; empty only in registers that recorded no time (an approval migrated from before revisions existed). */
  approvedAt: z.union([z.iso.datetime({ offset: true }), z.literal('')]),
  approvedBy: z.string().max(1000),
  /** The reason given for approving despite warnings, with the warnings it covered. */
  acknowledgement: deepStrict(AcknowledgementSchema).nullable(),
  /** The approved content; its `id` is `activityId`, its status `approved`. */
  activity: deepStrict(ActivitySchema),
});
export type InterchangeApprovedRevision = z.infer<typeof InterchangeApprovedRevisionSchema>;

/** An authority export recorded as handed over: date, authority, SHA-256 of the file and what it printed. */
export const InterchangeSubmissionSchema = z.strictObject({
  ...deepStrict(SubmissionMetaSchema).shape,
  submittedAt: z.iso.datetime({ offset: true }),
  recordedBy: z.string().max(1000),
  /** The activities as the submitted file printed them (the basis of "changes since the last submission"). */
  activities: z.array(deepStrict(ActivitySchema)),
});
export type InterchangeSubmission = z.infer<typeof InterchangeSubmissionSchema>;

export const InterchangeRegisterSchema = z.strictObject({
  organisation: deepStrict(OrganisationSchema),
  activities: z.array(deepStrict(ActivitySchema)),
  parties: z.array(deepStrict(PartySchema)),
  channels: z.array(deepStrict(ChannelSchema)),
  processorRecords: z.array(deepStrict(ProcessorRecordSchema)),
  toms: z.array(deepStrict(TomMeasureSchema)),
  attachments: z.array(InterchangeAttachmentSchema),
  /** Per approved activity its approved revision (format version 2 on). */
  approvedRevisions: z.array(InterchangeApprovedRevisionSchema),
  /** Recorded submissions to the supervisory authority, oldest first; append-only in the register (format version 2 on). */
  submissions: z.array(InterchangeSubmissionSchema),
});
export type InterchangeRegister = z.infer<typeof InterchangeRegisterSchema>;

/** One change-log entry as exported on request (`vvt export --with-log`); an import does not replay it. */
export const InterchangeChangeLogEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string().max(100),
  actor: z.string().max(1000),
  entity: z.string().max(100),
  entityId: z.string().max(1000),
  action: z.enum(['insert', 'update', 'delete']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** sha256 chaining this entry to the one before (tamper evidence); absent in older registers. */
  hash: z.string().max(64).optional(),
});
export type InterchangeChangeLogEntry = z.infer<typeof InterchangeChangeLogEntrySchema>;

/** One register (Art. 30 GDPR record of processing activities) as a portable JSON file. */
export const InterchangeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  /** When the file was written (ISO 8601 date-time). */
  exportedAt: z.iso.datetime({ offset: true }),
  register: InterchangeRegisterSchema,
  /** The register's change log, oldest first, when the export was asked to include it; for reading, never imported. */
  changeLog: z.array(InterchangeChangeLogEntrySchema).optional(),
});
export type InterchangeDocument = z.infer<typeof InterchangeSchema>;
export type InterchangeDocumentInput = z.input<typeof InterchangeSchema>;

/** The entity collections of a register, in file order. */
export const ENTITY_COLLECTIONS = ['activities', 'parties', 'channels', 'processorRecords', 'toms'] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
