import { findRegisterTemplate } from '../../domain/catalogues/register-templates';
import { findTemplate } from '../../domain/catalogues/instantiate';
import { CHANNEL_CATALOGUE } from '../../domain/catalogues/channels';
import { RECIPIENT_CATEGORIES } from '../../domain/catalogues/recipient-categories';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import {
  ActivitySchema,
  ChannelSchema,
  OrganisationSchema,
  PartySchema,
  ProcessorRecordSchema,
  RetentionRuleSchema,
  type Activity,
  type Channel,
  type Language,
  type Party,
} from '../../domain/model';
import { screenDpia } from '../../domain/rules/dpia-screening';
import { registerContentFromTemplate } from '../../domain/rules/template-instantiation';

/**
 * Registers as a careful DPO would leave them: built from the shipped register templates,
 * then completed — processors linked to parties with an AVV, US recipients DPF-certified and
 * checked this year, the DPIA screening decided, reviews planned, channels with address-book
 * access denied and WhatsApp Ireland Ltd as processor. The findings engine must find nothing
 * in them; every finding there would be a false one.
 */
export const TODAY = '2026-12-01';

function counter(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

const avv = (id: string, signedOn = '2025-03-01') => ({ id, type: 'avv' as const, title: 'AVV', signedOn, documentLocation: 'Ordner Datenschutz' });

interface Builder {
  parties: Party[];
  channels: Channel[];
  newId: () => string;
}

function processorParty(b: Builder, name: string, country = 'DE'): Party {
  const existing = b.parties.find((p) => p.name === name);
  if (existing) return existing;
  const party = PartySchema.parse({ id: b.newId(), name, countryCode: country, roles: ['processor'], contracts: [avv(b.newId())] });
  b.parties.push(party);
  return party;
}

function usRecipient(b: Builder, name: string): Party {
  const existing = b.parties.find((p) => p.name === name);
  if (existing) return existing;
  const party = PartySchema.parse({ id: b.newId(), name, countryCode: 'US', roles: ['recipient'], dpfCertified: true, dpfCheckedOn: '2026-09-15' });
  b.parties.push(party);
  return party;
}

function channelFor(b: Builder, catalogueId: string): Channel {
  const existing = b.channels.find((c) => c.catalogueId === catalogueId);
  if (existing) return existing;
  const entry = CHANNEL_CATALOGUE.find((c) => c.id === catalogueId)!;
  const provider = entry.provider.legalEntity ? processorParty(b, entry.provider.legalEntity, entry.provider.country || 'IE') : null;
  const channel = ChannelSchema.parse({
    id: b.newId(),
    catalogueId,
    name: entry.label.de,
    providerPartyId: provider?.id ?? '',
    addressBookAccess: 'denied',
    consentMethod: 'Kunde schreibt zuerst; Werbung nur nach ausdrücklicher Einwilligung.',
  });
  b.channels.push(channel);
  return channel;
}

/** What a DPO fills in after creating the activity from a template. */
function complete(activity: Activity, b: Builder): Activity {
  const a = structuredClone(activity);
  a.status = 'approved';
  a.lastReviewedOn = '2026-06-01';
  a.nextReviewOn = '2027-06-01';
  a.owner = { department: 'Geschäftsleitung', contactName: 'Maria Muster', contactEmail: 'm.muster@example.de' };
  for (const recipient of a.recipients.filter((r) => r.kind === 'processor')) {
    const label = RECIPIENT_CATEGORIES.find((c) => c.id === recipient.catalogueId)?.label.de ?? recipient.label;
    recipient.partyId = processorParty(b, `${label} (Vertragspartner)`).id;
  }
  for (const transfer of a.transfers) {
    if (transfer.countryCode === 'US' && transfer.mechanism === 'dpf') {
      const party = usRecipient(b, transfer.recipient);
      transfer.partyId = party.id;
      transfer.dpfCheckedOn = '2026-09-15';
    }
    if (transfer.mechanism === 'scc' && !transfer.sccModule) transfer.sccModule = '2';
  }
  const covered = new Set(a.retention.flatMap((r) => r.dataCategoryIds));
  const uncovered = a.dataCategories.filter((c) => !covered.has(c.id)).map((c) => c.id);
  if (uncovered.length && !a.retention.some((r) => r.dataCategoryIds.length === 0)) {
    a.retention.push(RetentionRuleSchema.parse({
      id: b.newId(),
      dataCategoryIds: uncovered,
      description: 'Übrige Daten',
      periodAmount: 1,
      periodUnit: 'years',
      trigger: 'Wegfall des Zwecks',
      basis: 'Art. 5 Abs. 1 lit. e DSGVO (Löschkonzept)',
    }));
  }
  const template = a.templateId ? findTemplate(a.templateId) : undefined;
  a.channelIds = (template?.channelIds ?? []).map((id) => channelFor(b, id).id);
  const screening = screenDpia(a);
  if (screening.consequence === 'required') {
    a.dpia = { ...a.dpia, decision: 'required', performed: true, performedOn: '2026-02-01', reference: 'DSFA-2026-01' };
  } else {
    a.dpia = { ...a.dpia, decision: 'not_required', reason: 'Schwellwertprüfung: weniger als zwei Kriterien, nicht auf der Muss-Liste.' };
  }
  return ActivitySchema.parse(a);
}

interface Organisation {
  name: string;
  legalForm: string;
  representative: { name: string; function: string };
  dpo: 'internal' | 'external' | 'none';
}

function register(templateId: string, org: Organisation, language: Language = 'de'): RegisterSnapshot {
  const b: Builder = { parties: [], channels: [], newId: counter(templateId) };
  const content = registerContentFromTemplate(findRegisterTemplate(templateId)!, language, b.newId);
  const activities = content.activities.map((a) => complete(a, b));
  return {
    organisation: OrganisationSchema.parse({
      name: org.name,
      legalForm: org.legalForm,
      address: { street: 'Hauptstraße 1', postalCode: '80331', city: 'München', countryCode: 'DE' },
      email: 'info@example.de',
      legalRepresentatives: [{ name: org.representative.name, function: org.representative.function, email: 'leitung@example.de' }],
      dpo: org.dpo === 'none' ? { kind: 'none' } : { kind: org.dpo, name: 'Dr. Daten Schutz', email: 'dsb@example.de' },
      supervisoryAuthority: { catalogueId: 'baylda', name: 'Bayerisches Landesamt für Datenschutzaufsicht' },
    }),
    activities,
    parties: b.parties,
    channels: b.channels,
    processorRecords: [],
    toms: content.measures,
    attachments: [],
  };
}

/** GmbH online shop with WhatsApp customer service, newsletter, cookies, HR. */
export function onlineShopGmbH(): RegisterSnapshot {
  return register('online_shop', { name: 'Muster Shop GmbH', legalForm: 'GmbH', representative: { name: 'Maria Muster', function: 'Geschäftsführerin' }, dpo: 'external' });
}

/** Registered association (e.V.) with members, newsletter and a social media page. */
export function associationEV(): RegisterSnapshot {
  return register('association', { name: 'Sportverein Musterstadt e.V.', legalForm: 'e.V.', representative: { name: 'Hans Vorstand', function: 'Vorsitzender' }, dpo: 'none' });
}

/** Sole-trader medical practice: patient records (Art. 9 health data), appointments, employees. */
export function soleTraderPractice(): RegisterSnapshot {
  return register('medical_practice', { name: 'Praxis Dr. med. Eva Beispiel', legalForm: 'Einzelpraxis', representative: { name: 'Dr. med. Eva Beispiel', function: 'Inhaberin' }, dpo: 'internal' });
}

/** Agency that also processes on behalf of clients (Art. 30(2)). */
export function agencyProcessor(): RegisterSnapshot {
  const snapshot = register('agency_processor', { name: 'Pixel & Partner GmbH', legalForm: 'GmbH', representative: { name: 'Paul Pixel', function: 'Geschäftsführer' }, dpo: 'external' });
  const client = PartySchema.parse({ id: 'client-1', name: 'Kunde AG', countryCode: 'DE', roles: ['client_controller'], contracts: [avv('client-avv')] });
  snapshot.parties.push(client);
  snapshot.processorRecords.push(
    ProcessorRecordSchema.parse({
      id: 'pr-1',
      controllerPartyId: client.id,
      processingCategories: ['Betrieb des WhatsApp-Business-Kontos des Kunden'],
      transfers: [{ id: 'pr-t1', countryCode: 'CH', recipient: 'Threema GmbH', mechanism: 'adequacy' }],
    }),
  );
  return snapshot;
}

export const REALISTIC_REGISTERS: [string, () => RegisterSnapshot][] = [
  ['GmbH online shop', onlineShopGmbH],
  ['e.V. association', associationEV],
  ['sole-trader medical practice', soleTraderPractice],
  ['agency acting as processor', agencyProcessor],
];
