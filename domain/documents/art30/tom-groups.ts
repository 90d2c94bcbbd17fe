import { ART32_GROUP_LABELS } from '../../catalogues';
import { Art32GroupSchema, type Art32Group } from '../../model/tom';
import { emptyValue, labelled } from './blocks';
import type { Art30Context } from './context';
import type { PdfContent } from './pdf-types';

/**
 * Referenced measures of the register's TOM catalogue, grouped by the headings of Art. 32(1)
 * (in the order of the article) with their titles; ids the catalogue no longer has are listed
 * last under "measure no longer in the catalogue".
 */
export function measuresByArt32Group(measureIds: readonly string[], ctx: Art30Context): PdfContent[] {
  const byGroup = new Map<Art32Group | 'unknown', string[]>();
  for (const id of new Set(measureIds)) {
    const measure = ctx.tom(id);
    const group = measure?.art32Group ?? 'unknown';
    const titles = byGroup.get(group) ?? [];
    titles.push(measure?.title ?? ctx.texts.art30.activity.tomsUnknownMeasure);
    byGroup.set(group, titles);
  }
  const groups = [...Art32GroupSchema.options, 'unknown' as const].filter((group) => byGroup.has(group));
  return groups.flatMap((group): PdfContent[] => {
    const titles = (byGroup.get(group) ?? []).join('; ');
    return group === 'unknown' ? [titles] : labelled(ART32_GROUP_LABELS[group][ctx.language], titles);
  });
}

export interface TomParts {
  measureIds: readonly string[];
  specific: string;
  securityConceptRef?: string;
}

export interface TomLabels {
  /** Heading of the specific measures; default "measures specific to this activity". */
  specific?: string;
}

/** Art. 30(1)(g) / 30(2)(d): catalogue measures by Art. 32 group, specific measures, security concept. */
export function tomsValue(toms: TomParts, ctx: Art30Context, labels: TomLabels = {}): PdfContent {
  const a = ctx.texts.art30.activity;
  const parts: PdfContent[] = [];
  const measures = measuresByArt32Group(toms.measureIds, ctx);
  if (measures.length) parts.push({ text: a.tomsCatalogue, style: 'cellLead' }, ...measures);
  if (toms.specific.trim()) {
    parts.push({ text: labels.specific ?? a.tomsSpecific, style: 'cellLead', margin: [0, parts.length ? 4 : 0, 0, 0] }, toms.specific.trim());
  }
  if (toms.securityConceptRef?.trim()) {
    parts.push({ stack: labelled(a.tomsSecurityConcept, toms.securityConceptRef.trim()), margin: [0, parts.length ? 4 : 0, 0, 0] });
  }
  return parts.length ? parts : emptyValue(ctx.texts);
}
