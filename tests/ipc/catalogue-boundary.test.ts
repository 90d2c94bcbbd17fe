import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newActivity, newId, newPurpose } from '../../domain/model';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

async function open(): Promise<TestServices> {
  const dir = tempDir();
  services = startTestServices(dir);
  services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Muster GmbH.vvt'));
  await services.dispatch('register.create', { organisationName: 'Muster GmbH' });
  return services;
}

async function issuesOf(channel: string, payload: unknown) {
  const result = await services!.dispatch(channel, payload);
  expect(result.ok).toBe(false);
  return result.ok ? [] : (result.error.issues ?? []).map((i) => ({ path: i.path, code: i.code, value: i.params?.value }));
}

describe('IPC refuses what is not in the catalogues, naming the field', () => {
  it('unknown legal-basis codes, § 7 UWG as a basis, mistyped catalogue ids and country codes', async () => {
    await open();
    const activity = newActivity('Kundenverwaltung');
    activity.purposes.push(newPurpose('Vertrag', ['6-1-z']), newPurpose('Werbung', ['uwg-7']));
    activity.dataCategories.push({ id: newId(), catalogueId: 'helth_data', label: 'Gesundheit', special: 'none' });
    activity.dataSubjectCategories.push({ id: newId(), catalogueId: '', label: 'Eigene Kategorie' });
    activity.transfers.push({ id: newId(), countryCode: 'UK', internationalOrganisation: '', recipient: 'Ltd', partyId: '', mechanism: 'adequacy', sccModule: '', dpfCheckedOn: '', safeguardsDocumentation: '', tiaNote: '' });
    activity.dpia.mustListItems = ['telemedicin'];
    expect(await issuesOf('activities.save', { activity })).toEqual([
      { path: 'activity.purposes.0.legalBases.0.code', code: 'unknown_legal_basis', value: '6-1-z' },
      { path: 'activity.purposes.1.legalBases.0.code', code: 'not_a_legal_basis', value: 'uwg-7' },
      { path: 'activity.dataCategories.0.catalogueId', code: 'unknown_catalogue_id', value: 'helth_data' },
      { path: 'activity.transfers.0.countryCode', code: 'unknown_country', value: 'UK' },
      { path: 'activity.dpia.mustListItems.0', code: 'unknown_must_list_item', value: 'telemedicin' },
    ]);
  });

  it('accepts entries of the user’s own (no catalogue id) and catalogue entries', async () => {
    await open();
    const activity = newActivity('Kundenverwaltung');
    activity.purposes.push(newPurpose('Vertrag', ['6-1-b']));
    activity.purposes[0].additionalRequirements.push({ code: 'uwg-7', note: '§ 7 Abs. 3 UWG' });
    activity.dataCategories.push({ id: newId(), catalogueId: 'health_data', label: 'Gesundheit', special: 'none' });
    activity.dataSubjectCategories.push({ id: newId(), catalogueId: '', label: 'Eigene Kategorie' });
    const saved = await services!.dispatch('activities.save', { activity });
    expect(saved).toMatchObject({ ok: true });
    // the catalogue marks health data Art. 9: special whatever the input said
    const stored = await services!.context.session.require().activities.get(activity.id);
    expect(stored?.dataCategories[0].special).toBe('art9');
  });

  it('channel kinds and party countries', async () => {
    await open();
    expect(await issuesOf('channels.save', { channel: { id: newId(), catalogueId: 'whatsap', name: 'WhatsApp' } })).toEqual([
      { path: 'channel.catalogueId', code: 'unknown_channel', value: 'whatsap' },
    ]);
    const party = { id: newId(), name: 'Hoster', countryCode: 'XX', subProcessors: [{ id: newId(), name: 'RZ', countryCode: 'EU' }] };
    expect(await issuesOf('parties.save', { party })).toEqual([
      { path: 'party.countryCode', code: 'unknown_country', value: 'XX' },
      { path: 'party.subProcessors.0.countryCode', code: 'unknown_country', value: 'EU' },
    ]);
  });
});
