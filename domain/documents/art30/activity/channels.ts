import { CHECKLIST_ITEM_CATALOGUE, findChannel } from '../../../catalogues';
import type { Activity } from '../../../model/activity';
import { CHECKLIST_ITEMS, type Channel } from '../../../model/channel';
import { bulletList, labelled, type KeyValueRow } from '../blocks';
import type { Art30Context } from '../context';
import type { PdfContent } from '../pdf-types';
import { fill } from '../texts';

const checklistEntryById = new Map(CHECKLIST_ITEM_CATALOGUE.map((entry) => [entry.id, entry]));

/** The channel's provider: the linked party, else the provider named in the channel catalogue. */
function providerName(channel: Channel, ctx: Art30Context): string {
  const party = channel.providerPartyId ? ctx.partyName(channel.providerPartyId) : undefined;
  return party ?? findChannel(channel.catalogueId)?.provider.legalEntity ?? '';
}

/** Internal variant: how far the 15-item checklist for business messaging is done, and what is open. */
function checklistLines(channel: Channel, ctx: Art30Context): PdfContent[] {
  const a = ctx.texts.art30.activity;
  const status = (code: (typeof CHECKLIST_ITEMS)[number]) => channel.checklist[code]?.status ?? 'open';
  const open = CHECKLIST_ITEMS.filter((code) => status(code) === 'open');
  const done = CHECKLIST_ITEMS.filter((code) => status(code) === 'done').length;
  const summary = fill(a.checklistState, {
    done,
    total: CHECKLIST_ITEMS.length,
    na: CHECKLIST_ITEMS.length - done - open.length,
    open: open.length,
  });
  const openLabels = open.map((code) => {
    const entry = checklistEntryById.get(code);
    return entry ? `${entry.number}. ${entry.label[ctx.language]}` : code;
  });
  return [{ text: summary, style: 'note' }, ...(openLabels.length ? [{ stack: labelled(a.checklistOpen, openLabels.join('; ')), style: 'note' }] : [])];
}

function channelItem(id: string, ctx: Art30Context): PdfContent {
  const a = ctx.texts.art30.activity;
  const channel = ctx.channel(id);
  if (!channel) return a.channelUnknown;
  const kind = findChannel(channel.catalogueId)?.label[ctx.language];
  const title = kind && kind !== channel.name ? `${channel.name} (${kind})` : channel.name;
  const lines: PdfContent[] = [title, ...labelled(a.channelProvider, providerName(channel, ctx) || ctx.texts.common.empty)];
  if (ctx.variant === 'internal') {
    lines.push(...labelled(a.channelAccount, channel.account), ...checklistLines(channel, ctx));
  }
  return { stack: lines };
}

/** Messaging channels the activity uses: name and provider; in the internal variant also the checklist state. */
export function channelsRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  return { label: a.channels, value: bulletList(activity.channelIds.map((id) => channelItem(id, ctx)), ctx.texts) };
}
