import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { SUPERVISORY_AUTHORITIES, TOM_CATALOGUE } from '../../domain/catalogues';
import { AppError } from '../../domain/ipc/result';
import type { Organisation } from '../../domain/model/organisation';
import { PartySchema, type Party } from '../../domain/model/party';
import { ProcessorRecordSchema, type ProcessorRecord } from '../../domain/model/processor-record';
import type { TomMeasure } from '../../domain/model/tom';
import { allByTestId, byTestId, click, makeActivity, makeSettings, mountApp, openRegisterHandlers, REGISTER } from './support/app';
import type { FakeHandlers } from './support/fake-bridge';

const MEASURE: TomMeasure = {
  id: 'm-backup', catalogueId: 'backups', title: 'Datensicherung', description: '', art32Group: 'restore_availability',
  controlArea: 'availability', sdmGoal: 'availability', createdAt: '', updatedAt: '', version: 1,
};

function handlers(): FakeHandlers {
  const parties: Party[] = [];
  const records: ProcessorRecord[] = [];
  return {
    ...openRegisterHandlers([makeActivity(), makeActivity({ id: 'act-2', name: 'Zweite' })], makeSettings({
      recentRegisters: [
        { path: REGISTER.path, organisationName: 'Muster GmbH', openedAt: '' },
        { path: '/home/dpo/Tochter.vvt', organisationName: 'Tochter GmbH', openedAt: '' },
      ],
    })),
    'parties.list': () => parties.map((party) => ({ party, links: { activities: [], channels: [] } as never })),
    'parties.save': ({ party }) => {
      const stored = PartySchema.parse({ ...party, version: 1 });
      parties.push(stored);
      return stored;
    },
    'processorRecords.list': () => records,
    'processorRecords.save': ({ record }) => {
      if (!parties.some((p) => p.id === record.controllerPartyId)) throw new AppError('validation', 'controller');
      const stored = ProcessorRecordSchema.parse({ ...record, version: (record.version ?? 0) + 1 });
      records.push(stored);
      return stored;
    },
    'toms.list': () => [MEASURE],
    'toms.save': ({ measure }) => ({ ...(measure as TomMeasure), version: (measure as TomMeasure).version + 1 }),
    'toms.importCatalogue': ({ catalogueIds }) => ({ imported: catalogueIds?.length ?? 0, skipped: 0 }),
    'activities.copyToRegister': ({ ids }) => ({ count: ids.length, measuresAdded: 0, referencesCleared: 1 }),
  };
}

describe('organisation sheet: supervisory authority', () => {
  it('fills name, address, e-mail and website from the chosen authority and keeps free entry possible', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'nav-organisation');
    const baylda = SUPERVISORY_AUTHORITIES.find((a) => a.id === 'baylda')!;

    await byTestId(wrapper, 'org-authority-select').setValue('baylda');
    expect(byTestId(wrapper, 'org-authority-name').element).toHaveProperty('value', baylda.label.de);
    expect(byTestId(wrapper, 'org-authority-address').element).toHaveProperty('value', 'Promenade 18, 91522 Ansbach');
    await click(wrapper, 'org-save');
    const saved = (fake.payloads('organisation.save').at(-1) as { organisation: Organisation }).organisation;
    expect(saved.supervisoryAuthority).toEqual({
      catalogueId: 'baylda', name: baylda.label.de, address: 'Promenade 18, 91522 Ansbach', email: baylda.email, website: baylda.website,
    });

    await byTestId(wrapper, 'org-authority-select').setValue('other');
    await byTestId(wrapper, 'org-authority-name').setValue('Datenschutzbehörde Wien');
    await click(wrapper, 'org-save');
    const other = (fake.payloads('organisation.save').at(-1) as { organisation: Organisation }).organisation;
    expect(other.supervisoryAuthority).toMatchObject({ catalogueId: '', name: 'Datenschutzbehörde Wien' });
    expect(byTestId(wrapper, 'org-authority-select').element).toHaveProperty('value', 'other');
  });
});

