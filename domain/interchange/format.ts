import { z } from 'zod';
import {
  ActivitySchema,
  AttachmentMetaSchema,
  ChannelSchema,
  MAX_ATTACHMENT_BYTES,
  OrganisationSchema,
  PartySchema,
  ProcessorRecordSchema,
  TomMeasureSchema,
} from '../model';
import { BASE64_PATTERN, isStandardBase64 } from './base64';
import { deepStrict } from './strict';

/** The value of `format` that marks a VVT Desk interchange file. */
export const INTERCHANGE_FORMAT = 'vvt-desk-register';
/** The format version this build writes and the newest it reads. */
export const CURRENT_FORMAT_VERSION = 1;

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

export const InterchangeRegisterSchema = z.strictObject({
  organisation: deepStrict(OrganisationSchema),
  activities: z.array(deepStrict(ActivitySchema)),
  parties: z.array(deepStrict(PartySchema)),
  channels: z.array(deepStrict(ChannelSchema)),
  processorRecords: z.array(deepStrict(ProcessorRecordSchema)),
  toms: z.array(deepStrict(TomMeasureSchema)),
  attachments: z.array(InterchangeAttachmentSchema),
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
