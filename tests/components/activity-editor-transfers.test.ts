import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/ipc/result';
import type { Activity } from '../../domain/model/activity';
import { PartySchema } from '../../domain/model/party';
import { localIsoDate } from '../../domain/rules/status-workflow';
import type { FakeHandlers } from './support/fake-bridge';
import { allByTestId, byTestId, click, mountApp, openRegisterHandlers } from './support/app';

const PROVIDER = PartySchema.parse({ id: 'party-cloud', name: 'Cloud Inc.', roles: ['processor'], countryCode: 'US', dpfCertified: true });

function registerHandlers(extra: FakeHandlers = {}): FakeHandlers {
  return {
    ...openRegisterHandlers(),
    'activities.departments': () => [],
    'parties.list': () => [{ party: PROVIDER, links: { activities: [], channels: [] } }],
    'channels.list': () => [],
    'toms.list': () => [],
    'findings.list': () => [],
    ...extra,
  };
}

async function newActivityWithTransfer(extra: FakeHandlers = {}) {
  const app = await mountApp(registerHandlers(extra));
  await click(app.wrapper, 'activity-new');
  await byTestId(app.wrapper, 'activity-name').setValue('Support-Tickets');
  await click(app.wrapper, 'transfer-add');
  return app;
}

function findingCodes(wrapper: Parameters<typeof byTestId>[0]): string[] {
  return allByTestId(wrapper, 'transfer-finding').map((item) => item.attributes('data-code') ?? '');
}

function saved(payloads: unknown[]): Activity {
  return (payloads.at(-1) as { activity: Activity }).activity;
}

