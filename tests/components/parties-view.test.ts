import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { PartyWithLinks } from '../../domain/ipc/channels/parties';
import { AppError } from '../../domain/ipc/result';
import type { Party } from '../../domain/model/party';
import { addDays } from '../../domain/rules/reminders';
import { localIsoDate } from '../../domain/rules/status-workflow';
import { avvStatus } from '../../src/views/parties/avv-status';
import { allByTestId, byTestId, click, mountApp } from './support/app';
import { makeContract, makeParty, registryHandlers } from './support/registry-fixtures';

const NO_LINKS = { activities: [], channels: [] };
const today = localIsoDate();

function savedParties(payloads: unknown[]): Party[] {
  return payloads.map((payload) => (payload as { party: Party }).party);
}

async function openParties(parties: PartyWithLinks[] = [{ party: makeParty({ contracts: [makeContract()] }), links: NO_LINKS }]) {
  const handlers = registryHandlers({ parties });
  const app = await mountApp(handlers);
  await click(app.wrapper, 'nav-parties');
  return { ...app, handlers };
}

describe('AVV status of a party', () => {
  it('tells missing, unsigned, signed, expiring and expired apart', () => {
    const processor = { roles: ['processor' as const] };
    expect(avvStatus({ ...processor, contracts: [] }, today)).toBe('missing');
    expect(avvStatus({ roles: ['recipient'], contracts: [] }, today)).toBe('not_required');
    expect(avvStatus({ ...processor, contracts: [makeContract()] }, today)).toBe('unsigned');
    expect(avvStatus({ ...processor, contracts: [makeContract({ signedOn: '2025-01-01' })] }, today)).toBe('signed');
    expect(avvStatus({ ...processor, contracts: [makeContract({ signedOn: '2025-01-01', validUntil: addDays(today, 10) })] }, today)).toBe('expiring');
    expect(avvStatus({ ...processor, contracts: [makeContract({ signedOn: '2025-01-01', validUntil: addDays(today, -1) })] }, today)).toBe('expired');
    // A renewed AVV next to the expired one: the party is covered.
    const renewed = [
      makeContract({ id: 'old', signedOn: '2020-01-01', validUntil: '2021-01-01' }),
      makeContract({ id: 'new', signedOn: '2025-01-01' }),
    ];
    expect(avvStatus({ ...processor, contracts: renewed }, today)).toBe('signed');
  });
});

