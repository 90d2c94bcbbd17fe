import { AppError } from '../../domain/ipc/result';
import { messages } from '../../domain/i18n';
import { copyActivity, nameWithSuffix } from '../../domain/rules/activity-duplicate';
import { canTransition, localIsoDate, withStatus } from '../../domain/rules/status-workflow';
import type { AppContext } from '../app/context';
import { approveActivity } from '../approval/approve';
import { listDepartments } from './activity-departments';
import type { FeatureHandlers } from './types';
import { requireActivity, workflowRefusal } from './workflow-errors';

type ActivityWorkflowChannel = 'activities.setStatus' | 'activities.duplicate' | 'activities.departments';

export function activityWorkflowHandlers(ctx: AppContext): FeatureHandlers<ActivityWorkflowChannel> {
  return {
    'activities.setStatus': async ({ id, status, version }) => {
      const store = ctx.session.require();
      const activity = await requireActivity(store, id);
      if (activity.version !== version) {
        throw new AppError('conflict', `Activity ${id} was changed elsewhere (stored version ${activity.version}, edited version ${version})`, { id });
      }
      if (!canTransition(activity.status, status)) {
        const message = `The status cannot change from ${activity.status} to ${status}`;
        throw workflowRefusal('invalid_transition', message, { from: activity.status, to: status }, [
          { path: 'status', code: 'invalid_transition', message },
        ]);
      }
      // Approving applies the approval gate and records the approved revision.
      if (status === 'approved') return (await approveActivity(store, { id, version }, ctx.settings.get().language)).activity;
      return store.activities.save(withStatus(activity, status, localIsoDate()));
    },
    'activities.duplicate': async ({ id }) => {
      const store = ctx.session.require();
      const activity = await requireActivity(store, id);
      const suffix = messages[ctx.settings.get().language].workflow.copySuffix;
      return store.activities.save(copyActivity(activity, { name: nameWithSuffix(activity.name, suffix) }));
    },
    'activities.departments': () => listDepartments(ctx.session.require()),
  };
}
