import { expect, test } from 'vitest';
import { TOM_CATALOGUE } from '../../domain/catalogues';
import { findRegisterTemplate } from '../../domain/catalogues/register-templates';
import { translate } from '../../domain/i18n';
import type { Activity, ActivityInput } from '../../domain/model/activity';
import type { ChangeLogEntry } from '../../domain/model/change-log';
import type { ProcessorRecord } from '../../domain/model/processor-record';
import type { ActivityPage } from '../../domain/model/register';
import type { TomMeasure } from '../../domain/model/tom';
import { ActivityEditorPage } from './pages/activity-editor-page';
import { ProcessorPage } from './pages/processor-page';
import { RegisterListPage } from './pages/register-list-page';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForValue } from './support/wait';

/** YYYY-MM-DD `days` from today (margins of days keep time zones irrelevant). */
function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Activities with one distinguishing property each, so every filter has a known answer. */
const ACTIVITIES: ActivityInput[] = [
  {
    id: 'alpha', name: 'Alpha Lohnabrechnung', status: 'approved', owner: { department: 'Personal' }, nextReviewOn: inDays(-5),
    purposes: [{ id: 'p-alpha', description: 'Entgeltabrechnung', legalBases: [{ code: '6-1-b' }, { code: '9-2-b', note: '§ 26 Abs. 3 BDSG' }] }],
    // Approved through the findings engine's gate: no error findings (data subjects, source and measures given).
    dataSubjectCategories: [{ id: 'ds-alpha', label: 'Beschäftigte' }],
    dataCategories: [{ id: 'dc-alpha', label: 'Gesundheitsdaten', special: 'art9' }],
    dataSource: { fromDataSubject: true, otherSources: '', publiclyAccessible: false },
    toms: { measureIds: [], specific: 'Zugriff nur für die Personalabteilung', securityConceptRef: '' },
  },
  {
    id: 'beta', name: 'Beta Newsletter', status: 'draft', owner: { department: 'Marketing' }, nextReviewOn: inDays(15),
    purposes: [{ id: 'p-beta', description: 'Werbung', legalBases: [{ code: '6-1-a' }] }],
    transfers: [{ id: 't-beta', countryCode: 'US', recipient: 'Versanddienst Inc.', mechanism: 'dpf' }],
  },
  {
    id: 'gamma', name: 'Gamma Videoüberwachung', status: 'in_review', owner: { department: 'Facility' }, nextReviewOn: inDays(100),
    purposes: [{ id: 'p-gamma', description: 'Hausrecht', legalBases: [{ code: '6-1-f' }] }],
  },
  {
    id: 'delta', name: 'Delta Bewerbermanagement', status: 'draft', owner: { department: 'Personal' },
    description: 'Auswahlverfahren im Projekt Zeppelin',
    purposes: [{ id: 'p-delta', description: 'Bewerbungsverfahren', legalBases: [{ code: '6-1-b' }] }],
  },
  { id: 'epsilon', name: 'Epsilon Altverfahren', status: 'draft', owner: { department: 'IT' } },
];
const BIG = 5_000;
const ALL = ['Alpha Lohnabrechnung', 'Beta Newsletter', 'Delta Bewerbermanagement', 'Epsilon Altverfahren', 'Gamma Videoüberwachung'];

