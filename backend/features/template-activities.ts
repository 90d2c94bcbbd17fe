import { findTemplate } from '../../domain/catalogues/instantiate';
import type { Activity, Language, TomMeasure } from '../../domain/model';
import { planMeasureTransfer, remapMeasureIds } from '../../domain/rules/measure-transfer';
import { activityFromCatalogueTemplate } from '../../domain/rules/template-instantiation';
import { activityFromUserTemplate, type UserActivityTemplate } from '../../domain/rules/user-template';
import type { RegisterStore, WriteOperation } from '../storage/register-store';
import { requireActivity, workflowRefusal } from './workflow-errors';

/** Saves a new activity together with the measures it needs, in one transaction; returns it as stored. */
async function saveWithMeasures(store: RegisterStore, activity: Activity, measures: TomMeasure[]): Promise<Activity> {
  await store.writeBatch([
    ...measures.map((value): WriteOperation => ({ op: 'save', kind: 'tom', value })),
    { op: 'save', kind: 'activity', value: activity },
  ]);
  return requireActivity(store, activity.id);
}

export async function createFromCatalogueTemplate(store: RegisterStore, templateId: string, language: Language): Promise<Activity> {
  if (!findTemplate(templateId)) {
    const message = `There is no activity template "${templateId}"`;
    throw workflowRefusal('unknown_template', message, { templateId }, [{ path: 'templateId', code: 'custom', message }]);
  }
  const [measures, channels] = await Promise.all([store.toms.list(), store.channels.list()]);
  const { activity, newMeasures } = activityFromCatalogueTemplate(templateId, language, { measures, channels });
  return saveWithMeasures(store, activity, newMeasures);
}

export async function createFromUserTemplate(store: RegisterStore, template: UserActivityTemplate): Promise<Activity> {
  const draft = activityFromUserTemplate(template);
  const plan = planMeasureTransfer(template.measures, await store.toms.list());
  const activity = { ...draft, toms: { ...draft.toms, measureIds: remapMeasureIds(draft.toms.measureIds, plan.idMap) } };
  return saveWithMeasures(store, activity, plan.toCreate);
}
