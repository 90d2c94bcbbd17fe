import { AppError } from '../../domain/ipc/result';
import type { AppContext } from '../app/context';
import type { FeatureHandlers } from './types';

type ActivityChannel = 'activities.list' | 'activities.get' | 'activities.save' | 'activities.delete';

export function activityHandlers(ctx: AppContext): FeatureHandlers<ActivityChannel> {
  return {
    'activities.list': (query) => ctx.session.require().activities.query(query),
    'activities.get': async ({ id }) => {
      const activity = await ctx.session.require().activities.get(id);
      if (!activity) throw new AppError('not_found', `Activity ${id} not found`, { id });
      return activity;
    },
    'activities.save': ({ activity }) => ctx.session.require().activities.save(activity),
    'activities.delete': async ({ id }) => {
      await ctx.session.require().activities.delete(id);
      return null;
    },
  };
}
