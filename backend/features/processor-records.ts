import { AppError } from '../../domain/ipc/result';
import { processorRecordIssues } from '../../domain/rules/processor-record-check';
import type { AppContext } from '../app/context';
import type { FeatureHandlers } from './types';
import { workflowRefusal } from './workflow-errors';

type ProcessorRecordChannel = 'processorRecords.list' | 'processorRecords.get' | 'processorRecords.save' | 'processorRecords.delete';

/** The processor record, Art. 30(2), one entry per controller this organisation works for. */
export function processorRecordHandlers(ctx: AppContext): FeatureHandlers<ProcessorRecordChannel> {
  return {
    'processorRecords.list': () => ctx.session.require().processorRecords.list(),
    'processorRecords.get': async ({ id }) => {
      const record = await ctx.session.require().processorRecords.get(id);
      if (!record) throw new AppError('not_found', `Processor record ${id} not found`, { id });
      return record;
    },
    'processorRecords.save': async ({ record }) => {
      const store = ctx.session.require();
      const [controller, measures] = await Promise.all([store.parties.get(record.controllerPartyId), store.toms.list()]);
      const issues = processorRecordIssues(record, controller, new Set(measures.map((m) => m.id)));
      if (issues.length) {
        const [first] = issues;
        const transported = issues.map(({ path, code, message }) => ({ path, code, message }));
        throw workflowRefusal(first.code, issues.map((i) => i.message).join('; '), first.params, transported);
      }
      return store.processorRecords.save(record);
    },
    'processorRecords.delete': async ({ id }) => {
      await ctx.session.require().processorRecords.delete(id);
      return null;
    },
  };
}
