import { describe, expect, it } from 'vitest';
import type { PartyWithLinks } from '../../domain/ipc/channels/parties';
import { ActivitySchema, ChannelSchema, PartySchema, type Party } from '../../domain/model';
import { useRegister, valueOf } from './parties-support';

const openRegister = useRegister();

const newParty = (id: string, name: string) => PartySchema.parse({ id, name, legalEntity: name, roles: ['processor'], contracts: [{ id: `${id}-c`, type: 'avv' }] });

describe('parties through the dispatcher', () => {
  it('saves, reads and lists parties with the activities and channels that link them', async () => {
    const { services } = await openRegister();
    const hoster = valueOf<Party>(await services.dispatch('parties.save', { party: newParty('p1', 'Hoster GmbH') }));
    const meta = valueOf<Party>(await services.dispatch('parties.save', { party: newParty('p2', 'Meta') }));
    expect(hoster.version).toBe(1);
    await services.dispatch('channels.save', { channel: ChannelSchema.parse({ id: 'ch1', catalogueId: 'whatsapp_business_app', name: 'WhatsApp', providerPartyId: 'p2' }) });
    const activity = ActivitySchema.parse({
      id: 'a1',
      name: 'Webshop',
      recipients: [{ id: 'r1', label: 'Hoster', kind: 'processor', partyId: 'p1' }],
      transfers: [{ id: 't1', countryCode: 'US', partyId: 'p1', mechanism: 'scc', sccModule: '2' }],
      channelIds: ['ch1'],
    });
    valueOf(await services.dispatch('activities.save', { activity }));

    const list = valueOf<PartyWithLinks[]>(await services.dispatch('parties.list', undefined));
    expect(list.map((p) => p.party.name)).toEqual(['Hoster GmbH', 'Meta']);
    expect(list[0].links).toEqual({ activities: [{ id: 'a1', name: 'Webshop', via: ['recipient', 'transfer'] }], channels: [] });
    expect(list[1].links).toEqual({ activities: [{ id: 'a1', name: 'Webshop', via: ['channel'] }], channels: [{ id: 'ch1', name: 'WhatsApp' }] });
    expect(valueOf<PartyWithLinks>(await services.dispatch('parties.get', { id: meta.id })).links.channels).toHaveLength(1);
  });

  it('refuses to delete a party while activities or channels link it, naming them', async () => {
    const { services } = await openRegister();
    valueOf(await services.dispatch('parties.save', { party: newParty('p1', 'Hoster GmbH') }));
    valueOf(await services.dispatch('channels.save', { channel: ChannelSchema.parse({ id: 'ch1', catalogueId: 'sms', name: 'SMS', providerPartyId: 'p1' }) }));
    const activity = valueOf<ReturnType<typeof ActivitySchema.parse>>(
      await services.dispatch('activities.save', {
        activity: ActivitySchema.parse({ id: 'a1', name: 'Webshop', jointControllerPartyIds: ['p1'] }),
      }),
    );

    const refused = await services.dispatch('parties.delete', { id: 'p1' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { messageKey: 'parties.errors.party_still_linked', name: 'Hoster GmbH', activities: 'Webshop', channels: 'SMS' } },
    });
    expect(await services.dispatch('parties.get', { id: 'p1' })).toMatchObject({ ok: true });

    valueOf(await services.dispatch('activities.save', { activity: { ...activity, jointControllerPartyIds: [] } }));
    valueOf(await services.dispatch('channels.delete', { id: 'ch1' }));
    expect(await services.dispatch('parties.delete', { id: 'p1' })).toEqual({ ok: true, value: null });
    expect(await services.dispatch('parties.get', { id: 'p1' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to delete a channel still used by an activity', async () => {
    const { services } = await openRegister();
    valueOf(await services.dispatch('channels.save', { channel: ChannelSchema.parse({ id: 'ch1', catalogueId: 'sms', name: 'SMS' }) }));
    valueOf(await services.dispatch('activities.save', { activity: ActivitySchema.parse({ id: 'a1', name: 'Termine', channelIds: ['ch1'] }) }));
    expect(await services.dispatch('channels.delete', { id: 'ch1' })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { messageKey: 'parties.errors.channel_still_used', activities: 'Termine' } },
    });
  });

  it('refuses a party save that points a contract at a document it does not own', async () => {
    const { services } = await openRegister();
    const party = newParty('p1', 'Hoster GmbH');
    party.contracts[0].attachmentId = 'someone-elses-document';
    expect(await services.dispatch('parties.save', { party })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { messageKey: 'parties.errors.attachment_unknown' } },
    });
  });

  it('refuses to delete a client controller that processor records name', async () => {
    const { services } = await openRegister();
    const client = PartySchema.parse({ id: 'c1', name: 'Mandant AG', roles: ['client_controller'] });
    valueOf(await services.dispatch('parties.save', { party: client }));
    valueOf(await services.dispatch('processorRecords.save', { record: { id: 'r1', controllerPartyId: 'c1', processingCategories: ['Hosting'] } }));
    const refused = await services.dispatch('parties.delete', { id: 'c1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', params: { messageKey: 'parties.errors.party_has_processor_records', count: 1 } } });
    valueOf(await services.dispatch('processorRecords.delete', { id: 'r1' }));
    expect(await services.dispatch('parties.delete', { id: 'c1' })).toEqual({ ok: true, value: null });
  });

  it('rejects invalid payloads', async () => {
    const { services } = await openRegister();
    expect(await services.dispatch('parties.save', { party: { id: 'p1', name: '' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await services.dispatch('channels.quickSetup', { catalogueId: 'whatsapp_business_app', language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await services.dispatch('channels.quickSetup', { catalogueId: 'carrier_pigeon', language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { messageKey: 'parties.errors.catalogue_channel_unknown' } },
    });
  });
});