describe('parties view', () => {
  it('lists parties with roles, country, AVV badge and linked activities', async () => {
    const { wrapper } = await openParties([
      {
        party: makeParty({ contracts: [makeContract({ signedOn: '2025-01-01', validUntil: addDays(today, -3) })] }),
        links: { activities: [{ id: 'a1', name: 'Kundenservice', via: ['channel'] }], channels: [{ id: 'c1', name: 'WhatsApp' }] },
      },
      { party: makeParty({ id: 'p2', name: 'Hosting AG', legalEntity: 'Hosting AG', countryCode: 'DE', contracts: [] }), links: NO_LINKS },
    ]);

    const rows = allByTestId(wrapper, 'party-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('Hosting AG');
    expect(rows[0].text()).toContain('Deutschland');
    expect(rows[0].find('[data-testid="party-avv-status"]').attributes('data-status')).toBe('missing');
    expect(rows[1].text()).toContain('Auftragsverarbeiter');
    expect(rows[1].find('[data-testid="party-avv-status"]').text()).toBe('AVV abgelaufen');
    expect(rows[1].find('[data-testid="party-activity-count"]').text()).toBe('1');

    await byTestId(wrapper, 'party-search').setValue('hosting');
    expect(allByTestId(wrapper, 'party-row')).toHaveLength(1);
  });

  it('ticks Art. 28(3) clauses with progress and saves contract dates and roles', async () => {
    const { wrapper, fake } = await openParties();
    await click(wrapper, 'party-row');

    expect(byTestId(wrapper, 'art28-progress').text()).toBe('0/13');
    const clauses = allByTestId(wrapper, 'art28-clause');
    expect(clauses).toHaveLength(13);
    expect(wrapper.text()).toContain('lit. h');
    for (const clause of clauses.slice(0, 9)) await clause.setValue(true);
    expect(byTestId(wrapper, 'art28-progress').text()).toBe('9/13');

    await byTestId(wrapper, 'contract-signed-on').setValue('2026-01-15');
    await byTestId(wrapper, 'contract-valid-until').setValue('2028-01-14');
    await byTestId(wrapper, 'contract-next-review').setValue('2027-01-15');
    await wrapper.find('[data-testid="party-role"][value="sub_processor"]').setValue(true);
    await click(wrapper, 'party-save');

    const [saved] = savedParties(fake.payloads('parties.save'));
    expect(saved.roles).toEqual(['processor', 'sub_processor']);
    expect(saved.contracts[0]).toMatchObject({ signedOn: '2026-01-15', validUntil: '2028-01-14', nextReviewOn: '2027-01-15' });
    expect(Object.entries(saved.contracts[0].art28Checklist).filter(([, ticked]) => ticked).map(([id]) => id)).toEqual([
      'subject_duration',
      'nature_purpose',
      'data_types',
      'subject_categories',
      'controller_rights',
      'documented_instructions',
      'confidentiality',
      'security_measures',
      'sub_processors',
    ]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('„WhatsApp Ireland Ltd“ wurde gespeichert.');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Alle Änderungen gespeichert');
    expect(byTestId(wrapper, 'contract-status').attributes('data-status')).toBe('signed');
  });

  it('shows DPF fields for a US party and adds a new party with a contract', async () => {
    const { wrapper, fake } = await openParties([]);
    await click(wrapper, 'party-new');
    expect(wrapper.find('[data-testid="party-dpf-certified"]').exists()).toBe(false);

    await byTestId(wrapper, 'party-name').setValue('Cloud Inc.');
    await byTestId(wrapper, 'party-country').setValue('US');
    await byTestId(wrapper, 'party-dpf-certified').setValue(true);
    await byTestId(wrapper, 'party-dpf-checked').setValue('2026-11-20');
    await click(wrapper, 'contract-add');
    await byTestId(wrapper, 'contract-type').setValue('scc');
    await byTestId(wrapper, 'contract-scc-module').setValue('2');
    await click(wrapper, 'party-save');

    const [saved] = savedParties(fake.payloads('parties.save'));
    expect(saved).toMatchObject({ name: 'Cloud Inc.', countryCode: 'US', address: { countryCode: 'US' }, dpfCertified: true, dpfCheckedOn: '2026-11-20' });
    expect(saved.contracts).toMatchObject([{ type: 'scc', sccModule: '2' }]);
  });

  it('attaches the signed PDF through main after saving, shows and exports it', async () => {
    const { wrapper, fake, handlers } = await openParties();
    const meta = { id: 'att-1', fileName: 'avv.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32), addedAt: '2026-11-28T08:00:00.000Z' };
    handlers['attachments.attachToContract'] = ({ partyId, contractId }) => ({
      attachment: meta,
      party: makeParty({ id: partyId, version: 3, contracts: [makeContract({ id: contractId, title: 'Geändert', attachmentId: 'att-1' })] }),
    });
    handlers['attachments.export'] = () => ({ path: '/tmp/copy.pdf', bytes: 2048 });
    await click(wrapper, 'party-row');
    await byTestId(wrapper, 'contract-title').setValue('Geändert');

    await click(wrapper, 'contract-attach-pdf');

    expect(fake.payloads('parties.save')).toHaveLength(1);
    expect(fake.payloads('attachments.attachToContract')).toEqual([{ partyId: 'party-wa', contractId: 'contract-avv' }]);
    expect(byTestId(wrapper, 'contract-attachment').text()).toContain('avv.pdf');
    expect(byTestId(wrapper, 'contract-attachment').text()).toContain('2 KB');
    expect(byTestId(wrapper, 'contract-attachment').text()).toContain('abababababab');
    expect(byTestId(wrapper, 'status-message').text()).toBe('Das Dokument „avv.pdf“ wurde angehängt.');

    await click(wrapper, 'contract-export-pdf');
    expect(fake.payloads('attachments.export')).toEqual([{ attachmentId: 'att-1' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Das Dokument wurde gespeichert unter /tmp/copy.pdf.');
  });

  it('shows the translated refusal when a linked party cannot be deleted', async () => {
    const { wrapper, handlers } = await openParties();
    handlers['parties.delete'] = () => {
      throw new AppError('validation', 'still linked', {
        messageKey: 'parties.errors.party_still_linked',
        name: 'WhatsApp Ireland Ltd',
        activities: 'Kundenservice',
        channels: 'WhatsApp Business',
      });
    };
    await click(wrapper, 'party-row');
    await click(wrapper, 'party-delete');
    await byTestId(wrapper, 'confirm-ok').trigger('click');
    await flushPromises();

    expect(byTestId(wrapper, 'refusal-message').text()).toBe(
      '„WhatsApp Ireland Ltd“ kann nicht gelöscht werden, solange es noch verknüpft ist – Tätigkeiten: Kundenservice; Kanäle: WhatsApp Business.',
    );
    expect(byTestId(wrapper, 'error-message').text()).toBe('');
    expect(wrapper.find('[data-testid="party-save"]').exists()).toBe(true);
  });
});