describe('processor record', () => {
  it('creates a client controller inline, then saves its entry with categories and measures', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'nav-processor');
    expect(byTestId(wrapper, 'processor-hint').exists()).toBe(true);

    await click(wrapper, 'processor-controller-add');
    await byTestId(wrapper, 'processor-controller-name').setValue('Bäckerei Schmidt GmbH');
    await byTestId(wrapper, 'processor-controller-dpo').setValue('dsb@schmidt.example');
    await click(wrapper, 'processor-controller-create');
    const [{ party }] = fake.payloads('parties.save') as { party: Party }[];
    expect(party).toMatchObject({ name: 'Bäckerei Schmidt GmbH', roles: ['client_controller'], dpoContact: 'dsb@schmidt.example' });

    await click(wrapper, 'processor-category-add');
    await byTestId(wrapper, 'processor-category-input').setValue('Newsletter-Versand');
    await click(wrapper, 'processor-category-add');
    await wrapper.get('[data-testid="processor-tom"][value="m-backup"]').setValue(true);
    await click(wrapper, 'processor-save');

    const [{ record }] = fake.payloads('processorRecords.save') as { record: ProcessorRecord }[];
    expect(record).toMatchObject({ controllerPartyId: party.id, processingCategories: ['Newsletter-Versand'], tomMeasureIds: ['m-backup'] });
    expect(byTestId(wrapper, 'status-message').text()).toBe('Der Eintrag für „Bäckerei Schmidt GmbH“ wurde gespeichert.');
    expect(allByTestId(wrapper, 'processor-record')).toHaveLength(1);
    // Said where Save was pressed, under the entry, not at the top of the page.
    expect(byTestId(wrapper, 'processor-record').find('[data-testid="status-message"]').exists()).toBe(true);
  });
});

describe('TOM catalogue', () => {
  it('groups the measures by the chosen grouping and imports picked catalogue entries in the UI language', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'nav-toms');
    expect(allByTestId(wrapper, 'tom-row')).toHaveLength(1);
    expect(wrapper.find('.tom-group__title').text()).toContain('Verfügbarkeitskontrolle');
    await byTestId(wrapper, 'tom-grouping-select').setValue('art32Group');
    expect(wrapper.find('.tom-group__title').text()).toContain('Rasche Wiederherstellung');

    await click(wrapper, 'tom-import');
    const options = allByTestId(wrapper, 'tom-import-option');
    expect(options).toHaveLength(TOM_CATALOGUE.length);
    expect(wrapper.get('[data-testid="tom-import-option"][value="backups"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="tom-import-option"][value="firewall"]').setValue(true);
    await click(wrapper, 'tom-import-apply');
    expect(fake.payloads('toms.importCatalogue')).toEqual([{ catalogueIds: ['firewall'], language: 'de' }]);
  });
});

describe('TOM catalogue: saving a measure', () => {
  it('says "saved" in the measure\'s row and gives the keyboard back to its edit button', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'nav-toms');
    await click(wrapper, 'tom-edit');
    await byTestId(wrapper, 'tom-title').setValue('Tägliche Datensicherung (verschlüsselt)');
    await wrapper.get('[data-testid="tom-form"]').trigger('submit');
    await flushPromises();

    expect(fake.payloads('toms.save')).toHaveLength(1);
    const row = wrapper.get('[data-testid="tom-row"]');
    expect(row.get('[data-testid="status-message"]').text()).toContain('Tägliche Datensicherung (verschlüsselt)');
    expect(document.activeElement).toBe(row.get('[data-testid="tom-edit"]').element);
  });
});

describe('copy to another register', () => {
  it('copies the ticked activities to a register from the recent list', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    expect(wrapper.find('[data-testid="copy-panel"]').exists()).toBe(false);

    await allByTestId(wrapper, 'activity-select')[0].setValue(true);
    await allByTestId(wrapper, 'activity-select')[1].setValue(true);
    const targets = byTestId(wrapper, 'copy-target').findAll('option').map((o) => o.attributes('value'));
    expect(targets).toEqual(['', '/home/dpo/Tochter.vvt']);
    await byTestId(wrapper, 'copy-target').setValue('/home/dpo/Tochter.vvt');
    await click(wrapper, 'copy-to-register');
    await flushPromises();

    expect(fake.payloads('activities.copyToRegister')).toEqual([{ ids: ['act-payroll', 'act-2'], targetPath: '/home/dpo/Tochter.vvt' }]);
    expect(byTestId(wrapper, 'status-message').text()).toContain('2 Tätigkeiten wurden als Entwurf nach „Tochter GmbH“ kopiert');
    expect(wrapper.find('[data-testid="copy-panel"]').exists()).toBe(false);
  });
});
