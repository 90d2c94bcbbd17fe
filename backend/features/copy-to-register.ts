import { resolve } from 'node:path';
import type { Activity } from '../../domain/model';
import { copyActivity } from '../../domain/rules/activity-duplicate';
import { detachRegisterReferences } from '../../domain/rules/activity-portability';
import { planMeasureTransfer, remapMeasureIds } from '../../domain/rules/measure-transfer';
import type { AppContext } from '../app/context';
import type { WriteOperation } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import type { FeatureHandlers } from './types';
import { requireActivity, workflowRefusal } from './workflow-errors';

function samePath(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  return process.platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

/**
 * Copies activities into another register file from the recent list: the target is opened
 * only for this write and closed again. The copies are drafts with fresh ids; the measures
 * they use are matched in the target's catalogue or added to it; links to parties and
 * channels of the source register are removed (they do not exist there).
 */
export function copyToRegisterHandlers(ctx: AppContext): FeatureHandlers<'activities.copyToRegister'> {
  return {
    'activities.copyToRegister': async ({ ids, targetPath }) => {
      const source = ctx.session.require();
      const issue = (message: string) => [{ path: 'targetPath', code: 'custom', message }];
      if (!ctx.settings.get().recentRegisters.some((r) => r.path === targetPath)) {
        const message = 'Only registers from the recent list can be copied to';
        throw workflowRefusal('copy_target_not_recent', message, { path: targetPath }, issue(message));
      }
      if (samePath(targetPath, source.location)) {
        const message = 'The target is the open register';
        throw workflowRefusal('copy_target_is_current', message, { path: targetPath }, issue(message));
      }
      const originals: Activity[] = [];
      for (const id of new Set(ids)) originals.push(await requireActivity(source, id));
      const sourceMeasures = await source.toms.list();

      const actor = ctx.settings.get().actorName || ctx.env.defaultActor;
      const target = SqliteRegisterStore.open(targetPath, { create: false, actor });
      try {
        const used = new Set(originals.flatMap((a) => a.toms.measureIds));
        const plan = planMeasureTransfer(sourceMeasures.filter((m) => used.has(m.id)), await target.toms.list());
        let referencesCleared = 0;
        const copies = originals.map((original) => {
          const detached = detachRegisterReferences(copyActivity(original));
          referencesCleared += detached.cleared;
          const copy = detached.activity;
          return { ...copy, toms: { ...copy.toms, measureIds: remapMeasureIds(copy.toms.measureIds, plan.idMap) } };
        });
        await target.writeBatch([
          ...plan.toCreate.map((value): WriteOperation => ({ op: 'save', kind: 'tom', value })),
          ...copies.map((value): WriteOperation => ({ op: 'save', kind: 'activity', value })),
        ]);
        return { count: copies.length, measuresAdded: plan.toCreate.length, referencesCleared };
      } finally {
        await target.close();
      }
    },
  };
}
