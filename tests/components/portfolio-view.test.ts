import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ClientSummary, PortfolioListing, PortfolioRow } from '../../domain/portfolio/types';
import { REGISTER, allByTestId, byTestId, click, makeSettings, mountApp, openRegisterHandlers } from './support/app';

const FOLDER = '/home/dpo/Mandanten';

function client(name: string, figures: Partial<ClientSummary> = {}): PortfolioRow {
  const path = `${FOLDER}/${name}.vvt`;
  return {
    path,
    status: 'ok',
    summary: {
      path, fileName: `${name}.vvt`, registerId: name, organisation: name, legalForm: 'GmbH', activities: 4, approved: 4, overdue: 0,
      dueSoon: 0, errors: 0, lastSubmission: '', lastChange: '2026-11-20T10:00:00.000Z', schemaVersion: 2, needsUpgrade: false,
      openElsewhere: false, ...figures,
    },
  };
}

const ROWS = [client('Autohaus Ost'), client('Bäckerei Korn', { overdue: 2 }), client('Praxis Weiß', { needsUpgrade: true })];
const listing = (rows: PortfolioRow[]): PortfolioListing => ({
  folders: [FOLDER],
  unreadableFolders: [],
  rows,
  changes: { added: [], removed: [], moved: [], reread: rows.length, fromIndex: 0 },
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function handlers() {
  let finishRefresh: () => void = () => {};
  let indexed: PortfolioRow[] = [];
  const settings = makeSettings();
  const open = openRegisterHandlers([], settings);
  let current: typeof REGISTER | null = null;
  const h = {
    ...open,
    'register.current': () => current,
    'portfolio.list': () => ({ ...listing(indexed), refreshing: true }),
    'portfolio.refresh': () =>
      new Promise<PortfolioListing>((resolve) => {
        finishRefresh = () => resolve(listing(ROWS));
      }),
    'portfolio.dueItems': () => [],
    'portfolio.open': ({ path }: { path: string }) => (current = { ...REGISTER, path, organisationName: 'Bäckerei Korn' }),
    'portfolio.previewUpdate': ({ paths }: { paths: string[] }) =>
      paths.map((path) => ({ path, organisation: path, changes: [{ entity: 'party' as const, id: 'p', name: 'Meta', field: 'dpf', before: '–', after: 'certified 2026-11-30' }] })),
    'portfolio.applyUpdate': ({ paths }: { paths: string[] }) => paths.map((path) => ({ path, organisation: path, changes: [] })),
  };
  return { h, index: (rows: PortfolioRow[]) => (indexed = rows), finish: () => finishRefresh() };
}

describe('portfolio view', () => {
  it('fills the table while a cold index is read, filters overdue clients and opens one', async () => {
    const { h, index, finish } = handlers();
    const { wrapper, fake } = await mountApp(h);
    await click(wrapper, 'start-portfolio');
    expect(allByTestId(wrapper, 'portfolio-row')).toHaveLength(0);

    index(ROWS.slice(0, 1));
    fake.progress({ task: 'portfolio', done: 1, total: 3 });
    await wait(250);
    await flushPromises();
    expect(byTestId(wrapper, 'portfolio-status').text()).toContain('1 von 3');
    expect(allByTestId(wrapper, 'portfolio-row')).toHaveLength(1);

    finish();
    await flushPromises();
    expect(allByTestId(wrapper, 'portfolio-row')).toHaveLength(3);
    expect(wrapper.text()).toContain('wird beim Öffnen aktualisiert');

    await byTestId(wrapper, 'portfolio-filter').setValue('overdue');
    expect(allByTestId(wrapper, 'portfolio-row').map((r) => r.text())).toEqual([expect.stringContaining('Bäckerei Korn')]);
    await click(wrapper, 'portfolio-open');
    expect(fake.payloads('portfolio.open')).toEqual([{ path: `${FOLDER}/Bäckerei Korn.vvt` }]);
    expect(wrapper.find('.shell__organisation').text()).toBe('Bäckerei Korn');
  });

  it('opens from the File menu, also over an open register, and goes back to it', async () => {
    const { h } = handlers();
    const { wrapper, fake } = await mountApp({ ...h, 'register.current': () => REGISTER });
    expect(wrapper.find('.shell__organisation').text()).toBe('Muster GmbH');
    fake.menu('view.portfolio');
    await flushPromises();
    expect(wrapper.find('#portfolio-heading').text()).toBe('Mandantenübersicht');
    expect(byTestId(wrapper, 'portfolio-back').text()).toBe('Zurück zum Verzeichnis');
    await click(wrapper, 'portfolio-back');
    expect(wrapper.find('.shell__organisation').text()).toBe('Muster GmbH');
    await click(wrapper, 'shell-portfolio');
    expect(wrapper.find('#portfolio-heading').exists()).toBe(true);
  });

  it('previews a DPF check for the chosen clients and applies it after confirmation', async () => {
    const { h, finish } = handlers();
    const { wrapper, fake } = await mountApp(h);
    await click(wrapper, 'start-portfolio');
    finish();
    await flushPromises();
    await click(wrapper, 'portfolio-tab-update');
    await byTestId(wrapper, 'portfolio-update-party').setValue('Meta Platforms, Inc.');
    await byTestId(wrapper, 'portfolio-update-checked-on').setValue('2026-11-30');
    await wrapper.find('.portfolio__update-form').trigger('submit');
    await flushPromises();
    const [preview] = fake.payloads('portfolio.previewUpdate') as { update: unknown; paths: string[] }[];
    expect(preview.update).toEqual({ kind: 'dpf_check', partyName: 'Meta Platforms, Inc.', checkedOn: '2026-11-30', certified: true });
    expect(preview.paths).toHaveLength(3);
    expect(allByTestId(wrapper, 'portfolio-preview-client')).toHaveLength(3);

    await click(wrapper, 'portfolio-update-apply');
    expect(fake.payloads('portfolio.applyUpdate')).toEqual([]);
    await click(wrapper, 'confirm-ok');
    expect(fake.payloads('portfolio.applyUpdate')).toHaveLength(1);
    expect(byTestId(wrapper, 'portfolio-update-report').text()).toContain('0 Mandanten geändert, 3 ohne Änderung, 0 übersprungen.');
  });
});
