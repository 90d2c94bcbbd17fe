import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { CHANNEL_CATALOGUE } from '../../domain/catalogues/channels';
import type { QuickSetupResult } from '../../domain/ipc/channels/messaging';
import { CHECKLIST_ITEMS, type Channel } from '../../domain/model/channel';
import { catalogueFacts } from '../../src/views/channels/catalogue-facts';
import { allByTestId, byTestId, click, mountApp } from './support/app';
import { makeChannel, makeParty, registryHandlers } from './support/registry-fixtures';

const NO_LINKS = { activities: [], channels: [] };

async function openChannels(channels: Channel[] = [makeChannel()]) {
  const handlers = registryHandlers({ parties: [{ party: makeParty(), links: NO_LINKS }], channels });
  const app = await mountApp(handlers);
  await click(app.wrapper, 'nav-channels');
  return { ...app, handlers };
}

function savedChannels(payloads: unknown[]): Channel[] {
  return payloads.map((payload) => (payload as { channel: Channel }).channel);
}

describe('catalogue facts', () => {
  it('mark exactly the lines whose fields the catalogue lists as unverified', () => {
    const viber = CHANNEL_CATALOGUE.find((entry) => entry.id === 'viber')!;
    const marked = catalogueFacts(viber, 'en', (code) => code).filter((fact) => fact.unverified.length);
    expect(marked.map((fact) => fact.key)).toEqual(['avv', 'addressBook']);
    const business = CHANNEL_CATALOGUE.find((entry) => entry.id === 'whatsapp_business_app')!;
    expect(catalogueFacts(business, 'en', (code) => code).every((fact) => fact.unverified.length === 0)).toBe(true);
  });

  it('are shown for all 18 catalogue entries in the picker, unverified ones marked', async () => {
    const { wrapper } = await openChannels([]);
    await click(wrapper, 'channel-add');

    const options = allByTestId(wrapper, 'channel-catalogue-option');
    expect(options).toHaveLength(18);
    expect(options.map((o) => o.attributes('data-catalogue-id'))).toEqual(expect.arrayContaining(['whatsapp_business_app', 'sms', 'email', 'web_chat', 'other_messenger']));

    const wechat = options.find((o) => o.attributes('data-catalogue-id') === 'wechat')!;
    const provider = wechat.find('[data-fact="provider"]');
    expect(provider.find('[data-testid="fact-unverified"]').text()).toBe('(nicht verifiziert)');
    expect(provider.find('[data-testid="fact-unverified"]').attributes('data-fields')).toBe('provider.legalEntity provider.country');

    const business = options.find((o) => o.attributes('data-catalogue-id') === 'whatsapp_business_app')!;
    expect(business.find('[data-fact="provider"]').text()).toContain('WhatsApp Ireland Ltd');
    expect(business.find('[data-fact="role"]').text()).toBe('Auftragsverarbeiter');
    expect(business.find('[data-fact="thirdCountry"]').text()).toContain('Vereinigte Staaten');
    expect(business.find('[data-testid="catalogue-checked-on"]').text()).toBe('28.11.2026');
    expect(business.findAll('[data-testid="fact-unverified"]')).toHaveLength(0);

    const privateApp = options.find((o) => o.attributes('data-catalogue-id') === 'whatsapp')!;
    expect(privateApp.text()).toContain('Nicht für geschäftliche Nutzung vorgesehen.');
  });

  it('adds a channel from the catalogue with the provider already known in the register', async () => {
    const { wrapper, fake } = await openChannels([]);
    await click(wrapper, 'channel-add');
    await wrapper.find('[data-testid="channel-catalogue-option"][data-catalogue-id="whatsapp_business_app"]').trigger('click');
    await click(wrapper, 'channel-catalogue-add');

    expect(byTestId(wrapper, 'channel-provider').element).toHaveProperty('value', 'party-wa');
    expect(byTestId(wrapper, 'channel-facts').text()).toContain('WhatsApp Ireland Ltd');
    await byTestId(wrapper, 'channel-account').setValue('+49 30 1234567');
    await click(wrapper, 'channel-save');

    const [saved] = savedChannels(fake.payloads('channels.save'));
    expect(saved).toMatchObject({ catalogueId: 'whatsapp_business_app', providerPartyId: 'party-wa', account: '+49 30 1234567' });
    expect(Object.keys(saved.checklist)).toHaveLength(15);
  });
});

