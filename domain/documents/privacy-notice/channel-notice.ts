import { findChannel } from '../../catalogues';
import type { ChannelCatalogueEntry } from '../../catalogues/schema';
import type { Channel } from '../../model/channel';
import type { Language } from '../../model/common';
import type { Transfer } from '../../model/transfer';
import { countryName } from '../art30/catalogue-labels';
import { fill } from '../art30/texts';
import type { RegisterSnapshot } from '../snapshot';
import { finishNotice } from './activity-notice';
import { createNoticeContext, missing, section, type NoticeContext } from './context';
import { legitimateInterestsSection, purposesSection } from './purposes';
import { storageSection } from './retention';
import { emailRun, emphasis, fillRuns, joinRuns, paragraph, type RunInput } from './rich-text';
import { controllerSection, dpoSection } from './controller';
import { complaintSection, objectionSection, rightsSection, withdrawalSection } from './rights';
import { recipientsSection, transfersSection } from './transfers';
import type { NoticeBlock, NoticeSection, PrivacyNotice } from './types';

/** The section of a privacy policy for one messaging channel, e.g. "Kontaktaufnahme über WhatsApp". */

function providerEntity(channel: Channel, entry: ChannelCatalogueEntry | undefined, ctx: NoticeContext): RunInput {
  const party = channel.providerPartyId ? ctx.party(channel.providerPartyId) : undefined;
  const name = (party ? party.legalEntity.trim() || party.name : '') || entry?.provider.legalEntity || '';
  if (!name) return missing(ctx, 'channel_provider');
  const country = party?.countryCode || entry?.provider.country || '';
  return emphasis(country ? `${name} (${countryName(country, ctx.language)})` : name);
}

function roleSentence(channel: Channel, entry: ChannelCatalogueEntry | undefined, ctx: NoticeContext): string {
  const roles = (channel.providerPartyId && ctx.party(channel.providerPartyId)?.roles) || [];
  const role = roles.includes('processor') ? 'processor' : roles.includes('joint_controller') ? 'joint_controller' : entry?.providerRole;
  if (role === 'processor') return ctx.t.channel.processor;
  if (role === 'controller') return ctx.t.channel.controller;
  return role === 'joint_controller' ? ctx.t.channel.jointController : '';
}

function providerSection(channel: Channel, entry: ChannelCatalogueEntry | undefined, ctx: NoticeContext): NoticeSection {
  const c = ctx.t.channel;
  const o = ctx.organisation;
  const blocks: NoticeBlock[] = [paragraph(fillRuns(c.contact, { channel: channel.name }))];
  if (channel.account.trim()) blocks.push(paragraph(fill(c.account, { account: channel.account.trim() })));
  blocks.push(paragraph(fillRuns(c.provider, { entity: providerEntity(channel, entry, ctx) }), ' ', roleSentence(channel, entry, ctx)));
  if (entry) blocks.push(paragraph(fill(c.encryption, { e2e: entry.e2e[ctx.language] })));
  const alternatives = joinRuns([o.email.trim() ? emailRun(o.email) : '', o.phone.trim()], ctx.t.common.listSeparator);
  if (alternatives.length) blocks.push(paragraph(fillRuns(c.alternatives, { contact: alternatives })));
  return section(ctx, 'channel_provider', blocks, { heading: fill(ctx.t.heading.channel_provider, { name: channel.name }) });
}

function transfersOfChannel(channel: Channel, entry: ChannelCatalogueEntry | undefined, transfers: Transfer[], ctx: NoticeContext): NoticeSection {
  const countries = entry?.thirdCountry.countries ?? [];
  const relevant = transfers.filter((t) => (channel.providerPartyId && t.partyId === channel.providerPartyId) || countries.includes(t.countryCode));
  const lead: NoticeBlock[] = [];
  if (entry && countries.length) lead.push(paragraph(fill(ctx.t.channel.thirdCountry, { description: entry.thirdCountry.description[ctx.language] })));
  if (countries.length && !relevant.some((t) => countries.includes(t.countryCode))) lead.push(paragraph(missing(ctx, 'channel_transfer')));
  return transfersSection(relevant, ctx, lead);
}

function addressBookSection(channel: Channel, entry: ChannelCatalogueEntry | undefined, ctx: NoticeContext): NoticeSection | null {
  if (!entry || entry.addressBook.uploads === false) return null;
  const c = ctx.t.channel;
  const access: Record<Channel['addressBookAccess'], RunInput> = {
    denied: c.addressBookDenied,
    allowed_consented_contacts: c.addressBookConsented,
    allowed: c.addressBookAllowed,
    unknown: missing(ctx, 'address_book_access'),
  };
  return section(ctx, 'channel_address_book', [paragraph(c.addressBook), paragraph(access[channel.addressBookAccess])]);
}

export function channelNotice(snapshot: RegisterSnapshot, channel: Channel, language: Language): PrivacyNotice {
  const ctx = createNoticeContext(snapshot, language, 'art13');
  const entry = findChannel(channel.catalogueId);
  const activities = snapshot.activities.filter((a) => a.status !== 'archived' && a.channelIds.includes(channel.id));
  const purposes = activities.flatMap((a) => a.purposes);
  const transfers = [...new Map(activities.flatMap((a) => a.transfers).map((t) => [t.id, t])).values()];
  const rules = activities.flatMap((activity) => activity.retention.map((rule) => ({ rule, activity })));
  const recipients = [...new Map(activities.flatMap((a) => a.recipients).map((r) => [`${r.kind}|${r.partyId || r.label}`, r])).values()];
  // A channel section stands on its own as much as an activity's: controller, rights and the
  // complaint right are part of it, and report their own missing data.
  const sections = [
    providerSection(channel, entry, ctx),
    controllerSection(activities.length === 1 ? activities[0]! : null, ctx),
    dpoSection(ctx),
    purposesSection(purposes, ctx, activities.length ? 'purposes' : 'channel_activities'),
    legitimateInterestsSection(purposes, ctx),
    entry ? section(ctx, 'channel_metadata', [paragraph(entry.metadataNote[ctx.language])]) : null,
    recipientsSection(recipients, ctx),
    transfersOfChannel(channel, entry, transfers, ctx),
    storageSection(rules, ctx, activities.length > 1),
    addressBookSection(channel, entry, ctx),
    rightsSection(purposes, ctx),
    withdrawalSection(purposes, ctx),
    complaintSection(ctx),
    objectionSection(purposes, ctx),
  ];
  const title = fill(ctx.t.title.channel, { name: channel.name });
  return finishNotice(ctx, { kind: 'channel', channelId: channel.id }, title, [], sections);
}
