import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ActivitySchema,
  ChannelSchema,
  PartySchema,
  ProcessorRecordSchema,
  TomMeasureSchema,
  newPurpose,
  type ActivityInput,
} from '../../../domain/model';
import type { RegisterStore } from '../../../backend/storage/register-store';

export const FIXED_EXPORTED_AT = '2026-11-20T09:00:00.000Z';
export const DEMO_FILE = join(__dirname, '../../../resources/demo/online-shop.json');

export function demoText(): string {
  return readFileSync(DEMO_FILE, 'utf8');
}

/** A small PDF with every byte value in it, so base64 and BLOB handling must be lossless. */
export function binaryPdf(): Uint8Array {
  const head = new TextEncoder().encode('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n');
  const body = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256);
  const tail = new TextEncoder().encode('\nendstream\n%%EOF\n');
  return new Uint8Array([...head, ...body, ...tail]);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Fills a register through the ordinary repositories (so versions and dates are stamped as
 * in the app) with every entity kind, cross references and two attachments.
 */
export async function populateRegister(store: RegisterStore): Promise<void> {
  await store.organisation.save({
    ...(await store.organisation.get()),
    name: 'Beispiel Praxis GmbH',
    address: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', countryCode: 'DE' },
    actsAsProcessor: true,
  });
  const avv = await store.attachments.add('AVV signiert.pdf', 'application/pdf', binaryPdf());
  await store.attachments.add('notiz.txt', 'text/plain', new TextEncoder().encode('Ä Ö Ü ß – €\n'));
  const tom = await store.toms.save(
    TomMeasureSchema.parse({ id: 'tom-b', title: 'Backup', art32Group: 'restore_availability', controlArea: 'availability', sdmGoal: 'availability' }),
  );
  const tom2 = await store.toms.save(
    TomMeasureSchema.parse({ id: 'tom-a', title: 'TLS', art32Group: 'pseudonymisation_encryption', controlArea: 'transfer', sdmGoal: 'confidentiality' }),
  );
  const party = await store.parties.save(
    PartySchema.parse({
      id: 'party-z',
      name: 'Cloud Inc.',
      countryCode: 'US',
      roles: ['processor', 'client_controller'],
      dpfCertified: true,
      dpfCheckedOn: '2026-10-01',
      contracts: [
        {
          id: 'c-1',
          title: 'DPA',
          attachmentId: avv.id,
          // Deliberately not in enum order: the export must order record keys canonically.
          art28Checklist: { sub_processors: true, subject_duration: true, audits_information: false },
        },
      ],
    }),
  );
  const channel = await store.channels.save(
    ChannelSchema.parse({
      id: 'channel-1',
      catalogueId: 'whatsapp_business_app',
      name: 'WhatsApp Business',
      providerPartyId: party.id,
      checklist: { two_factor: { status: 'done' }, dpa_concluded: { status: 'open', evidence: 'fehlt noch' } },
    }),
  );
  const activity: ActivityInput = {
    id: 'act-1',
    name: 'Kundenservice',
    status: 'approved',
    purposes: [newPurpose('Anfragen beantworten', ['6-1-b', '6-1-f'])],
    dataCategories: [{ id: 'cat-1', label: 'Chatinhalte' }],
    recipients: [{ id: 'rec-1', label: 'Cloud Inc.', kind: 'processor', partyId: party.id }],
    transfers: [{ id: 'tr-1', countryCode: 'US', partyId: party.id, mechanism: 'dpf', dpfCheckedOn: '2026-10-01' }],
    retention: [{ id: 'ret-1', dataCategoryIds: ['cat-1'], periodAmount: 6, periodUnit: 'months' }],
    toms: { measureIds: [tom.id, tom2.id] },
    channelIds: [channel.id],
  };
  // Approved as the app approves: the approved state becomes the activity's approved revision.
  const inReview = await store.activities.save(ActivitySchema.parse({ ...activity, status: 'in_review' }));
  await store.approvals.approve(inReview, null);
  await store.activities.save(ActivitySchema.parse({ id: 'act-0', name: 'Buchhaltung', status: 'draft' }));
  await store.processorRecords.save(
    ProcessorRecordSchema.parse({ id: 'pr-1', controllerPartyId: party.id, processingCategories: ['Hosting'], tomMeasureIds: [tom.id] }),
  );
}
