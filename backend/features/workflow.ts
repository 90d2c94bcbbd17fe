import type { AppContext } from '../app/context';
import { activityWorkflowHandlers } from './activity-workflow';
import { copyToRegisterHandlers } from './copy-to-register';
import { processorRecordHandlers } from './processor-records';
import { registerTemplateHandlers } from './register-templates';
import { templateHandlers } from './templates';
import { tomHandlers } from './toms';

/** Handlers of "the complete register" (channels in domain/ipc/channels/workflow.ts). */
export function workflowHandlers(ctx: AppContext) {
  return {
    ...activityWorkflowHandlers(ctx),
    ...copyToRegisterHandlers(ctx),
    ...registerTemplateHandlers(ctx),
    ...templateHandlers(ctx),
    ...processorRecordHandlers(ctx),
    ...tomHandlers(ctx),
  };
}
