import { activityWorkflowChannels } from './activity-workflow';
import { processorChannels } from './processor';
import { templateChannels } from './templates';
import { tomChannels } from './toms';

/** The channels of "the complete register": workflow, templates, processor record, TOM catalogue. */
export const workflowChannels = {
  ...activityWorkflowChannels,
  ...templateChannels,
  ...processorChannels,
  ...tomChannels,
} as const;
