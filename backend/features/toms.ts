import { TOM_CATALOGUE } from '../../domain/catalogues/toms';
import type { TomCatalogueEntry } from '../../domain/catalogues/schema';
import { AppError, type ValidationIssue } from '../../domain/ipc/result';
import { measureFromCatalogue, planMeasureTransfer } from '../../domain/rules/measure-transfer';
import type { AppContext } from '../app/context';
import type { WriteOperation } from '../storage/register-store';
import type { FeatureHandlers } from './types';
import { workflowRefusal } from './workflow-errors';

type TomChannel = 'toms.list' | 'toms.save' | 'toms.delete' | 'toms.importCatalogue';

/** The shipped entries asked for (all when none are named); unknown ids are refused with their paths. */
function catalogueEntries(catalogueIds: string[] | undefined): TomCatalogueEntry[] {
  if (!catalogueIds) return TOM_CATALOGUE;
  const unknown = catalogueIds.flatMap((id, index) => (TOM_CATALOGUE.some((e) => e.id === id) ? [] : [{ id, index }]));
  if (unknown.length) {
    const issues: ValidationIssue[] = unknown.map(({ id, index }) => ({
      path: `catalogueIds.${index}`,
      code: 'custom',
      message: `Unknown catalogue measure ${id}`,
    }));
    throw workflowRefusal('catalogue_measure_unknown', issues[0].message, { catalogueId: unknown[0].id }, issues);
  }
  return TOM_CATALOGUE.filter((entry) => catalogueIds.includes(entry.id));
}

/** The organisation-wide TOM catalogue of the open register. */
export function tomHandlers(ctx: AppContext): FeatureHandlers<TomChannel> {
  return {
    'toms.list': () => ctx.session.require().toms.list(),
    'toms.save': ({ measure }) => ctx.session.require().toms.save(measure),
    'toms.delete': async ({ id }) => {
      const store = ctx.session.require();
      if (!(await store.toms.get(id))) throw new AppError('not_found', `Measure ${id} not found`, { id });
      const [activities, records] = await Promise.all([store.activities.list(), store.processorRecords.list()]);
      const usingActivities = activities.filter((a) => a.toms.measureIds.includes(id));
      const usingRecords = records.filter((r) => r.tomMeasureIds.includes(id));
      await store.writeBatch([
        ...usingActivities.map((a): WriteOperation => ({
          op: 'save',
          kind: 'activity',
          value: { ...a, toms: { ...a.toms, measureIds: a.toms.measureIds.filter((m) => m !== id) } },
        })),
        ...usingRecords.map((r): WriteOperation => ({
          op: 'save',
          kind: 'processorRecord',
          value: { ...r, tomMeasureIds: r.tomMeasureIds.filter((m) => m !== id) },
        })),
        { op: 'delete', kind: 'tom', id },
      ]);
      return { unlinkedActivities: usingActivities.length, unlinkedProcessorRecords: usingRecords.length };
    },
    'toms.importCatalogue': async ({ catalogueIds, language }) => {
      const store = ctx.session.require();
      const entries = catalogueEntries(catalogueIds);
      const plan = planMeasureTransfer(
        entries.map((entry) => measureFromCatalogue(entry, language)),
        await store.toms.list(),
      );
      await store.writeBatch(plan.toCreate.map((value): WriteOperation => ({ op: 'save', kind: 'tom', value })));
      return { imported: plan.toCreate.length, skipped: entries.length - plan.toCreate.length };
    },
  };
}
