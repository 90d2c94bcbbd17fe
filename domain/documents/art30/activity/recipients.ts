import type { Activity, Recipient } from '../../../model/activity';
import { bulletList, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import { joinNonEmpty } from '../format';

function recipientText(recipient: Recipient, ctx: Art30Context): string {
  const kind = recipient.kind === 'other' ? '' : ` (${ctx.texts.recipientKind[recipient.kind]})`;
  const party = recipient.partyId ? ctx.partyName(recipient.partyId) : undefined;
  return joinNonEmpty([`${recipient.label}${kind}`, party], ' – ');
}

/** Art. 30(1)(d): categories of recipients, with the kind and the linked party if any. */
export function recipientsRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  return {
    label: a.recipients,
    reference: a.recipientsReference,
    value: bulletList(activity.recipients.map((r) => recipientText(r, ctx)), ctx.texts),
  };
}

/** Art. 30(1)(a) with Art. 26: joint controllers of this activity. */
export function jointControllersRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const names = activity.jointControllerPartyIds.map((id) => ctx.partyName(id) ?? id);
  return { label: a.jointControllers, reference: a.jointControllersReference, value: bulletList(names, ctx.texts) };
}
