import { evaluateRegister } from '../../domain/rules/engine/evaluate-register';
import { localIsoDate } from '../../domain/rules/status-workflow';
import type { AppContext } from '../app/context';
import type { FeatureHandlers } from './types';

/** The findings engine over the open register (the GUI's register-wide list). */
export function findingHandlers(ctx: AppContext): FeatureHandlers<'findings.register'> {
  return {
    'findings.register': async ({ today, language }) => {
      const store = ctx.session.require();
      const [organisation, activities, parties, channels, processorRecords] = await Promise.all([
        store.organisation.get(),
        store.activities.list(),
        store.parties.list(),
        store.channels.list(),
        store.processorRecords.list(),
      ]);
      return evaluateRegister({ organisation, activities, parties, channels, processorRecords }, { today: today ?? localIsoDate(), language });
    },
  };
}
