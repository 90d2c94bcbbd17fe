import type { AppContext } from '../app/context';
import type { FeatureHandlers } from './types';

export function organisationHandlers(ctx: AppContext): FeatureHandlers<'organisation.get' | 'organisation.save'> {
  return {
    'organisation.get': () => ctx.session.require().organisation.get(),
    'organisation.save': ({ organisation }) => ctx.session.require().organisation.save(organisation),
  };
}
