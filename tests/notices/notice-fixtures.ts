import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { ActivitySchema, ChannelSchema, OrganisationSchema, PartySchema, type Activity, type ActivityInput } from '../../domain/model';

/** Register data for the notice tests; fixed ids keep the notices comparable. */

export const IDS = {
  shop: 'a-shop',
  contract: 'a-contract-only',
  sparse: 'a-sparse',
  leads: 'a-leads',
  support: 'a-support',
  whatsapp: 'c-whatsapp',
  meta: 'p-whatsapp',
  shipping: 'p-shipping',
} as const;

export function activity(input: Omit<ActivityInput, 'id'> & { id: string }): Activity {
  return ActivitySchema.parse(input);
}

export const organisation = OrganisationSchema.parse({
  name: 'Müller & Söhne Feinkost GmbH',
  address: { street: 'Königstraße 12', postalCode: '70173', city: 'Stuttgart', countryCode: 'DE' },
  email: 'info@mueller-soehne.example',
  phone: '+49 711 123456-0',
  website: 'www.mueller-soehne.example',
  legalRepresentatives: [{ name: 'Dr. Jürgen Weiß', function: 'Geschäftsführer' }],
  privacyContact: { name: 'Anna Schäfer', email: 'datenschutz@mueller-soehne.example' },
  dpo: {
    kind: 'external',
    name: 'Petra Groß',
    organisation: 'Datenschutz Süd GmbH',
    email: 'p.gross@datenschutz-sued.example',
    phone: '+49 711 987654',
    address: { street: 'Schloßplatz 3', postalCode: '70174', city: 'Stuttgart', countryCode: 'DE' },
  },
  supervisoryAuthority: {
    catalogueId: 'lfdi_bw',
    name: 'Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
    address: 'Lautenschlagerstraße 20, 70173 Stuttgart',
    website: 'https://www.baden-wuerttemberg.datenschutz.de',
  },
});

/** Fully filled: contract + legitimate interest + consent, a US transfer under the DPF, retention rules. */
export const shop = activity({
  id: IDS.shop,
  name: 'Onlineshop <Bestellungen>',
  purposes: [
    { id: 'pu-order', description: 'Abwicklung Ihrer Bestellung', legalBases: [{ code: '6-1-b' }] },
    {
      id: 'pu-fraud',
      description: 'Betrugsprävention <script>alert(1)</script>',
      legalBases: [{ code: '6-1-f' }],
      legitimateInterest: 'Schutz vor Zahlungsausfällen & Missbrauch',
    },
    { id: 'pu-news', description: 'Versand unseres Newsletters', legalBases: [{ code: '6-1-a' }], consentRecord: 'Double-Opt-in-Protokoll' },
  ],
  dataCategories: [{ id: 'dc-1', label: 'Kontaktdaten' }, { id: 'dc-2', label: 'Zahlungsdaten' }],
  recipients: [
    { id: 'r-1', label: 'Versanddienstleister', kind: 'processor', partyId: IDS.shipping },
    { id: 'r-2', label: 'Steuerberater', kind: 'controller' },
  ],
  transfers: [{ id: 't-1', countryCode: 'US', recipient: 'Newsletter Inc.', mechanism: 'dpf', dpfCheckedOn: '2026-10-01' }],
  retention: [
    { id: 'ret-1', description: 'Rechnungen', periodAmount: 8, periodUnit: 'years', trigger: 'Ende des Kalenderjahres der Rechnungsstellung', basis: '§ 147 AO', kind: 'statutory' },
    { id: 'ret-2', description: 'Newsletter-Abonnement', periodAmount: null, periodText: 'bis zum Widerruf der Einwilligung', action: 'delete' },
  ],
  provision: { kind: 'contractual', obliged: true, consequences: 'Ohne diese Daten können wir Ihre Bestellung nicht ausführen.' },
  automatedDecision: { exists: true, logic: 'Punktwert aus Zahlungshistorie', consequences: 'Kauf auf Rechnung kann abgelehnt werden.' },
});

/** Contract only: no objection, no withdrawal. */
export const contractOnly = activity({
  id: IDS.contract,
  name: 'Kundenkonto',
  purposes: [{ id: 'pu-acc', description: 'Führung Ihres Kundenkontos', legalBases: [{ code: '6-1-b' }] }],
  retention: [{ id: 'ret-acc', description: 'Kontodaten', periodAmount: 3, periodUnit: 'years', trigger: 'Kündigung' }],
  provision: { kind: 'voluntary', obliged: false, consequences: 'Sie können auch als Gast bestellen.' },
});

/** Data not obtained from the person (Art. 14). */
export const leads = activity({
  id: IDS.leads,
  name: 'Adresskauf',
  purposes: [{ id: 'pu-leads', description: 'Briefwerbung an Unternehmen', legalBases: [{ code: '6-1-f' }], legitimateInterest: 'Direktwerbung' }],
  dataCategories: [{ id: 'dc-l', label: 'Firmenanschrift' }, { id: 'dc-h', label: 'Gesundheitsangaben', special: 'art9' }],
  dataSource: { fromDataSubject: false, otherSources: 'Adresshändler Beispiel AG', publiclyAccessible: true },
  retention: [{ id: 'ret-l', description: 'Adressdaten', periodAmount: 2, periodUnit: 'years', trigger: 'Erhalt' }],
});

/** Nothing filled in beyond the name and one purpose without a basis. */
export const sparse = activity({ id: IDS.sparse, name: 'Bewerbermanagement', purposes: [{ id: 'pu-s', description: 'Durchführung der Bewerbung' }] });

/** Uses the WhatsApp channel. */
export const support = activity({
  id: IDS.support,
  name: 'Kundensupport über WhatsApp',
  channelIds: [IDS.whatsapp],
  purposes: [{ id: 'pu-sup', description: 'Beantwortung Ihrer Anfragen', legalBases: [{ code: '6-1-b' }, { code: '6-1-a' }] }],
  transfers: [{ id: 't-wa', countryCode: 'US', recipient: 'WhatsApp LLC', partyId: IDS.meta, mechanism: 'dpf' }],
  retention: [{ id: 'ret-sup', description: 'Chatverläufe', periodAmount: 6, periodUnit: 'months', trigger: 'Abschluss der Anfrage' }],
});

export const whatsappChannel = ChannelSchema.parse({
  id: IDS.whatsapp,
  catalogueId: 'whatsapp_business_app',
  name: 'WhatsApp',
  account: '+49 711 123456-99',
  providerPartyId: IDS.meta,
  addressBookAccess: 'denied',
});

export const parties = [
  PartySchema.parse({ id: IDS.meta, name: 'WhatsApp', legalEntity: 'WhatsApp Ireland Ltd.', countryCode: 'IE', roles: ['processor'] }),
  PartySchema.parse({ id: IDS.shipping, name: 'Paketblitz', legalEntity: 'Paketblitz Logistik GmbH', countryCode: 'DE', roles: ['processor'] }),
];

export function snapshot(overrides: Partial<RegisterSnapshot> = {}): RegisterSnapshot {
  return {
    organisation,
    activities: [shop, contractOnly, leads, sparse, support],
    parties,
    channels: [whatsappChannel],
    processorRecords: [],
    toms: [],
    attachments: [],
    ...overrides,
  };
}
