import { z } from 'zod';
import { IdSchema, RequiredNameSchema, TextSchema } from './common';

/** Art. 32(1) headings. */
export const Art32GroupSchema = z.enum([
  'pseudonymisation_encryption',
  'confidentiality_integrity_availability_resilience',
  'restore_availability',
  'regular_testing',
]);
/** Classic German control areas (Kontrollbereiche). */
export const ControlAreaSchema = z.enum([
  'physical_access',
  'system_access',
  'data_access',
  'transfer',
  'input',
  'processor_control',
  'availability',
  'separation',
]);
/** Protection goals of the Standard Data Protection Model. */
export const SdmGoalSchema = z.enum([
  'data_minimisation',
  'availability',
  'integrity',
  'confidentiality',
  'unlinkability',
  'transparency',
  'intervenability',
]);
export type Art32Group = z.infer<typeof Art32GroupSchema>;
export type ControlArea = z.infer<typeof ControlAreaSchema>;
export type SdmGoal = z.infer<typeof SdmGoalSchema>;

/** One technical or organisational measure of the organisation-wide catalogue. */
export const TomMeasureSchema = z.object({
  id: IdSchema,
  /** Shipped catalogue entry it came from, if any. */
  catalogueId: z.string().max(100).default(''),
  title: RequiredNameSchema,
  description: TextSchema,
  art32Group: Art32GroupSchema,
  controlArea: ControlAreaSchema,
  sdmGoal: SdmGoalSchema,
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  version: z.number().int().min(0).default(0),
});
export type TomMeasure = z.infer<typeof TomMeasureSchema>;