describe('channel checklist', () => {
  it('edits status, evidence, date and next review of each item and saves them', async () => {
    const { wrapper, fake } = await openChannels();
    expect(byTestId(wrapper, 'channel-row').text()).toContain('0/15 erledigt');
    await click(wrapper, 'channel-row');

    const rows = allByTestId(wrapper, 'checklist-item');
    expect(rows.map((row) => row.attributes('data-item'))).toEqual([...CHECKLIST_ITEMS]);
    expect(rows[0].text()).toContain('1. Vertrag zur Auftragsverarbeitung mit dem Anbieter abgeschlossen');

    const first = rows[0];
    await first.find('[data-testid="checklist-status"]').setValue('done');
    await first.find('[data-testid="checklist-evidence"]').setValue('AVV vom 15.01.2026, Ordner Verträge');
    await first.find('[data-testid="checklist-date"]').setValue('2026-01-15');
    await first.find('[data-testid="checklist-next-review"]').setValue('2027-01-15');
    await rows[4].find('[data-testid="checklist-status"]').setValue('not_applicable');
    expect(byTestId(wrapper, 'checklist-progress').text()).toContain('2 von 15 Punkten erledigt oder nicht zutreffend, 13 offen');
    expect(rows[0].attributes('data-status')).toBe('done');

    await click(wrapper, 'channel-save');

    const [saved] = savedChannels(fake.payloads('channels.save'));
    expect(saved.checklist.dpa_concluded).toEqual({
      status: 'done',
      evidence: 'AVV vom 15.01.2026, Ordner Verträge',
      date: '2026-01-15',
      nextReviewOn: '2027-01-15',
    });
    expect(saved.checklist.automated_messages_sparingly?.status).toBe('not_applicable');
    expect(saved.checklist.two_factor?.status).toBe('open');
    expect(byTestId(wrapper, 'status-message').text()).toBe('Der Kanal „WhatsApp Business (App)“ wurde gespeichert.');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Alle Änderungen gespeichert');
  });

  it('asks before leaving unsaved checklist edits', async () => {
    const { wrapper } = await openChannels();
    await click(wrapper, 'channel-row');
    await allByTestId(wrapper, 'checklist-status')[1].setValue('done');
    await click(wrapper, 'nav-parties');
    expect(wrapper.find('[data-testid="confirm-ok"]').exists()).toBe(true);
    await click(wrapper, 'confirm-cancel');
    expect(wrapper.find('[data-testid="channel-save"]').exists()).toBe(true);
  });
});

describe('one-click WhatsApp Business setup', () => {
  it('asks main to set it up and lists the decisions left to the DPO, each leading to where to act', async () => {
    const { wrapper, fake, handlers } = await openChannels([]);
    handlers['channels.quickSetup'] = (): QuickSetupResult => {
      handlers['channels.list'] = () => [
        {
          channel: makeChannel({ id: 'ch-new' }),
          provider: { id: 'party-wa', name: 'WhatsApp Ireland Ltd' },
          activities: [{ id: 'act-1', name: 'Kundenservice über WhatsApp Business' }],
          openChecklistItems: 15,
          catalogue: CHANNEL_CATALOGUE.find((entry) => entry.id === 'whatsapp_business_app')!,
        },
      ];
      return {
        partyId: 'party-wa',
        partyStatus: 'created',
        contractId: 'contract-avv',
        channelId: 'ch-new',
        channelStatus: 'created',
        activityId: 'act-1',
        activityStatus: 'created',
        transferIds: ['t1'],
        createdMeasureIds: [],
        decisions: [
          { code: 'record_terms_acceptance', subject: { type: 'party', id: 'party-wa' }, params: { channel: 'WhatsApp Business', party: 'WhatsApp Ireland Ltd', contract: 'WhatsApp Business Data Processing Terms' } },
          { code: 'review_checklist', subject: { type: 'channel', id: 'ch-new' }, params: { channel: 'WhatsApp Business' } },
        ],
      };
    };

    await click(wrapper, 'channel-quick-whatsapp');

    expect(fake.payloads('channels.quickSetup')).toEqual([{ catalogueId: 'whatsapp_business_app', purpose: 'customer_support', language: 'de' }]);
    const decisions = allByTestId(wrapper, 'channel-decision');
    expect(decisions.map((d) => d.attributes('data-code'))).toEqual(['record_terms_acceptance', 'review_checklist']);
    expect(decisions[0].text()).toContain('„WhatsApp Ireland Ltd“: Die „WhatsApp Business Data Processing Terms“ werden online mit den Geschäftsbedingungen akzeptiert');
    expect(decisions[0].text()).not.toContain('unterschriebene PDF');
    expect(byTestId(wrapper, 'channel-setup-activity').text()).toContain('Kundenservice über WhatsApp Business');
    expect(byTestId(wrapper, 'status-message').text()).toBe('„WhatsApp Business (App)“ wurde eingerichtet.');

    await decisions[0].find('[data-testid="channel-decision-go"]').trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, 'party-name').element).toHaveProperty('value', 'WhatsApp Ireland Ltd');
  });
});
