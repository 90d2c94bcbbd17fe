import { AppError } from '../../domain/ipc/result';
import type { AppContext } from '../app/context';
import { canTransition } from '../../domain/rules/status-workflow';
import type { FeatureHandlers } from './types';
import { workflowRefusal } from './workflow-errors';

type ActivityChannel = 'activities.list' | 'activities.get' | 'activities.save' | 'activities.delete';

export function activityHandlers(ctx: AppContext): FeatureHandlers<ActivityChannel> {
  return {
    'activities.list': (query) => ctx.session.require().activities.query(query),
    'activities.get': async ({ id }) => {
      const activity = await ctx.session.require().activities.get(id);
      if (!activity) throw new AppError('not_found', `Activity ${id} not found`, { id });
      return activity;
    },
    'activities.save': async ({ activity }) => {
      const store = ctx.session.require();
      const stored = await store.activities.get(activity.id);
      // Status changes of existing activities follow the workflow (draft → in review → approved …).
      if (stored && stored.status !== activity.status && !canTransition(stored.status, activity.status)) {
        const message = `Status ${stored.status} cannot change to ${activity.status}`;
        throw workflowRefusal('invalid_transition', message, { from: stored.status, to: activity.status }, [
          { path: 'activity.status', code: 'custom', message },
        ]);
      }
      // Approval goes through the gate (activities.approve / setStatus), never through a plain save.
      if (activity.status === 'approved' && stored?.status !== 'approved') {
        const message = 'An activity is approved through the approval workflow, not by saving it';
        throw new AppError('validation', message, { messageKey: 'approval.errors.approve_via_workflow' }, [
          { path: 'activity.status', code: 'custom', message },
        ]);
      }
      return store.activities.save(activity);
    },
    'activities.delete': async ({ id }) => {
      await ctx.session.require().activities.delete(id);
      return null;
    },
  };
}
