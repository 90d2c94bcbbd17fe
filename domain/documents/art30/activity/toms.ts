import type { Activity } from '../../../model/activity';
import type { KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import { tomsValue } from '../tom-groups';

/** Art. 30(1)(g): measures from the organisation's catalogue (by Art. 32 group), activity-specific ones, security concept. */
export function tomsRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  return { label: a.toms, reference: a.tomsReference, value: tomsValue(activity.toms, ctx) };
}
