import { z } from 'zod';
import { ActivityStatusSchema, type Activity } from '../../model/activity';
import { IdSchema } from '../../model/common';
import { channel } from '../define';

export interface CopyToRegisterResult {
  /** Activities written into the target register (as drafts with new ids). */
  count: number;
  /** Measures the target register lacked and received along with the copies. */
  measuresAdded: number;
  /** Links to parties and channels that exist only in the source register and were removed. */
  referencesCleared: number;
}

export const activityWorkflowChannels = {
  /**
   * Moves an activity along draft → in_review → approved → archived (and back: in_review →
   * draft, approved → in_review, archived → draft; any non-archived status → archived).
   * Refused with a validation error for other steps; `version` must match (conflict otherwise).
   * Approving sets lastReviewedOn = today and, if empty, nextReviewOn = today + 1 year.
   */
  'activities.setStatus': channel<Activity>()(
    z.object({ id: IdSchema, status: ActivityStatusSchema, version: z.number().int().min(0) }),
  ),
  /** Saves a draft copy with fresh ids, named "… (Kopie)" / "… (copy)" per the settings language. */
  'activities.duplicate': channel<Activity>()(z.object({ id: IdSchema })),
  /** Copies activities into another register from the recent list, as drafts, in one transaction. */
  'activities.copyToRegister': channel<CopyToRegisterResult>()(
    z.object({ ids: z.array(IdSchema).min(1).max(10_000), targetPath: z.string().min(1).max(4096) }),
  ),
  /** The departments used in the register, each once, sorted (for the list's filter select). */
  'activities.departments': channel<string[]>()(z.void()),
} as const;
