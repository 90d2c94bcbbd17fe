import type { Address, Contact } from '../../model/common';
import type { Organisation } from '../../model/organisation';
import { keyValueTable, missingMandatory, textOrEmpty, type KeyValueRow } from './blocks';
import { countryName } from './catalogue-labels';
import type { Art30Context } from './context';
import { formatDate, joinNonEmpty } from './format';
import { COLORS } from './layout';
import type { PdfContent } from './pdf-types';
import { fill } from './texts';

export function addressLines(address: Address, ctx: Art30Context): string[] {
  return [
    address.street,
    joinNonEmpty([address.postalCode, address.city], ' '),
    address.countryCode ? countryName(address.countryCode, ctx.language) : '',
  ].filter((line) => line.trim() !== '');
}

export function contactLines(contact: { phone?: string; email?: string; website?: string }, ctx: Art30Context): string[] {
  const c = ctx.texts.art30.cover;
  return [
    contact.phone ? fill(c.phone, { value: contact.phone }) : '',
    contact.email ? fill(c.email, { value: contact.email }) : '',
    contact.website ? fill(c.website, { value: contact.website }) : '',
  ].filter((line) => line !== '');
}

/** Lines, or "—" when there are none. */
function linesOrEmpty(lines: string[], ctx: Art30Context): PdfContent {
  return lines.length ? lines : textOrEmpty('', ctx.texts);
}

function personBlock(person: Contact, ctx: Art30Context): PdfContent[] {
  return [{ text: joinNonEmpty([person.name, person.function], ', '), style: 'cellLead' }, ...contactLines(person, ctx)];
}

function representativesValue(organisation: Organisation, ctx: Art30Context): PdfContent {
  const people = organisation.legalRepresentatives.filter((person) => person.name.trim() !== '');
  if (people.length === 0) return textOrEmpty('', ctx.texts);
  return people.map((person, index) => ({ stack: personBlock(person, ctx), margin: [0, index ? 4 : 0, 0, 0] }));
}

function dpoValue(organisation: Organisation, ctx: Art30Context): PdfContent {
  const c = ctx.texts.art30.cover;
  const { dpo } = organisation;
  if (dpo.kind === 'none') return c.dpoNone;
  const kind = dpo.kind === 'external' ? c.dpoExternal : c.dpoInternal;
  return [
    { text: `${dpo.name || ctx.texts.common.empty} (${kind})`, style: 'cellLead' },
    ...(dpo.organisation ? [dpo.organisation] : []),
    ...addressLines(dpo.address, ctx),
    ...contactLines(dpo, ctx),
  ];
}

function euRepresentativeValue(organisation: Organisation, ctx: Art30Context): PdfContent {
  const rep = organisation.euRepresentative;
  if (!organisation.hasEuRepresentative) return textOrEmpty('', ctx.texts);
  return [{ text: rep.name || ctx.texts.common.empty, style: 'cellLead' }, ...addressLines(rep.address, ctx), ...contactLines(rep, ctx)];
}

function authorityValue(organisation: Organisation, ctx: Art30Context): PdfContent {
  const sa = organisation.supervisoryAuthority;
  const lines = [sa.address, ...contactLines(sa, ctx)].filter((line) => line.trim() !== '');
  if (!sa.name) return linesOrEmpty(lines, ctx);
  return [{ text: sa.name, style: 'cellLead' }, ...lines];
}

/** Art. 30(1)(a): the controller, its representatives, DPO, EU representative and authority. */
export function organisationRows(organisation: Organisation, ctx: Art30Context): KeyValueRow[] {
  const c = ctx.texts.art30.cover;
  const address = addressLines(organisation.address, ctx);
  const privacy = organisation.privacyContact;
  return [
    { label: c.name, missing: !organisation.name, value: organisation.name || missingMandatory(ctx.texts) },
    { label: c.legalForm, value: textOrEmpty(organisation.legalForm, ctx.texts) },
    { label: c.address, missing: address.length === 0, value: address.length ? address : missingMandatory(ctx.texts) },
    { label: c.contact, value: linesOrEmpty(contactLines(organisation, ctx), ctx) },
    { label: c.legalRepresentatives, value: representativesValue(organisation, ctx) },
    { label: c.privacyContact, value: privacy.name ? personBlock(privacy, ctx) : textOrEmpty('', ctx.texts) },
    { label: c.dpo, value: dpoValue(organisation, ctx) },
    { label: c.euRepresentative, reference: c.euRepresentativeReference, value: euRepresentativeValue(organisation, ctx) },
    { label: c.supervisoryAuthority, value: authorityValue(organisation, ctx) },
  ];
}

/** First page: title, variant, "as of" date, number of activities and the controller's details. */
export function coverSheet(organisation: Organisation, activityCount: number, ctx: Art30Context): PdfContent[] {
  const t = ctx.texts;
  return [
    { text: t.art30.titleMain, style: 'coverTitle' },
    { text: t.art30.titleSub, style: 'coverSubtitle' },
    { text: t.art30.variant[ctx.variant], style: 'coverMeta' },
    { text: fill(t.common.asOf, { date: formatDate(ctx.asOf, ctx.language) }), style: 'coverMeta' },
    { text: fill(t.art30.activityCount, { count: activityCount }), style: 'coverMeta' },
    {
      text: [t.art30.cover.heading, { text: `  ${t.art30.cover.reference}`, fontSize: 8, bold: false, color: COLORS.muted }],
      style: 'h2',
      margin: [0, 24, 0, 6],
    },
    keyValueTable(organisationRows(organisation, ctx), null),
    { text: t.art30.cover.jointControllersNote, style: 'coverNote' },
  ];
}
