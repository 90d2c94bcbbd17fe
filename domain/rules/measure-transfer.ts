import type { TomCatalogueEntry } from '../catalogues/schema';
import { newId as randomId, type Id, type Language } from '../model/common';
import type { TomMeasure } from '../model/tom';

/** A measure as it travels between registers and templates: no dates, no version. */
export type PortableMeasure = Pick<TomMeasure, 'id' | 'catalogueId' | 'title' | 'description' | 'art32Group' | 'controlArea' | 'sdmGoal'>;

/** A shipped catalogue entry as a measure in `language`; its id is the catalogue id. */
export function measureFromCatalogue(entry: TomCatalogueEntry, language: Language): PortableMeasure {
  return {
    id: entry.id,
    catalogueId: entry.id,
    title: entry.label[language],
    description: entry.description?.[language] ?? '',
    art32Group: entry.art32Group,
    controlArea: entry.controlArea,
    sdmGoal: entry.sdmGoal,
  };
}

export interface MeasureTransferPlan {
  /** Id of each source measure → id of the measure in the target register. */
  idMap: Map<Id, Id>;
  /** Measures the target register lacks; to be saved together with whatever references them. */
  toCreate: TomMeasure[];
}

/**
 * Maps measures of one register (or template) onto another register's catalogue: a shipped
 * measure matches by catalogue id, a custom one by its title (ignoring case). Measures
 * without a match are copied with a fresh id, so references never dangle and importing twice
 * creates nothing new.
 */
export function planMeasureTransfer(
  source: readonly PortableMeasure[],
  target: readonly PortableMeasure[],
  newId: () => Id = randomId,
): MeasureTransferPlan {
  const byCatalogueId = new Map(target.filter((m) => m.catalogueId).map((m) => [m.catalogueId, m.id]));
  const byTitle = new Map(target.filter((m) => !m.catalogueId).map((m) => [titleKey(m.title), m.id]));
  const idMap = new Map<Id, Id>();
  const toCreate: TomMeasure[] = [];
  for (const measure of source) {
    if (idMap.has(measure.id)) continue;
    const existing = measure.catalogueId ? byCatalogueId.get(measure.catalogueId) : byTitle.get(titleKey(measure.title));
    if (existing) {
      idMap.set(measure.id, existing);
      continue;
    }
    const created: TomMeasure = { ...measure, id: newId(), createdAt: '', updatedAt: '', version: 0 };
    toCreate.push(created);
    idMap.set(measure.id, created.id);
    if (created.catalogueId) byCatalogueId.set(created.catalogueId, created.id);
    else byTitle.set(titleKey(created.title), created.id);
  }
  return { idMap, toCreate };
}

/** Replaces measure ids through `idMap`; ids without a mapping are dropped. */
export function remapMeasureIds(measureIds: readonly Id[], idMap: ReadonlyMap<Id, Id>): Id[] {
  return [...new Set(measureIds.flatMap((id) => (idMap.has(id) ? [idMap.get(id)!] : [])))];
}

function titleKey(title: string): string {
  return title.trim().toLocaleLowerCase('de-DE');
}
