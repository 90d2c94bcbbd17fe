import { findTemplate, instantiateTemplate } from '../catalogues/instantiate';
import type { RegisterTemplate } from '../catalogues/register-templates';
import { TOM_CATALOGUE } from '../catalogues/toms';
import type { Activity } from '../model/activity';
import { newId as randomId, type Id, type Language } from '../model/common';
import type { TomMeasure } from '../model/tom';
import { measureFromCatalogue, planMeasureTransfer, type PortableMeasure } from './measure-transfer';

/** What of a register a template needs to link to: its measures and its messaging channels. */
export interface TemplateTarget {
  measures: readonly PortableMeasure[];
  channels: readonly { id: Id; catalogueId: string }[];
}

export interface InstantiatedActivity {
  activity: Activity;
  /** Shipped measures the template names that the register lacked; save them with the activity. */
  newMeasures: TomMeasure[];
}

/**
 * A draft from a shipped activity template, linked to the register's measures (the ones it
 * suggests are matched by catalogue id or added) and to its channels of the suggested kinds.
 */
export function activityFromCatalogueTemplate(
  templateId: string,
  language: Language,
  target: TemplateTarget,
  newId: () => Id = randomId,
): InstantiatedActivity {
  const template = findTemplate(templateId);
  if (!template) throw new Error(`Unknown activity template "${templateId}"`);
  const suggested = TOM_CATALOGUE.filter((entry) => template.tomIds.includes(entry.id)).map((e) => measureFromCatalogue(e, language));
  const plan = planMeasureTransfer(suggested, target.measures, newId);
  const activity = instantiateTemplate(templateId, language, newId, {
    resolveTomMeasureId: (catalogueId) => plan.idMap.get(catalogueId),
    resolveChannelId: (catalogueId) => target.channels.find((c) => c.catalogueId === catalogueId)?.id,
  });
  return { activity, newMeasures: plan.toCreate };
}

export interface RegisterContent {
  measures: TomMeasure[];
  activities: Activity[];
}

/** The content of a new register: the whole shipped TOM catalogue and the template's activities. */
export function registerContentFromTemplate(template: RegisterTemplate, language: Language, newId: () => Id = randomId): RegisterContent {
  const catalogue = TOM_CATALOGUE.map((entry) => measureFromCatalogue(entry, language));
  const { toCreate: measures } = planMeasureTransfer(catalogue, [], newId);
  const activities = template.activityTemplateIds.map(
    (templateId) => activityFromCatalogueTemplate(templateId, language, { measures, channels: [] }, newId).activity,
  );
  return { measures, activities };
}
