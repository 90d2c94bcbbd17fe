import type { Activity } from '../../../model/activity';
import { keyValueTable, textOrEmpty, type TableRow } from '../blocks';
import type { Art30Context } from '../context';
import { breakableText } from '../format';
import { COLORS } from '../layout';
import type { PdfContent, PdfNode } from '../pdf-types';
import { fill } from '../texts';
import { dataCategoriesRow, dataSubjectsRow } from './categories';
import { channelsRow } from './channels';
import { internalRows } from './internal';
import { purposesRow } from './purposes';
import { jointControllersRow, recipientsRow } from './recipients';
import { retentionRow } from './retention';
import { automatedDecisionRow, dataSourceRow, provisionRow } from './supplementary';
import { tomsRow } from './toms';
import { transfersRow } from './transfers';

/** PDF destination id of an activity's heading (TOC links, outline). */
export function activityAnchor(activity: Activity): string {
  return `activity-${activity.id}`;
}

/** "VT-012 – Lohnabrechnung", or the name alone. */
export function activityTitle(activity: Activity): string {
  return activity.reference ? `${activity.reference} – ${activity.name}` : activity.name;
}

function heading(activity: Activity): PdfNode {
  const title = activityTitle(activity);
  return {
    text: breakableText(title),
    style: 'h1',
    id: activityAnchor(activity),
    tocItem: true,
    tocStyle: 'tocEntry',
    tocMargin: [0, 2, 0, 2],
    outline: true,
    outlineText: title,
  };
}

/** Shown under the heading for activities that are not (or no longer) approved. */
function statusMarker(activity: Activity, ctx: Art30Context): PdfNode | null {
  const a = ctx.texts.art30.activity;
  let text: string;
  if (activity.status === 'draft' || activity.status === 'in_review') {
    text = fill(a.statusMarker, { status: ctx.texts.status[activity.status] });
  } else if (activity.status === 'archived') {
    text = a.archivedMarker;
  } else {
    return null;
  }
  return { text: ` ${text} `, style: 'marker', background: COLORS.markerFill, margin: [0, 0, 0, 8] };
}

/**
 * The rows of Art. 30(1)(a)–(g); then what the DSK template adds (data source, automated
 * decisions, obligation to provide, messaging channels); then (internal variant) status,
 * owner, dates and DPIA.
 */
export function activityRows(activity: Activity, ctx: Art30Context): TableRow[] {
  const a = ctx.texts.art30.activity;
  const rows: TableRow[] = [
    { label: a.description, value: textOrEmpty(activity.description, ctx.texts) },
    jointControllersRow(activity, ctx),
    purposesRow(activity, ctx),
    dataSubjectsRow(activity, ctx),
    dataCategoriesRow(activity, ctx),
    recipientsRow(activity, ctx),
    transfersRow(activity, ctx),
    retentionRow(activity, ctx),
    tomsRow(activity, ctx),
    { divider: a.supplementaryDivider },
    dataSourceRow(activity, ctx),
    automatedDecisionRow(activity, ctx),
    provisionRow(activity, ctx),
    channelsRow(activity, ctx),
  ];
  if (ctx.variant === 'internal') rows.push(...internalRows(activity, ctx));
  return rows;
}

/** One activity on its own page(s): heading (TOC and outline entry), status marker, table. */
export function activitySection(activity: Activity, ctx: Art30Context): PdfContent {
  const a = ctx.texts.art30.activity;
  const marker = statusMarker(activity, ctx);
  const spacer: PdfNode = { text: '', margin: [0, 0, 0, 4] };
  return {
    stack: [
      heading(activity),
      marker ?? spacer,
      keyValueTable(activityRows(activity, ctx), {
        label: a.headerField,
        value: a.headerValue,
        subject: activityTitle(activity),
      }),
    ],
    pageBreak: 'before',
  };
}