describeE2e('register workflow: templates, list filters, duplicate, archive, processor record, 5,000 activities', () => {
  const app = useApp();

  test('a register created from a register template starts with its activities and TOMs; a template adds one more', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('shop.vvt');
    const shell = await new StartPage(vvt.page).createRegisterFromTemplate('Muster Shop GmbH', 'online_shop');
    const expected = findRegisterTemplate('online_shop')!.activityTemplateIds.length;

    // An opened register starts on its overview; the activities are one click away.
    await vvt.page.getByTestId('dashboard').waitFor({ timeout: UI_TIMEOUT });
    await vvt.page.getByTestId('nav-activities').click();
    const list = await new RegisterListPage(vvt.page).waitUntilShown();
    await list.expectCount(expected);
    await list.row('Lohn- und Gehaltsabrechnung').waitFor({ timeout: UI_TIMEOUT });
    expect((await vvt.invoke<ActivityPage>('activities.list', {})).total).toBe(expected);
    expect(await vvt.invoke<TomMeasure[]>('toms.list')).toHaveLength(TOM_CATALOGUE.length);

    // The TOM catalogue view shows the measures, grouped as chosen.
    await vvt.page.getByTestId('nav-toms').click();
    await expect.poll(() => vvt.page.getByTestId('tom-row').count(), { timeout: UI_TIMEOUT }).toBe(TOM_CATALOGUE.length);
    await vvt.page.getByTestId('tom-grouping-select').selectOption('sdmGoal');
    await vvt.page.getByRole('heading', { name: /Intervenierbarkeit/ }).waitFor({ timeout: UI_TIMEOUT });

    // One more activity from the template picker opens in the editor.
    await shell.goToActivities();
    await list.newFromTemplate('videoüberwachung', 'video_surveillance');
    const editor = await new ActivityEditorPage(vvt.page).waitUntilShown();
    await waitForValue(editor.field('activity-name'), 'Videoüberwachung');
    expect((await vvt.invoke<ActivityPage>('activities.list', {})).total).toBe(expected + 1);
  });

  test('search, each filter and sorting; duplicate; archive hides (kept in the change log) until "include archived"', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('filters.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Filter GmbH');
    for (const activity of ACTIVITIES) {
      if (activity.status !== 'approved') {
        await vvt.invoke('activities.save', { activity });
        continue;
      }
      // Approval goes through the gate: review first, then approve (warnings acknowledged).
      const saved = await vvt.invoke<{ id: string; version: number }>('activities.save', { activity: { ...activity, status: 'in_review' } });
      await vvt.invoke('activities.approve', { id: saved.id, version: saved.version, acknowledgement: 'Testdaten' });
    }
    const list = await shell.goToActivities();
    const grid = new RegisterListPage(list.page);
    await grid.expectNames(ALL);
    await grid.expectCount(5);

    await grid.search('zeppelin');
    await grid.expectNames(['Delta Bewerbermanagement']);
    await grid.search('');
    await grid.expectNames(ALL);

    await grid.setStatus('approved', true);
    await grid.expectNames(['Alpha Lohnabrechnung']);
    await grid.setStatus('in_review', true);
    await grid.expectNames(['Alpha Lohnabrechnung', 'Gamma Videoüberwachung']);
    await grid.resetFilters();
    await grid.expectNames(ALL);

    await grid.setDepartment('Marketing');
    await grid.expectNames(['Beta Newsletter']);
    await grid.setDepartment('');
    await grid.setLegalBasis('6-1-f');
    await grid.expectNames(['Gamma Videoüberwachung']);
    await grid.setLegalBasis('');
    await grid.setSpecial('yes');
    await grid.expectNames(['Alpha Lohnabrechnung']);
    await grid.setSpecial('no');
    await grid.expectNames(ALL.filter((name) => !name.startsWith('Alpha')));
    await grid.setSpecial('');
    await grid.setTransfer('yes');
    await grid.expectNames(['Beta Newsletter']);
    await grid.setTransfer('');
    await grid.setReview('today');
    await grid.expectNames(['Alpha Lohnabrechnung']);
    await grid.setReview('soon');
    await grid.expectNames(['Alpha Lohnabrechnung', 'Beta Newsletter']);
    await grid.setReview('');
    await grid.expectNames(ALL);

    await grid.sortBy('name');
    await grid.expectNames([...ALL].reverse());
    await grid.sortBy('nextReviewOn');
    await expect.poll(async () => (await grid.names()).slice(0, 3), { timeout: UI_TIMEOUT }).toEqual(['Alpha Lohnabrechnung', 'Beta Newsletter', 'Gamma Videoüberwachung']);
    await grid.sortBy('name');
    await grid.expectNames(ALL);

    await grid.duplicate('Gamma Videoüberwachung');
    await shell.waitForStatus(translate('de', 'registerList.duplicated', { name: 'Gamma Videoüberwachung (Kopie)' }));
    await grid.row('Gamma Videoüberwachung (Kopie)').waitFor({ timeout: UI_TIMEOUT });
    await grid.expectCount(6);

    await grid.archive('Epsilon Altverfahren');
    await shell.waitForStatus(translate('de', 'registerList.archive.done', { name: 'Epsilon Altverfahren' }));
    await grid.expectNames(['Alpha Lohnabrechnung', 'Beta Newsletter', 'Delta Bewerbermanagement', 'Gamma Videoüberwachung', 'Gamma Videoüberwachung (Kopie)']);
    await grid.setIncludeArchived(true);
    await grid.row('Epsilon Altverfahren').getByTestId('activity-status').filter({ hasText: 'Archiviert' }).waitFor({ timeout: UI_TIMEOUT });
    expect((await vvt.invoke<Activity>('activities.get', { id: 'epsilon' })).status).toBe('archived');
    const log = await vvt.services.context.session.require().changeLog.list({ entity: 'activity', entityId: 'epsilon' });
    expect(log.map((entry: ChangeLogEntry) => [entry.action, (entry.after as Activity | null)?.status])).toEqual([
      ['update', 'archived'],
      ['insert', 'draft'],
    ]);
  });

  test('a processor record entry (client controller + category of processing) survives a restart', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('agency.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Agentur Blau');
    await shell.goToActivities();
    let processor = await ProcessorPage.open(vvt.page);
    await vvt.page.getByTestId('processor-hint').waitFor({ timeout: UI_TIMEOUT });

    const record = await processor.addController('Bäckerei Schmidt GmbH', 'Dr. Datenschutz, dsb@schmidt.example');
    await processor.addCategory(record, 'Betrieb des WhatsApp-Business-Kontos');
    await processor.save(record);
    await shell.waitForStatus(translate('de', 'processor.saved', { name: 'Bäckerei Schmidt GmbH' }));

    await vvt.restart();
    await new StartPage(vvt.page).openRecent('Agentur Blau');
    processor = await ProcessorPage.open(vvt.page);
    const restored = processor.record('Bäckerei Schmidt GmbH');
    await restored.waitFor({ timeout: UI_TIMEOUT });
    await waitForValue(restored.getByTestId('processor-category-input'), 'Betrieb des WhatsApp-Business-Kontos');
    expect(await restored.textContent()).toContain('dsb@schmidt.example');
    const stored = await vvt.invoke<ProcessorRecord[]>('processorRecords.list');
    expect(stored.map((r) => r.processingCategories)).toEqual([['Betrieb des WhatsApp-Business-Kontos']]);
  });

  test('5,000 activities: the list renders a few rows at once, counts 5000 and scrolls without loading everything', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('big.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Konzern AG');
    const departments = ['Personal', 'Vertrieb', 'IT', 'Einkauf', 'Recht'];
    const insertStart = performance.now();
    for (let i = 0; i < BIG; i++) {
      const n = String(i).padStart(4, '0');
      await vvt.invoke('activities.save', { activity: { id: `bulk-${n}`, name: `Tätigkeit ${n}`, reference: `VT-${n}`, owner: { department: departments[i % 5] } } });
    }
    const insertMs = performance.now() - insertStart;
    await shell.goToOrganisation();

    // Time to first render, measured in the page: click on the navigation → count and first row shown.
    // Main's time per request meanwhile is traced (everything the views ask for on the way).
    const trace: string[] = [];
    const services = vvt.services;
    const dispatch = services.dispatch;
    services.dispatch = async (channel, payload) => {
      const start = performance.now();
      const result = await dispatch(channel, payload);
      trace.push(`${String(channel)} ${(performance.now() - start).toFixed(0)} ms`);
      return result;
    };
    const firstRender = await vvt.page.evaluate(() => {
      const longTasks: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
      return new Promise<{ ms: number; longest: number }>((resolve) => {
        const start = performance.now();
        document.querySelector<HTMLElement>('[data-testid="nav-activities"]')!.click();
        const check = () => {
          const count = document.querySelector('[data-testid="activity-count"]')?.getAttribute('data-count');
          if (count === '5000' && document.querySelector('[data-testid="activity-row"] .activity-grid__name')) {
            resolve({ ms: performance.now() - start, longest: Math.max(0, ...longTasks) });
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    });
    services.dispatch = dispatch;
    const grid = new RegisterListPage(vvt.page);
    await grid.expectCount(BIG);
    const domRows = () => grid.rows.count();
    expect(await domRows()).toBeLessThan(60);
    expect(await grid.grid.getAttribute('aria-rowcount')).toBe(String(BIG + 1));

    // Scrolling to the middle loads only that page.
    const scrollStart = performance.now();
    const rowHeight = await vvt.page.getByTestId('activity-row').first().evaluate((row) => row.getBoundingClientRect().height);
    await grid.grid.evaluate((el, height) => (el.scrollTop = 2500 * height), rowHeight);
    await grid.row('Tätigkeit 2500').waitFor({ timeout: UI_TIMEOUT });
    const scrollMs = performance.now() - scrollStart;
    expect(await domRows()).toBeLessThan(60);
    // The keyboard reaches the last row.
    await grid.grid.focus();
    await vvt.page.keyboard.press('End');
    await grid.row('Tätigkeit 4999').waitFor({ timeout: UI_TIMEOUT });
    expect(await grid.grid.getAttribute('aria-activedescendant')).toBe('activity-grid-row-4999');
    expect(await domRows()).toBeLessThan(60);

    // For comparison: one page vs. the full summary list over the bridge.
    const ipc = await vvt.page.evaluate(async () => {
      const api = (window as unknown as { vvt: { api: Record<string, (input: unknown) => Promise<unknown>> } }).vvt.api;
      const time = async (input: unknown) => {
        const start = performance.now();
        await api['activities.list'](input);
        return performance.now() - start;
      };
      await time({ limit: 100 });
      return { page: await time({ limit: 100 }), full: await time({ limit: 100_000 }) };
    });
    console.log(
      `[5,000 activities] insert via ${BIG}× activities.save: ${Math.round(insertMs)} ms; ` +
        `first render of the list: ${firstRender.ms.toFixed(0)} ms (longest task ${firstRender.longest.toFixed(0)} ms; main meanwhile: ${trace.join(', ')}); ` +
        `scroll to row 2500 rendered: ${scrollMs.toFixed(0)} ms; DOM rows: ${await domRows()}; ` +
        `activities.list over the bridge: page of 100 ${ipc.page.toFixed(1)} ms, all 5,000 ${ipc.full.toFixed(1)} ms`,
    );
  }, 240_000); // 5,000 single saves take half a minute on a busy two-core machine
});
