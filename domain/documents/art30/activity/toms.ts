import { CONTROL_AREA_LABELS } from '../../../catalogues';
import type { Activity } from '../../../model/activity';
import { ControlAreaSchema, type ControlArea } from '../../../model/tom';
import { emptyValue, labelled, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import type { PdfContent } from '../pdf-types';

/** Referenced catalogue measures grouped by control area, in the catalogue's order of areas. */
function catalogueMeasures(activity: Activity, ctx: Art30Context): PdfContent[] {
  const byArea = new Map<ControlArea | 'unknown', string[]>();
  for (const id of activity.toms.measureIds) {
    const measure = ctx.tom(id);
    const area = measure?.controlArea ?? 'unknown';
    const titles = byArea.get(area) ?? [];
    titles.push(measure?.title ?? ctx.texts.art30.activity.tomsUnknownMeasure);
    byArea.set(area, titles);
  }
  const areas = [...ControlAreaSchema.options, 'unknown' as const].filter((area) => byArea.has(area));
  return areas.flatMap((area): PdfContent[] => {
    const titles = (byArea.get(area) ?? []).join('; ');
    return area === 'unknown' ? [titles] : labelled(CONTROL_AREA_LABELS[area][ctx.language], titles);
  });
}

/** Art. 30(1)(g): measures from the organisation's catalogue, activity-specific ones, security concept. */
export function tomsRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const parts: PdfContent[] = [];
  const measures = catalogueMeasures(activity, ctx);
  if (measures.length) parts.push({ text: a.tomsCatalogue, style: 'cellLead' }, ...measures);
  if (activity.toms.specific) {
    parts.push({ text: a.tomsSpecific, style: 'cellLead', margin: [0, parts.length ? 4 : 0, 0, 0] }, activity.toms.specific);
  }
  if (activity.toms.securityConceptRef) {
    parts.push({ stack: labelled(a.tomsSecurityConcept, activity.toms.securityConceptRef), margin: [0, parts.length ? 4 : 0, 0, 0] });
  }
  return { label: a.toms, reference: a.tomsReference, value: parts.length ? parts : emptyValue(ctx.texts) };
}
