import { z } from 'zod';

export const ChangeActionSchema = z.enum(['insert', 'update', 'delete']);

/** One entry of the append-only accountability trail (Art. 5(2)). */
export const ChangeLogEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: ChangeActionSchema,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** sha256 chaining the entry to the one before (tamper evidence). */
  hash: z.string().optional(),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;
export type ChangeAction = z.infer<typeof ChangeActionSchema>;
