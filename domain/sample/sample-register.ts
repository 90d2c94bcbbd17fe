import { CHANNEL_CATALOGUE, TOM_CATALOGUE } from '../catalogues';
import type { RegisterSnapshot } from '../documents/snapshot';
import { ChannelSchema, OrganisationSchema, PartySchema, TomMeasureSchema, type Activity } from '../model';
import { generateActivities } from './generate-activities';

/**
 * A realistic register for the document bench, the tests and the warm-up of the document workers
 * (backend/documents/parallel/pool-worker.ts): the generated activities (generate-activities.ts)
 * plus what the records print beyond them — the TOM catalogue referenced per activity, messaging
 * channels, joint controllers with arrangements, processors with AVVs, data sources, automated
 * decisions and obligations. Deterministic: the same size always gives the same register.
 */

const ORGANISATION = OrganisationSchema.parse({
  name: 'Nordlicht Handelsgesellschaft mbH',
  legalForm: 'GmbH',
  address: { street: 'Hafenstraße 21', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
  email: 'info@nordlicht.example',
  phone: '+49 40 123456-0',
  legalRepresentatives: [{ name: 'Maren Jansen', function: 'Geschäftsführerin' }],
  dpo: { kind: 'external', name: 'Jonas Albers', organisation: 'Datenschutz Nord GmbH', email: 'dsb@datenschutz-nord.example' },
  supervisoryAuthority: { name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit' },
});

const TOMS = TOM_CATALOGUE.map(({ id, label, description, art32Group, controlArea, sdmGoal }) =>
  TomMeasureSchema.parse({ id: `tom-${id}`, catalogueId: id, title: label.de, description: description?.de ?? '', art32Group, controlArea, sdmGoal }),
);

const PARTIES = [
  PartySchema.parse({ id: 'p-cloud', name: 'Cloudhafen GmbH', roles: ['processor'], contracts: [{ id: 'c1', type: 'avv', signedOn: '2025-03-01', validUntil: '2028-02-29' }] }),
  PartySchema.parse({ id: 'p-payroll', name: 'Lohnbüro Elbe KG', roles: ['processor'], contracts: [{ id: 'c2', type: 'avv', signedOn: '2024-11-15' }] }),
  PartySchema.parse({
    id: 'p-partner',
    name: 'Verbundgruppe Nord eG',
    roles: ['joint_controller'],
    contracts: [{ id: 'c3', type: 'joint_controller_arrangement', essenceAvailable: true, essenceLocation: 'https://nordlicht.example/datenschutz#verbund' }],
  }),
];

const CHANNELS = ['whatsapp_business_app', 'microsoft_teams', 'threema_work']
  .filter((id) => CHANNEL_CATALOGUE.some((entry) => entry.id === id))
  .map((catalogueId, index) =>
    ChannelSchema.parse({
      id: `ch-${index}`,
      catalogueId,
      name: ['Kundenservice-Chat', 'Team-Chat', 'Außendienst'][index],
      account: `+49 40 123456-${70 + index}`,
      checklist: { dpa_concluded: { status: 'done' }, two_factor: { status: index ? 'done' : 'open' }, staff_trained: { status: 'done' } },
    }),
  );

function enrich(activity: Activity, index: number): Activity {
  const pick = (count: number, offset: number) => Array.from({ length: count }, (_, i) => TOMS[(index * 7 + offset + i * 5) % TOMS.length].id);
  const external = index % 4 === 0;
  return {
    ...activity,
    // The authority variant prints approved activities: the bench register is an approved one (archived ones stay out).
    status: activity.status === 'archived' ? 'archived' : 'approved',
    toms: { measureIds: pick(4 + (index % 5), 0), specific: index % 3 === 0 ? 'Zugriff nur über das Fachverfahren; Exporte werden protokolliert.' : '', securityConceptRef: 'SiKo-2026' },
    dataSource: { ...activity.dataSource, fromDataSubject: !external || index % 8 === 0, otherSources: external ? 'Auskunfteien und öffentliche Register' : '', publiclyAccessible: index % 10 === 0 },
    automatedDecision: index % 12 === 0 ? { exists: true, logic: 'Punktwertverfahren zur Bonitätseinstufung', consequences: 'Zahlart Rechnung wird ggf. nicht angeboten' } : activity.automatedDecision,
    provision: { kind: index % 2 ? 'contractual' : 'statutory', obliged: index % 2 === 0, consequences: 'Ohne die Angaben kann der Vertrag nicht durchgeführt werden.' },
    channelIds: index % 9 === 0 ? [CHANNELS[index % CHANNELS.length].id] : [],
    jointControllerPartyIds: index % 20 === 0 ? ['p-partner'] : [],
    recipients: activity.recipients.map((recipient, i) => (recipient.kind === 'processor' ? { ...recipient, partyId: PARTIES[i % 2].id } : recipient)),
    dpia: { ...activity.dpia, criteria: index % 6 === 0 ? ['large_scale', 'sensitive_data'] : [], decision: index % 6 === 0 ? 'required' : 'not_required' },
  };
}

export function sampleRegister(size: number): RegisterSnapshot {
  return {
    organisation: ORGANISATION,
    activities: generateActivities(size).map(enrich),
    parties: PARTIES,
    channels: CHANNELS,
    processorRecords: [],
    toms: TOMS,
    attachments: [],
  };
}
