import { z } from 'zod';
import { type Activity } from '../../model/activity';
import { IdSchema } from '../../model/common';
import { ActivityInputSchema } from '../../model/input-rules';
import { ActivityQuerySchema, type ActivityPage } from '../../model/register';
import { activityCatalogueIssues, checkedAgainstCatalogues } from '../../rules/catalogue-boundary';
import { withCatalogueSpecials } from '../../rules/catalogue-facts';
import { channel } from '../define';

export const activityChannels = {
  'activities.list': channel<ActivityPage>()(ActivityQuerySchema),
  'activities.get': channel<Activity>()(z.object({ id: IdSchema })),
  /** Creates or updates; `version` must match the stored one (optimistic concurrency). */
  'activities.save': channel<Activity>()(z.object({ activity: checkedAgainstCatalogues(ActivityInputSchema, activityCatalogueIssues).transform((a) => withCatalogueSpecials(a)) })),
  'activities.delete': channel<null>()(z.object({ id: IdSchema })),
} as const;
