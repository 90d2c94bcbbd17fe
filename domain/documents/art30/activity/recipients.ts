import type { Activity, Recipient } from '../../../model/activity';
import { bulletList, labelled, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import { joinNonEmpty } from '../format';
import { avvStatusText, essenceText, latestContract } from '../party-contracts';
import type { PdfContent } from '../pdf-types';
import { messages } from '../../../i18n/messages';
import { countryStatus } from '../../../rules/transfer-assessment';
import { countryLabel } from '../catalogue-labels';
import { fill } from '../texts';

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

/**
 * Sub-processors of a linked party are recipients too (Art. 30(1)(d), Art. 28(2)/(4)): each
 * printed with its processor, country and transfer mechanism.
 */
function subProcessorLines(recipient: Recipient, ctx: Art30Context): PdfContent[] {
  const party = recipient.partyId ? ctx.party(recipient.partyId) : undefined;
  if (!party?.subProcessors.length) return [];
  const items = party.subProcessors.map((sub) => {
    const country = sub.countryCode ? countryLabel(sub.countryCode, ctx.language) : '';
    const transfer = sub.countryCode && countryStatus(sub.countryCode) !== 'eea' ? ctx.texts.transferMechanism[sub.mechanism] : '';
    return joinNonEmpty([sub.name, sub.service, country, transfer], ' – ');
  });
  const label = fill(messages[ctx.language].legalTexts.subProcessorsOf, { processor: party.legalEntity.trim() || party.name });
  return [{ stack: labelled(label, items.join('; ')), style: 'note' }];
}

function recipientItem(recipient: Recipient, ctx: Art30Context): PdfContent {
  const text = recipientText(recipient, ctx);
  const extra = [...subProcessorLines(recipient, ctx), ...(ctx.variant === 'internal' ? avvLine(recipient, ctx) : [])];
  return extra.length ? { stack: [text, ...extra] } : text;
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
