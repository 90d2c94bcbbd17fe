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
import { deepStrict } from './strict';

/** The value of `format` that marks a VVT Desk interchange file. */
export const INTERCHANGE_FORMAT = 'vvt-desk-register';
/** The format version this build writes and the newest it reads. */
export const CURRENT_FORMAT_VERSION = 1;

/** Standard base64 with padding, as Buffer.toString('base64') writes it. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const InterchangeAttachmentSchema = z.strictObject({
  meta: deepStrict(AttachmentMetaSchema),
  contentBase64: z
    .string()
    .max(MAX_BASE64_LENGTH)
    .regex(BASE64)
    .meta({ description: 'The document bytes, standard base64 with padding; size and sha256 in meta must match.' }),
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

/** One register (Art. 30 GDPR record of processing activities) as a portable JSON file. */
export const InterchangeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  /** When the file was written (ISO 8601 date-time). */
  exportedAt: z.iso.datetime({ offset: true }),
  register: InterchangeRegisterSchema,
});
export type InterchangeDocument = z.infer<typeof InterchangeSchema>;
export type InterchangeDocumentInput = z.input<typeof InterchangeSchema>;

/** The entity collections of a register, in file order. */
export const ENTITY_COLLECTIONS = ['activities', 'parties', 'channels', 'processorRecords', 'toms'] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
