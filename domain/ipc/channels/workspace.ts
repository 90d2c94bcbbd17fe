import { z } from 'zod';
import { ActivityStatusSchema, type ActivityStatus } from '../../model/activity';
import { IdSchema, LanguageSchema, ShortTextSchema } from '../../model/common';
import { type DpoProfile } from '../../model/dpo-profile';
import { DpoProfileInputSchema } from '../../model/input-rules';
import type { Organisation } from '../../model/organisation';
import type { ActivityMandatoryField, Completeness, OrganisationMandatoryField, SeverityCounts } from '../../rules/completeness';
import { channel } from '../define';

/** One activity as the dashboard and the list's findings column see it. */
export interface ActivityHealth {
  activityId: string;
  name: string;
  reference: string;
  status: ActivityStatus;
  completeness: Completeness<ActivityMandatoryField>;
  findings: SeverityCounts;
}

export interface RegisterOverview {
  /** Activities that are not archived. */
  activities: ActivityHealth[];
  organisation: Completeness<OrganisationMandatoryField>;
  /** Mandatory fields filled over all activities and the organisation sheet. */
  filled: number;
  total: number;
  findings: SeverityCounts;
  byStatus: Record<ActivityStatus, number>;
}

export interface BulkUpdateResult {
  updated: number;
  /** Activities left unchanged, with the reason (e.g. a status change the workflow does not allow). */
  skipped: { id: string; name: string; reason: 'invalid_transition' | 'not_found' | 'date_rule' | 'approval_gate'; from?: ActivityStatus }[];
}

const TodaySchema = z.iso.date().optional();

/** One change applied to many activities at once. Dates: YYYY-MM-DD. */
export const BulkChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: ActivityStatusSchema }),
  z.object({ kind: z.literal('owner'), department: ShortTextSchema, contactName: ShortTextSchema.optional() }),
  z.object({ kind: z.literal('nextReview'), nextReviewOn: z.iso.date() }),
]);
export type BulkChange = z.infer<typeof BulkChangeSchema>;

export const workspaceChannels = {
  /** Completeness and findings per activity and for the register: the dashboard and the list's findings column. */
  'workspace.overview': channel<RegisterOverview>()(
    z.object({ today: TodaySchema, language: LanguageSchema.default('de') }).default({ language: 'de' }),
  ),
  /** Status, owner or next review of many activities in one transaction; each change is in the change log. */
  'activities.bulkUpdate': channel<BulkUpdateResult>()(
    z.object({ ids: z.array(IdSchema).min(1).max(10_000), change: BulkChangeSchema, today: TodaySchema }),
  ),
  /** The DPO's own details, kept in the app settings for every register. */
  'dpoProfile.get': channel<DpoProfile>()(z.void()),
  'dpoProfile.save': channel<DpoProfile>()(z.object({ profile: DpoProfileInputSchema })),
  /** Copies the profile into the open register's DPO section and saves it (change log). */
  'dpoProfile.applyToRegister': channel<Organisation>()(z.void()),
} as const;
