import { ChannelSchema, PartySchema, ProcessorRecordSchema } from '../../domain/model';
import { IDS } from './fixture-ids';

/** Parties, the messaging channel and the processor records around the activities of art30-fixtures.ts. */

export const channel = ChannelSchema.parse({
  id: IDS.channel,
  catalogueId: 'whatsapp_business_app',
  name: 'Personal-Hotline',
  account: '+49 711 123456-99',
  checklist: {
    dpa_concluded: { status: 'done' },
    two_factor: { status: 'done' },
    address_book_denied: { status: 'not_applicable' },
  },
});

export const parties = [
  PartySchema.parse({
    id: IDS.taxAdvisor,
    name: 'Kühn & Partner Steuerberatung mbB',
    roles: ['processor'],
    contracts: [{ id: 'c-avv', type: 'avv', signedOn: '2025-02-01', validUntil: '2027-12-31' }],
  }),
  PartySchema.parse({
    id: IDS.partner,
    name: 'Genuss-Verbund eG',
    roles: ['joint_controller'],
    contracts: [{ id: 'c-jc', type: 'joint_controller_arrangement', essenceAvailable: true, essenceLocation: 'https://genuss-verbund.example/datenschutz' }],
  }),
  PartySchema.parse({
    id: IDS.clientA,
    name: 'Autohaus Brenner GmbH',
    legalEntity: 'Autohaus Brenner GmbH & Co. KG',
    roles: ['client_controller'],
    address: { street: 'Neckarstraße 5', postalCode: '70190', city: 'Stuttgart', countryCode: 'DE' },
    contact: { name: 'Sabine Brenner', function: 'Geschäftsführerin', email: 'datenschutz@autohaus-brenner.example', phone: '+49 711 555-0' },
    dpoContact: 'Datenschutzkanzlei Ost, dsb@kanzlei-ost.example',
  }),
  PartySchema.parse({ id: IDS.clientB, name: 'Zahnarztpraxis Dr. Öztürk', roles: ['client_controller'] }),
  PartySchema.parse({ id: IDS.clientEnded, name: 'Bäckerei Lang', roles: ['client_controller'] }),
];

/** Art. 30(2): the organisation processes on behalf of the Autohaus (two records) and once for a client that ended. */
export const processorRecords = [
  ProcessorRecordSchema.parse({
    id: 'pr-1',
    controllerPartyId: IDS.clientA,
    processingCategories: ['Betrieb des WhatsApp-Business-Kundenservice', 'Versand von Serviceerinnerungen'],
    transfers: [{ id: 'pt-1', countryCode: 'US', recipient: 'Meta Platforms, Inc.', mechanism: 'dpf', dpfCheckedOn: '2026-09-01' }],
    tomMeasureIds: [IDS.tomEncryption],
    specificToms: 'Getrennte Mandantenkonten je Auftraggeber',
    contractReference: 'AVV-2026-014',
    notes: 'Jährliche Kontrolle vereinbart',
    createdAt: '2026-02-01T08:00:00.000Z',
  }),
  ProcessorRecordSchema.parse({
    id: 'pr-2',
    controllerPartyId: IDS.clientA,
    processingCategories: ['Pflege der Kundendatenbank'],
    contractReference: 'AVV-2026-015',
  }),
  ProcessorRecordSchema.parse({
    id: 'pr-3',
    controllerPartyId: IDS.clientEnded,
    processingCategories: ['Newsletter-Versand für die Bäckerei'],
    status: 'ended',
  }),
];
