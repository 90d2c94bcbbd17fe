import type { Activity } from '../../../model/activity';
import { emptyValue, labelled, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import type { PdfContent } from '../pdf-types';

/**
 * Details the DSK template and Art. 13/14, 22 GDPR ask for beyond the letters of Art. 30(1):
 * where the data comes from, automated decisions, whether providing the data is required.
 */

/** Data collected elsewhere than from the data subject triggers the Art. 14 information duty. */
export function art14Applies(activity: Activity): boolean {
  const source = activity.dataSource;
  return !source.fromDataSubject || source.otherSources.trim() !== '' || source.publiclyAccessible;
}

export function dataSourceRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const source = activity.dataSource;
  const lines: PdfContent[] = [];
  if (source.fromDataSubject) lines.push(a.sourceDataSubject);
  lines.push(...labelled(a.sourceOther, source.otherSources));
  if (source.publiclyAccessible) lines.push(a.sourcePublic);
  if (lines.length && art14Applies(activity)) lines.push({ text: a.sourceArt14, style: 'note' });
  return { label: a.dataSource, reference: a.dataSourceReference, value: lines.length ? lines : emptyValue(ctx.texts) };
}

export function automatedDecisionRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const decision = activity.automatedDecision;
  const value: PdfContent = decision.exists
    ? [
        { text: a.automatedExists, style: 'cellLead' },
        ...labelled(a.automatedLogic, decision.logic || ctx.texts.common.empty),
        ...labelled(a.automatedConsequences, decision.consequences || ctx.texts.common.empty),
      ]
    : a.automatedNone;
  return { label: a.automatedDecision, reference: a.automatedDecisionReference, value };
}

export function provisionRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const { kind, obliged, consequences } = activity.provision;
  const unspecified = kind === 'unspecified' && !obliged && !consequences.trim();
  const value: PdfContent = unspecified
    ? emptyValue(ctx.texts)
    : [
        { text: ctx.texts.provisionKind[kind], style: 'cellLead' },
        ...labelled(a.provisionObliged, obliged ? ctx.texts.common.yes : ctx.texts.common.no),
        ...labelled(a.provisionConsequences, consequences),
      ];
  return { label: a.provision, reference: a.provisionReference, value };
}
