// The DPO's daily workspace at a laptop's 1366×768: the dashboard as first screen, a list that
// fills the window, bulk changes, input that is never silently lost, and axe-core on every
// main view. With VVT_SCREENSHOTS=<folder> (npm run screenshots) it also writes the README's
// screenshots of the dashboard, the list and the editor.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ACTIVITY_TEMPLATES } from '../../domain/catalogues/templates';
import type { Activity } from '../../domain/model/activity';
import type { ActivityPage } from '../../domain/model/register';
import type { Organisation } from '../../domain/model/organisation';
import { ROOT } from '../support/browser-bridge';
import { StartPage } from './pages/start-page';
import { seriousAxeViolations } from './support/axe';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT } from './support/wait';

const SCREENSHOT_DIR = process.env.VVT_SCREENSHOTS ? resolve(ROOT, process.env.VVT_SCREENSHOTS) : '';

async function snapshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, `axe-core on ${view}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Rows of the activity grid that are entirely inside the window. */
async function rowsFullyVisible(page: Page): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="activity-row"]')).filter((row) => {
      const box = row.getBoundingClientRect();
      const grid = row.closest('.vgrid')!.getBoundingClientRect();
      return box.top >= grid.top && box.bottom <= Math.min(grid.bottom, window.innerHeight) + 0.5;
    }).length,
  );
}

async function seedRegister(vvt: ReturnType<ReturnType<typeof useApp>>): Promise<void> {
  const organisation = await vvt.invoke<Organisation>('organisation.get');
  await vvt.invoke('organisation.save', {
    organisation: {
      ...organisation,
      name: 'Praxisklinik Am Park GmbH',
      address: { street: 'Parkallee 4', postalCode: '20144', city: 'Hamburg', countryCode: 'DE' },
      email: 'datenschutz@praxisklinik.example',
      supervisoryAuthority: { ...organisation.supervisoryAuthority, name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit' },
    },
  });
  for (const template of ACTIVITY_TEMPLATES) await vvt.invoke('activities.createFromTemplate', { templateId: template.id, language: 'de' });
}

describeE2e('the DPO workspace at 1366×768', () => {
  const app = useApp();

  test('dashboard first, a list with 12+ rows in view, bulk status on 3 activities, axe clean on every main view', async () => {
    const vvt = app();
    const page = vvt.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    vvt.dialogs.nextNewRegisterPath = vvt.file('klinik.vvt');
    await expectNoSeriousViolations(page, 'start screen');
    await new StartPage(page).createRegister('Praxisklinik Am Park GmbH');
    await seedRegister(vvt);

    // The dashboard: completeness, findings, next steps, due dates.
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-completeness').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.getByTestId('dashboard-activity').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    expect(await page.getByTestId('dashboard-step').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations(page, 'dashboard');
    await snapshot(page, 'dashboard');

    // The list fills the window: at least 12 rows without scrolling, the page itself does not scroll.
    await page.getByTestId('nav-activities').click();
    await page.getByTestId('activity-row').first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.getByTestId('activity-health').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    expect(await rowsFullyVisible(page)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    // Names wrap instead of being cut; references are never cut.
    const cut = await page.evaluate(() => ({
      names: Array.from(document.querySelectorAll<HTMLElement>('[data-testid="activity-open"]')).filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent),
      references: Array.from(document.querySelectorAll<HTMLElement>('.data-table__reference')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    }));
    expect(cut).toEqual({ names: [], references: [] });
    await expectNoSeriousViolations(page, 'activity list');
    await snapshot(page, 'list');

    // The "with errors or gaps" filter narrows the list to what needs work.
    const total = Number(await page.getByTestId('activity-count').getAttribute('data-count'));
    await page.getByTestId('activity-filter-problems').check();
    await expect.poll(async () => Number(await page.getByTestId('activity-count').getAttribute('data-count')), { timeout: UI_TIMEOUT }).toBeLessThanOrEqual(total);
    await page.getByTestId('activity-filter-problems').uncheck();
    await expect.poll(async () => Number(await page.getByTestId('activity-count').getAttribute('data-count')), { timeout: UI_TIMEOUT }).toBe(total);

    // Bulk status change on three activities.
    const boxes = page.getByTestId('activity-select');
    const chosen: string[] = [];
    for (let index = 0; index < 3; index++) {
      const row = page.getByTestId('activity-row').nth(index);
      chosen.push((await row.getByTestId('activity-open').textContent())!.trim());
      await boxes.nth(index).check();
    }
    await page.getByTestId('bulk-status').selectOption('in_review');
    await page.getByTestId('bulk-status-apply').click();
    await page.getByTestId('bulk-result').waitFor({ timeout: UI_TIMEOUT });
    const stored = await vvt.invoke<ActivityPage>('activities.list', { statuses: ['in_review'] });
    expect(stored.items.map((item) => item.name).sort()).toEqual([...chosen].sort());
    await expectNoSeriousViolations(page, 'activity list with selection');

    // Select all reaches every activity, not only the rendered rows.
    await page.getByTestId('activity-select-all').check();
    await expect.poll(async () => page.getByTestId('bulk-count').textContent(), { timeout: UI_TIMEOUT }).toContain(String(total));
    await page.getByTestId('bulk-clear').click();

    // The editor of a long record.
    await page.getByTestId('activity-open').first().click();
    await page.getByTestId('activity-save').waitFor({ timeout: UI_TIMEOUT });
    await expectNoSeriousViolations(page, 'activity editor');
    await snapshot(page, 'editor');

    for (const view of ['organisation', 'documents', 'processor', 'toms', 'parties', 'channels', 'reminders'] as const) {
      await page.getByTestId(`nav-${view}`).click();
      await page.locator('main h1').first().waitFor({ timeout: UI_TIMEOUT });
      await expectNoSeriousViolations(page, view);
    }
  });

  test('a badly typed date keeps the previous value and says so; dates out of order are refused in place', async () => {
    const vvt = app();
    const page = vvt.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    vvt.dialogs.nextNewRegisterPath = vvt.file('daten.vvt');
    await new StartPage(page).createRegister('Muster GmbH');
    const activity = await vvt.invoke<Activity>('activities.createFromTemplate', { templateId: ACTIVITY_TEMPLATES[0].id, language: 'de' });
    const reviewed = await vvt.invoke<Activity>('activities.save', { activity: { ...activity, lastReviewedOn: '2026-01-15', nextReviewOn: '2027-01-15' } });

    await page.getByTestId('nav-activities').click();
    await page.getByTestId('activity-open').first().click();
    await page.getByTestId('activity-save').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('activity-section-nav').locator('[data-section="owner"]').click();

    // Clearing one part of the date leaves no valid date: the field keeps 15.01.2027 and says so.
    const next = page.getByTestId('review-next');
    await next.click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    const error = page.locator('#activity-review-next-error');
    await error.waitFor({ timeout: UI_TIMEOUT });
    expect(await error.textContent()).toContain('bisherige Wert');
    expect(await next.inputValue()).toBe('2027-01-15');
    await page.getByTestId('activity-save').click();
    expect((await vvt.invoke<Activity>('activities.get', { id: reviewed.id })).nextReviewOn).toBe('2027-01-15');

    // A next review before the last review is refused at the field, and main refuses it too.
    await next.fill('2025-12-01');
    expect(await error.textContent()).toContain('nicht vor der letzten Prüfung');
    await page.getByTestId('activity-save').click();
    await page.locator('[data-testid="field-error"]').first().waitFor({ timeout: UI_TIMEOUT });
    expect((await vvt.invoke<Activity>('activities.get', { id: reviewed.id })).nextReviewOn).toBe('2027-01-15');
    const refused = await vvt.callApi('activities.save', { activity: { ...reviewed, nextReviewOn: '2025-12-01' } });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'activity.nextReviewOn', code: 'date_before_last_review' }] } });
  });
});
