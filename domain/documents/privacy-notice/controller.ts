import type { Activity } from '../../model/activity';
import type { Address } from '../../model/common';
import { countryName } from '../art30/catalogue-labels';
import { joinNonEmpty } from '../art30/format';
import { missing, section, type NoticeContext } from './context';
import { emailRun, fillRuns, joinRuns, paragraph, webRun, type RunInput } from './rich-text';
import type { NoticeBlock, NoticeSection } from './types';

/** Elements 1 and 2: the controller (with representative and joint controllers) and the DPO. */

export function addressLine(address: Address, ctx: NoticeContext): string {
  const city = joinNonEmpty([address.postalCode, address.city], ' ');
  return joinNonEmpty([address.street, city, address.countryCode ? countryName(address.countryCode, ctx.language) : ''], ', ');
}

/** "E-Mail: …, Telefon: …, Website: …" with links; empty when none is given. */
function contactLine(ctx: NoticeContext, email: string, phone: string, website = ''): RunInput[] {
  const c = ctx.t.common;
  const parts: RunInput[] = [];
  if (email.trim()) parts.push(fillRuns(c.email, { value: emailRun(email) }));
  if (phone.trim()) parts.push(fillRuns(c.phone, { value: phone.trim() }));
  if (website.trim()) parts.push(fillRuns(c.website, { value: webRun(website) }));
  return parts.length ? [joinRuns(parts, c.listSeparator)] : [];
}

function organisationName(ctx: NoticeContext): string {
  const { name, legalForm } = ctx.organisation;
  const trimmed = name.trim();
  return legalForm.trim() && trimmed && !trimmed.includes(legalForm.trim()) ? `${trimmed} ${legalForm.trim()}` : trimmed;
}

function jointControllers(activity: Activity | null, ctx: NoticeContext): NoticeBlock[] {
  const names = (activity?.jointControllerPartyIds ?? [])
    .map((id) => ctx.party(id))
    .map((party) => (party ? party.legalEntity.trim() || party.name : ''))
    .filter((name) => name !== '');
  return names.length ? [paragraph(fillRuns(ctx.t.controller.jointControllers, { names: names.join(ctx.t.common.listSeparator) }))] : [];
}

export function controllerSection(activity: Activity | null, ctx: NoticeContext): NoticeSection {
  const o = ctx.organisation;
  const contact = contactLine(ctx, o.email, o.phone, o.website);
  const blocks: NoticeBlock[] = [
    paragraph(ctx.t.controller.intro),
    paragraph(organisationName(ctx) || missing(ctx, 'controller_name')),
    paragraph(addressLine(o.address, ctx) || missing(ctx, 'controller_address')),
    paragraph(contact.length ? contact : missing(ctx, 'controller_contact')),
  ];
  const representatives = o.legalRepresentatives.map((person) => joinNonEmpty([person.name, person.function ? `(${person.function})` : ''], ' '));
  if (representatives.some((name) => name !== '')) {
    blocks.push(paragraph(fillRuns(ctx.t.controller.representedBy, { names: joinNonEmpty(representatives, ctx.t.common.listSeparator) })));
  }
  if (o.hasEuRepresentative) {
    const r = o.euRepresentative;
    const details = joinRuns([r.name, addressLine(r.address, ctx), ...contactLine(ctx, r.email, r.phone)], ctx.t.common.listSeparator);
    blocks.push(paragraph(fillRuns(ctx.t.controller.euRepresentative, { value: details.length ? details : missing(ctx, 'eu_representative') })));
  }
  blocks.push(...jointControllers(activity, ctx));
  return section(ctx, 'controller', blocks);
}

export function dpoSection(ctx: NoticeContext): NoticeSection {
  const { dpo, privacyContact } = ctx.organisation;
  const contactPerson = joinRuns([privacyContact.name, ...contactLine(ctx, privacyContact.email, privacyContact.phone)], ctx.t.common.listSeparator);
  const privacy = contactPerson.length ? [paragraph(fillRuns(ctx.t.dpo.privacyContact, { value: contactPerson }))] : [];
  if (dpo.kind === 'none') return section(ctx, 'dpo', [paragraph(ctx.t.dpo.none), ...privacy], { notApplicable: true });
  const address = addressLine(dpo.address, ctx);
  const reachable = dpo.email.trim() || dpo.phone.trim() || address;
  const blocks: NoticeBlock[] = [paragraph(ctx.t.dpo.intro)];
  const identity = joinNonEmpty([dpo.name, dpo.kind === 'external' ? dpo.organisation : ''], ', ');
  if (identity) blocks.push(paragraph(identity));
  if (address) blocks.push(paragraph(address));
  const contact = contactLine(ctx, dpo.email, dpo.phone);
  if (contact.length) blocks.push(paragraph(contact));
  if (!reachable) blocks.push(paragraph(missing(ctx, 'dpo_contact')));
  return section(ctx, 'dpo', [...blocks, ...privacy]);
}
