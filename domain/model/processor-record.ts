import { z } from 'zod';
import { IdSchema, ShortTextSchema, TextSchema } from './common';
import { TransferSchema } from './transfer';

/**
 * Art. 30(2): processing this organisation carries out on behalf of one controller
 * (an external party with the role "client_controller").
 */
export const ProcessorRecordSchema = z.object({
  id: IdSchema,
  controllerPartyId: IdSchema,
  /** Art. 30(2)(b): categories of processing carried out for this controller. */
  processingCategories: z.array(z.string().trim().min(1).max(500)).max(100).default([]),
  transfers: z.array(TransferSchema).max(200).default([]),
  tomMeasureIds: z.array(IdSchema).max(500).default([]),
  specificToms: TextSchema,
  contractReference: ShortTextSchema,
  status: z.enum(['active', 'ended']).default('active'),
  notes: TextSchema,
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  version: z.number().int().min(0).default(0),
});
export type ProcessorRecord = z.infer<typeof ProcessorRecordSchema>;