describe('activity editor: third-country transfers', () => {
  it('requires documented safeguards for the Art. 49(1) second-subparagraph derogation, next to the field', async () => {
    const { wrapper, fake } = await newActivityWithTransfer();
    expect(document.activeElement).toBe(byTestId(wrapper, 'transfer-country').element);
    await byTestId(wrapper, 'transfer-country').setValue('IN');
    expect(findingCodes(wrapper)).toEqual(['third_country_without_mechanism']);
    expect(byTestId(wrapper, 'transfer-adequacy').attributes('data-status')).toBe('third_country');

    await byTestId(wrapper, 'transfer-mechanism').setValue('art49_compelling_interests');
    expect(findingCodes(wrapper)).toEqual(['compelling_interests_undocumented']);
    expect(byTestId(wrapper, 'transfer-finding').text()).toContain('Indien');
    const safeguards = byTestId(wrapper, 'transfer-safeguards');
    expect(safeguards.attributes('aria-required')).toBe('true');

    await click(wrapper, 'activity-save');
    expect(fake.api['activities.save']).not.toHaveBeenCalled();
    expect(safeguards.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(safeguards.element);
    const error = byTestId(wrapper, 'field-error');
    expect(error.text()).toBe('Bitte ausfüllen.');
    expect(safeguards.attributes('aria-describedby')).toContain(error.attributes('id'));
    expect(byTestId(wrapper, 'activity-section-nav').find('[data-section="transfers"] .section-nav__mark--issue').exists()).toBe(true);

    await safeguards.setValue('Einmalige Übermittlung; Pseudonymisierung; Information der Aufsichtsbehörde.');
    expect(wrapper.find('[data-testid="field-error"]').exists()).toBe(false);
    expect(findingCodes(wrapper)).toEqual([]);
    await click(wrapper, 'activity-save');
    expect(saved(fake.payloads('activities.save')).transfers[0]).toMatchObject({
      countryCode: 'IN',
      mechanism: 'art49_compelling_interests',
      safeguardsDocumentation: 'Einmalige Übermittlung; Pseudonymisierung; Information der Aufsichtsbehörde.',
    });
  });

  it('flags the invalidated Privacy Shield in the transfer’s texts, naming C-311/18', async () => {
    const { wrapper } = await newActivityWithTransfer();
    await byTestId(wrapper, 'transfer-country').setValue('US');
    await byTestId(wrapper, 'transfer-mechanism').setValue('scc');
    await byTestId(wrapper, 'transfer-scc-module').setValue('2');
    expect(findingCodes(wrapper)).not.toContain('privacy_shield');
    await byTestId(wrapper, 'transfer-tia').setValue('Früher: EU-US Privacy Shield; jetzt SCC.');
    expect(findingCodes(wrapper)[0]).toBe('privacy_shield');
    expect(byTestId(wrapper, 'transfer-finding').text()).toContain('C-311/18');
  });

  it('asks for the SCC module only for standard contractual clauses', async () => {
    const { wrapper } = await newActivityWithTransfer();
    await byTestId(wrapper, 'transfer-country').setValue('CN');
    expect(wrapper.find('[data-testid="transfer-scc-module"]').exists()).toBe(false);
    await byTestId(wrapper, 'transfer-mechanism').setValue('scc');
    expect(findingCodes(wrapper)).toEqual(['scc_module_missing']);
    await byTestId(wrapper, 'transfer-scc-module').setValue('2');
    expect(findingCodes(wrapper)).toEqual([]);
    // Other Art. 46 mechanisms do not ask for a module or for Art. 49 documentation.
    await byTestId(wrapper, 'transfer-scc-module').setValue('');
    await byTestId(wrapper, 'transfer-mechanism').setValue('bcr');
    expect(wrapper.find('[data-testid="transfer-scc-module"]').exists()).toBe(false);
    expect(byTestId(wrapper, 'transfer-safeguards').attributes('aria-required')).toBeUndefined();
  });

  it('treats the US as adequate only under the DPF and asks when the certification was checked', async () => {
    const { wrapper, fake } = await newActivityWithTransfer();
    await byTestId(wrapper, 'transfer-country').setValue('US');
    expect(byTestId(wrapper, 'transfer-adequacy').text()).toContain('Stand der Länderliste: 28.11.2026');
    expect(byTestId(wrapper, 'transfer-us-hint').text()).toContain('Data Privacy Framework');
    expect(findingCodes(wrapper)).toEqual(['us_not_certified_without_safeguards']);

    await byTestId(wrapper, 'transfer-recipient').setValue('Cloud Inc.');
    await byTestId(wrapper, 'transfer-party').setValue('party-cloud');
    await byTestId(wrapper, 'transfer-mechanism').setValue('dpf');
    expect(byTestId(wrapper, 'transfer-party-dpf').text()).toBe('Laut dem Beteiligten: DPF-zertifiziert, Prüfdatum fehlt.');
    expect(findingCodes(wrapper)).toEqual(['dpf_check_missing']);
    await byTestId(wrapper, 'transfer-dpf-checked').setValue(localIsoDate());
    expect(findingCodes(wrapper)).toEqual([]);

    await click(wrapper, 'activity-save');
    expect(saved(fake.payloads('activities.save')).transfers[0]).toMatchObject({
      countryCode: 'US',
      recipient: 'Cloud Inc.',
      partyId: 'party-cloud',
      mechanism: 'dpf',
      dpfCheckedOn: localIsoDate(),
    });
  });
});

describe('activity editor: recipients and source', () => {
  it('takes the kind from the recipient catalogue and links a party', async () => {
    const { wrapper, fake } = await newActivityWithTransfer();
    await click(wrapper, 'transfer-remove');
    await click(wrapper, 'recipient-add');
    await byTestId(wrapper, 'recipient-label').setValue('Hosting-Anbieter');
    expect(byTestId(wrapper, 'recipient-kind').element).toHaveProperty('value', 'processor');
    await byTestId(wrapper, 'recipient-party').setValue('party-cloud');
    await click(wrapper, 'recipient-add');
    const labels = allByTestId(wrapper, 'recipient-label');
    await labels[1].setValue('Kanzlei Müller & Partner');
    await allByTestId(wrapper, 'recipient-kind')[1].setValue('controller');
    await click(wrapper, 'activity-save');
    expect(saved(fake.payloads('activities.save')).recipients).toMatchObject([
      { label: 'Hosting-Anbieter', catalogueId: 'hosting_provider', kind: 'processor', partyId: 'party-cloud' },
      { label: 'Kanzlei Müller & Partner', catalogueId: '', kind: 'controller', partyId: '' },
    ]);
  });

  it('keeps working when the parties cannot be loaded yet', async () => {
    const { wrapper } = await newActivityWithTransfer({
      'parties.list': () => {
        throw new AppError('internal', 'not implemented');
      },
    });
    await click(wrapper, 'recipient-add');
    expect(byTestId(wrapper, 'recipient-party').exists()).toBe(true);
    expect(wrapper.text()).toContain('Die externen Beteiligten konnten nicht geladen werden.');
    expect(byTestId(wrapper, 'error-message').text()).toBe('');
  });

  it('shows the Art. 14 duties when the data is not collected from the data subject', async () => {
    const { wrapper, fake } = await newActivityWithTransfer();
    await click(wrapper, 'transfer-remove');
    expect(wrapper.find('[data-testid="source-art14-hint"]').exists()).toBe(false);
    await byTestId(wrapper, 'source-from-subject').setValue(false);
    expect(byTestId(wrapper, 'source-art14-hint').text()).toContain('Art. 14');
    await byTestId(wrapper, 'source-other').setValue('Auskunftei');
    await byTestId(wrapper, 'source-public').setValue(true);
    await click(wrapper, 'activity-save');
    expect(saved(fake.payloads('activities.save')).dataSource).toMatchObject({ fromDataSubject: false, otherSources: 'Auskunftei', publiclyAccessible: true, art14Exemption: 'none' });
  });

  it('sets the Art. 9 flag from the data-category catalogue', async () => {
    const { wrapper } = await newActivityWithTransfer();
    await click(wrapper, 'data-category-add');
    await byTestId(wrapper, 'data-category-input').setValue('Gesundheitsdaten');
    expect(byTestId(wrapper, 'data-category-special').element).toHaveProperty('value', 'art9');
    await byTestId(wrapper, 'data-category-input').setValue('E-Mail-Adresse');
    expect(byTestId(wrapper, 'data-category-special').element).toHaveProperty('value', 'none');
  });
});

describe('activity editor: create party and link', () => {
  it('turns a template recipient into an external party with the role of its kind and links it', async () => {
    const created: unknown[] = [];
    const { wrapper, fake } = await newActivityWithTransfer({
      'parties.save': ({ party }) => {
        created.push(party);
        return PartySchema.parse({ ...party, version: 1 });
      },
    });
    await click(wrapper, 'transfer-remove');
    await click(wrapper, 'recipient-add');
    await byTestId(wrapper, 'recipient-label').setValue('Hosting-Anbieter');
    await click(wrapper, 'recipient-create-party');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await wrapper.vm.$nextTick();
    expect(created).toMatchObject([{ name: 'Hosting-Anbieter', roles: ['processor'] }]);
    expect(byTestId(wrapper, 'recipient-party-created').text()).toContain('Hosting-Anbieter');
    await click(wrapper, 'activity-save');
    const partyId = (created[0] as { id: string }).id;
    expect(saved(fake.payloads('activities.save')).recipients).toMatchObject([{ label: 'Hosting-Anbieter', kind: 'processor', partyId }]);
  });
});
