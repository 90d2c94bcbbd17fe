import { z } from 'zod';
import { IdSchema } from './common';

/** Metadata of a document stored inside the register file (e.g. a signed AVV as PDF). */
export const AttachmentMetaSchema = z.object({
  id: IdSchema,
  fileName: z.string().trim().min(1).max(255),
  mediaType: z.string().max(100),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** Largest document accepted into a register file. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
