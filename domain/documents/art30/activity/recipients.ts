import type { Activity, Recipient } from '../../../model/activity';
import { bulletList, labelled, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import { joinNonEmpty } from '../format';
import { avvStatusText, essenceText, latestContract } from '../party-contracts';
import type { PdfContent } from '../pdf-types';

function recipientText(recipient: Recipient, ctx: Art30Context): string {
  const kind = recipient.kind === 'other' ? '' : ` (${ctx.texts.recipientKind[recipient.kind]})`;
  const party = recipient.partyId ? ctx.partyName(recipient.partyId) : undefined;
  return joinNonEmpty([`${recipient.label}${kind}`, party], ' – ');
}

/** Internal variant: the AVV/DPA status of a linked party that is a processor or has an AVV. */
function avvLine(recipient: Recipient, ctx: Art30Context): PdfContent[] {
  const party = recipient.partyId ? ctx.party(recipient.partyId) : undefined;
  if (!party) return [];
  const contract = latestContract(party, 'avv');
  const isProcessor = recipient.kind === 'processor' || party.roles.some((role) => role === 'processor' || role === 'sub_processor');
  if (!contract && !isProcessor) return [];
  return [{ stack: labelled(ctx.texts.art30.activity.avv, avvStatusText(contract, ctx)), style: 'note' }];
}

function recipientItem(recipient: Recipient, ctx: Art30Context): PdfContent {
  const text = recipientText(recipient, ctx);
  if (ctx.variant !== 'internal') return text;
  const avv = avvLine(recipient, ctx);
  return avv.length ? { stack: [text, ...avv] } : text;
}

/** Art. 30(1)(d): categories of recipients, with the kind, the linked party and (internal) its AVV status. */
export function recipientsRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  return {
    label: a.recipients,
    reference: a.recipientsReference,
    value: bulletList(activity.recipients.map((r) => recipientItem(r, ctx)), ctx.texts),
  };
}

/** Art. 30(1)(a) with Art. 26: joint controllers of this activity and where the arrangement's essence is available. */
export function jointControllersRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const items = activity.jointControllerPartyIds.map((id): PdfContent => {
    const party = ctx.party(id);
    return { stack: [party?.name ?? id, { stack: labelled(a.jointArrangement, essenceText(party, ctx)), style: 'note' }] };
  });
  return { label: a.jointControllers, reference: a.jointControllersReference, value: bulletList(items, ctx.texts) };
}
