import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_CATALOGUE } from '../../domain/catalogues/channels';
import type { ChannelWithLinks, QuickSetupResult } from '../../domain/ipc/channels/messaging';
import type { PartyWithLinks } from '../../domain/ipc/channels/parties';
import type { Activity } from '../../domain/model';
import type { ActivityFindings } from '../../domain/rules/findings';
import type { Reminder, ReminderCounts } from '../../domain/rules/reminders';
import type { WriteOperation } from '../../backend/storage/register-store';
import { useRegister, valueOf } from './parties-support';

const openRegister = useRegister();
const WHATSAPP = { catalogueId: 'whatsapp_business_app', purpose: 'customer_support', language: 'de' } as const;

describe('channels.quickSetup', () => {
  it('links the register\'s WhatsApp customer service instead of creating a second activity', async () => {
    const { services } = await openRegister();
    const first = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', WHATSAPP));
    const again = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', WHATSAPP));
    expect(again).toMatchObject({ activityId: first.activityId, activityStatus: 'unchanged', channelId: first.channelId, channelStatus: 'reused', createdMeasureIds: [] });
    const store = services.context.session.require();
    expect(await store.activities.count()).toBe(1);
    expect(await store.channels.list()).toHaveLength(1);
  });

  it('creates provider, channel, activity and transfer linked to each other in one batch', async () => {
    const { services } = await openRegister();
    const store = services.context.session.require();
    const batches = vi.spyOn(store, 'writeBatch');
    const singleSaves = [vi.spyOn(store.parties, 'save'), vi.spyOn(store.channels, 'save'), vi.spyOn(store.activities, 'save')];

    const result = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', WHATSAPP));
    expect(batches).toHaveBeenCalledTimes(1);
    for (const save of singleSaves) expect(save).not.toHaveBeenCalled();
    const kinds = (batches.mock.calls[0][0] as WriteOperation[]).map((o) => ('kind' in o ? o.kind : o.op));
    expect(kinds.filter((k) => k !== 'tom')).toEqual(['party', 'channel', 'activity']);

    expect(result).toMatchObject({ partyStatus: 'created', transferIds: [expect.any(String)] });
    const activity = valueOf<Activity>(await services.dispatch('activities.get', { id: result.activityId }));
    expect(activity).toMatchObject({ name: 'Kundenservice über WhatsApp Business', channelIds: [result.channelId], version: 1 });
    // The transfer goes to the US recipient (WhatsApp LLC / Meta Platforms, Inc.), not to the Irish processor.
    expect(activity.transfers).toEqual([
      expect.objectContaining({ id: result.transferIds[0], countryCode: 'US', mechanism: 'dpf', recipient: 'WhatsApp LLC / Meta Platforms, Inc.', partyId: '' }),
    ]);
    expect(result).toMatchObject({ channelStatus: 'created', activityStatus: 'created' });
    expect(activity.recipients).toContainEqual(expect.objectContaining({ kind: 'processor', partyId: result.partyId }));
    expect(activity.toms.measureIds.sort()).toEqual(result.createdMeasureIds.sort());

    const channel = valueOf<ChannelWithLinks>(await services.dispatch('channels.get', { id: result.channelId }));
    expect(channel).toMatchObject({
      provider: { id: result.partyId, name: 'WhatsApp Ireland Ltd.' },
      activities: [{ id: result.activityId }],
      openChecklistItems: 15,
      catalogue: { id: 'whatsapp_business_app' },
    });
    const party = valueOf<PartyWithLinks>(await services.dispatch('parties.get', { id: result.partyId! }));
    expect(party.party).toMatchObject({ dpfCertified: false, countryCode: 'IE' });
    expect(party.party.contracts).toEqual([expect.objectContaining({ id: result.contractId, type: 'avv', conclusion: 'accepted_online' })]);
    expect(party.links.activities).toEqual([{ id: result.activityId, name: activity.name, via: ['recipient', 'channel'] }]);
    expect(result.decisions.map((d) => d.code)).toEqual(
      expect.arrayContaining(['record_terms_acceptance', 'check_dpf_certification', 'decide_address_book_access', 'name_authorised_users_and_devices', 'review_checklist']),
    );
    expect(result.decisions.map((d) => d.code)).not.toContain('sign_and_attach_avv');
  });

  it('reuses the provider party and the channel on a second setup for another purpose', async () => {
    const { services } = await openRegister();
    const first = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', WHATSAPP));
    const second = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', { ...WHATSAPP, purpose: 'order_updates' }));
    expect(second).toMatchObject({ partyId: first.partyId, partyStatus: 'unchanged', contractId: first.contractId, createdMeasureIds: [] });
    expect(second).toMatchObject({ channelId: first.channelId, channelStatus: 'reused', activityStatus: 'created' });
    expect(second.activityId).not.toBe(first.activityId);
    expect(valueOf<PartyWithLinks[]>(await services.dispatch('parties.list', undefined))).toHaveLength(1);
    expect(valueOf<ChannelWithLinks[]>(await services.dispatch('channels.list', undefined))).toHaveLength(1);
    // WhatsApp's private app has the same legal entity: the party gains the role, not a twin.
    const privateApp = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', { ...WHATSAPP, catalogueId: 'whatsapp' }));
    expect(privateApp).toMatchObject({ partyId: first.partyId, partyStatus: 'updated' });
  });

  it('writes nothing when the batch fails', async () => {
    const { services } = await openRegister();
    const store = services.context.session.require();
    const original = store.writeBatch.bind(store);
    vi.spyOn(store, 'writeBatch').mockImplementation((ops) => original([...ops, { op: 'delete', kind: 'party', id: 'missing' }]));
    expect(await services.dispatch('channels.quickSetup', WHATSAPP)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await store.parties.list()).toEqual([]);
    expect(await store.channels.list()).toEqual([]);
    expect(await store.activities.count()).toBe(0);
    expect(await store.toms.list()).toEqual([]);
  });

  it('works for every catalogue channel', async () => {
    const { services } = await openRegister();
    for (const entry of CHANNEL_CATALOGUE) {
      const result = await services.dispatch('channels.quickSetup', { catalogueId: entry.id, language: 'en' });
      expect(result, entry.id).toMatchObject({ ok: true });
      const { activityId, channelId } = valueOf<QuickSetupResult>(result);
      expect(valueOf<Activity>(await services.dispatch('activities.get', { id: activityId })).channelIds).toEqual([channelId]);
    }
    const channels = valueOf<ChannelWithLinks[]>(await services.dispatch('channels.list', undefined));
    expect(channels).toHaveLength(CHANNEL_CATALOGUE.length);
    const legalEntities = new Set(CHANNEL_CATALOGUE.map((e) => e.provider.legalEntity).filter(Boolean));
    expect(valueOf<PartyWithLinks[]>(await services.dispatch('parties.list', undefined))).toHaveLength(legalEntities.size);
  });

  it('feeds reminders and findings: the DPF check of the US recipient shows up as a task, no signed document is asked for', async () => {
    const { services } = await openRegister();
    const result = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', WHATSAPP));
    // Draft activity: a DPF check never made is due soon; it becomes overdue once an approved activity relies on it.
    const reminders = valueOf<Reminder[]>(await services.dispatch('reminders.list', { today: '2026-06-15' }));
    expect(reminders.map((r) => [r.code, r.severity, r.subject.id])).toEqual(
      expect.arrayContaining([
        ['dpf_check_missing', 'soon', result.activityId],
        ['checklist_items_open', 'info', result.channelId],
      ]),
    );
    expect(reminders.map((r) => r.code)).not.toContain('contract_document_missing');
    expect(reminders.filter((r) => r.code === 'dpf_check_missing').map((r) => r.subject.id)).toEqual([result.activityId]);
    const counts = valueOf<ReminderCounts>(await services.dispatch('reminders.counts', { today: '2026-06-15' }));
    expect(counts.byKind.dpf_check).toMatchObject({ overdue: 0, soon: 1 });
    expect(counts.total).toBe(reminders.length);

    const findings = valueOf<ActivityFindings[]>(await services.dispatch('findings.list', { today: '2026-06-15', language: 'en' }));
    expect(findings).toHaveLength(1);
    expect(findings[0].findings.map((f) => f.rule)).toEqual(['transfer.dpf-check-missing', 'channel.address-book-unknown']);
    expect(await services.dispatch('findings.list', undefined)).toMatchObject({ ok: true });
    expect(await services.dispatch('reminders.counts', undefined)).toMatchObject({ ok: true });
  });
});
