import { RememberedMappingSchema } from '../spreadsheet/fields';
import { z } from 'zod';
import { ActivityStatusSchema, type ActivityStatus } from './activity';
import { LanguageSchema } from './common';
import { DpoProfileSchema } from './dpo-profile';

/** File extension of a register file (one SQLite database per organisation). */
export const REGISTER_EXTENSION = 'vvt';

export interface RegisterInfo {
  path: string;
  fileName: string;
  organisationName: string;
  schemaVersion: number;
  activityCount: number;
}

export interface RecentRegister {
  path: string;
  organisationName: string;
  openedAt: string;
}

export const SettingsSchema = z.object({
  language: LanguageSchema.default('de'),
  /** Name written into the change log as the author of changes. */
  actorName: z.string().trim().max(200).default(''),
  recentRegisters: z
    .array(z.object({ path: z.string(), organisationName: z.string(), openedAt: z.string() }))
    .max(20)
    .default([]),
  /** Folders the external DPO keeps client registers in (the portfolio lists every register there). */
  portfolioFolders: z.array(z.string().min(1).max(4096)).max(50).default([]),
  /** Spreadsheet import: the column choices the user made, applied to the same headers next time. */
  importColumnMapping: RememberedMappingSchema.default({}),
  /** The DPO's own details for filling a register's DPO section (see dpo-profile.ts). */
  dpoProfile: DpoProfileSchema.default(() => DpoProfileSchema.parse({})),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const ActivitySortSchema = z.enum(['name', 'reference', 'status', 'department', 'updatedAt', 'nextReviewOn']);

export const ActivityQuerySchema = z.object({
  text: z.string().max(500).default(''),
  statuses: z.array(ActivityStatusSchema).max(4).default([]),
  department: z.string().max(500).default(''),
  legalBasis: z.string().max(100).default(''),
  specialCategories: z.boolean().optional(),
  thirdCountry: z.boolean().optional(),
  /** Only activities whose next review is due on or before this date. */
  reviewDueBy: z.union([z.iso.date(), z.literal('')]).default(''),
  includeArchived: z.boolean().default(false),
  /** Only these activities (e.g. those with findings, from workspace.overview). */
  ids: z.array(z.string().min(1).max(64)).max(100_000).optional(),
  sort: ActivitySortSchema.default('name'),
  descending: z.boolean().default(false),
  limit: z.number().int().min(1).max(100_000).default(100_000),
  offset: z.number().int().min(0).default(0),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;
export type ActivityQueryInput = z.input<typeof ActivityQuerySchema>;

/** What the activity list shows; read from indexed columns, not from the full document. */
export interface ActivitySummary {
  id: string;
  reference: string;
  name: string;
  status: ActivityStatus;
  department: string;
  updatedAt: string;
  nextReviewOn: string;
  legalBasisCodes: string[];
  hasSpecialCategories: boolean;
  hasThirdCountryTransfer: boolean;
}

export interface ActivityPage {
  total: number;
  items: ActivitySummary[];
}
