// Focus and position at a laptop's 1366×768: after creating a register, opening a channel,
// saving, going list → editor → back and pressing Escape with unsaved edits, the keyboard
// focus and the scroll position are where the user looks — never on <body>, never under the
// editor's sticky header or save bar — and messages appear next to the Save button.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Activity } from '../../domain/model/activity';
import type { ActivityPage } from '../../domain/model/register';
import { RegistryNav } from './pages/registry-pages';
import { StartPage } from './pages/start-page';
import { seriousAxeViolations } from './support/axe';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText } from './support/wait';

interface Focused {
  /** data-testid, id or tag of the focused element. */
  name: string;
  top: number;
  bottom: number;
  /** Inside the viewport, not covered by the editor's sticky header or the save bar. */
  clear: boolean;
}

/** Where the keyboard focus is and whether the user can see it. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: 'BODY', top: 0, bottom: 0, clear: false };
    const box = element.getBoundingClientRect();
    const covering = ['.activity-editor__header', '.form-actions']
      .map((selector) => document.querySelector(selector))
      .filter((bar): bar is Element => bar !== null && !bar.contains(element))
      .map((bar) => bar.getBoundingClientRect())
      .filter((bar) => box.top < bar.bottom - 0.5 && box.bottom > bar.top + 0.5 && box.left < bar.right && box.right > bar.left);
    const inView = box.top >= -0.5 && box.bottom <= window.innerHeight + 0.5;
    return { name: element.dataset.testid || element.id || element.tagName, top: box.top, bottom: box.bottom, clear: inView && covering.length === 0 };
  });
}

/**
 * Tabs from the current focus through every control inside `scope` and returns those the user
 * could not see when they got the focus (outside the window or under a sticky bar).
 */
async function hiddenWhileTabbing(page: Page, scope: string): Promise<{ stops: number; hidden: Focused[] }> {
  const hidden: Focused[] = [];
  let stops = 0;
  for (; stops < 500; stops++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((selector) => document.querySelector(selector)?.contains(document.activeElement) ?? false, scope);
    if (!inside) break;
    const now = await focused(page);
    if (!now.clear) hidden.push(now);
  }
  return { stops, hidden };
}

/** The element is fully inside the window. */
function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

describeE2e('focus and position at 1366×768', () => {
  const app = useApp();

  test('create, open a channel, save, list → editor → back, Tab through the editor, Escape → save and continue', async () => {
    const vvt = app();
    const page = vvt.page;
    await page.setViewportSize({ width: 1366, height: 768 });

    // A register from a template opens on its overview, with the keyboard on its heading.
    vvt.dialogs.nextNewRegisterPath = vvt.file('shop.vvt');
    await new StartPage(page).createRegisterFromTemplate('Muster Shop GmbH', 'online_shop');
    await page.getByTestId('dashboard-completeness').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await focused(page)).name, { timeout: UI_TIMEOUT }).toBe('dashboard-heading');
    expect(await focused(page)).toMatchObject({ clear: true });

    // A channel opened from a list scrolled down starts at its title, focused and in view.
    const channels = await new RegistryNav(page).goToChannels();
    await channels.addWhatsAppBusiness();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.getByTestId('channel-row').first().getByRole('button').click();
    await page.getByTestId('channel-save').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await focused(page)).name, { timeout: UI_TIMEOUT }).toBe('channel-heading');
    expect(await focused(page)).toMatchObject({ clear: true });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Save: the focus stays on Save and the message appears beside it, in view.
    await page.getByTestId('channel-devices').fill('Firmen-Smartphone Kundenservice');
    await page.getByTestId('channel-save').click();
    const status = page.getByTestId('status-message');
    await waitForText(status, 'gespeichert');
    expect((await focused(page)).name).toBe('channel-save');
    expect(await inViewport(status)).toBe(true);
    expect(await status.evaluate((element) => element.closest('.form-actions') !== null)).toBe(true);

    // Tab through the channel (fields, the 15-item checklist, links): nothing hides under the save bar.
    await page.locator('#channel-heading').focus();
    const channelWalk = await hiddenWhileTabbing(page, 'main');
    expect(channelWalk.stops).toBeGreaterThan(40);
    expect(channelWalk.hidden).toEqual([]);
    await page.locator('#channel-heading').focus();

    // Escape leaves the saved channel: back in the list, the keyboard is on the channel's row.
    await page.keyboard.press('Escape');
    await page.getByTestId('channel-row').first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => page.evaluate(() => document.activeElement?.closest('[data-testid="channel-row"]') !== null), { timeout: UI_TIMEOUT }).toBe(true);
    expect(await focused(page)).toMatchObject({ clear: true });

    // List → editor: the editor's heading; back: the row of the activity just edited, in view.
    await page.getByTestId('nav-activities').click();
    await page.getByTestId('activity-row').first().waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.activity-grid').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
    const lastRow = page.getByTestId('activity-row').last();
    const chosen = (await lastRow.getByTestId('activity-open').textContent())!.trim();
    await lastRow.getByTestId('activity-open').click();
    await page.getByTestId('activity-save').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await focused(page)).name, { timeout: UI_TIMEOUT }).toBe('activity-heading');
    await page.getByTestId('activity-cancel').click();
    await page.getByTestId('activity-row').first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()), { timeout: UI_TIMEOUT }).toBe(chosen);
    expect(await focused(page)).toMatchObject({ name: 'activity-open', clear: true });

    // Tab through the whole editor: no focused control is hidden under the sticky bars.
    await page.keyboard.press('Enter');
    await page.getByTestId('activity-save').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await focused(page)).name, { timeout: UI_TIMEOUT }).toBe('activity-heading');
    const editorWalk = await hiddenWhileTabbing(page, '.activity-editor');
    expect(editorWalk.stops).toBeGreaterThan(40);
    expect(editorWalk.hidden).toEqual([]);

    // A section chosen in the section navigation starts just below the sticky header and is the one marked.
    const link = page.getByTestId('activity-section-nav').locator('[data-section="retention"]');
    await link.click();
    await expect.poll(() => link.getAttribute('aria-current'), { timeout: UI_TIMEOUT }).toBe('location');
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const header = document.querySelector('.activity-editor__header')!.getBoundingClientRect();
            const anchor = document.querySelector<HTMLAnchorElement>('[data-testid="activity-section-nav"] [data-section="retention"]')!;
            const section = document.getElementById(anchor.hash.slice(1))!.getBoundingClientRect();
            return section.top >= header.bottom && section.top - header.bottom < 40;
          }),
        { timeout: UI_TIMEOUT },
      )
      .toBe(true);

    // Escape with unsaved edits: "save and continue" saves, the list shows the renamed activity's
    // row (it sorts elsewhere now) with the keyboard on it, and the edits survive a restart.
    await page.getByTestId('nav-activities').click();
    await page.getByTestId('activity-open').first().click();
    const renamed = 'Zahlungsabwicklung im Online-Shop (geprüft)';
    const description = 'Bestellabwicklung im Online-Shop, geprüft am Tag der Umstellung.';
    await page.getByTestId('activity-name').fill(renamed);
    await page.getByTestId('activity-description').fill(description);
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-ok').waitFor({ timeout: UI_TIMEOUT });
    expect((await focused(page)).name).toBe('confirm-cancel');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('activity-row').first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()), { timeout: UI_TIMEOUT }).toBe(renamed);
    expect(await focused(page)).toMatchObject({ name: 'activity-open', clear: true });
    const { items } = await vvt.invoke<ActivityPage>('activities.list', { text: renamed });
    expect(items.map((item) => item.name)).toEqual([renamed]);
    expect((await vvt.invoke<Activity>('activities.get', { id: items[0].id })).description).toBe(description);
    await vvt.restart();
    await new StartPage(vvt.page).openRecent('Muster Shop GmbH');
    await vvt.page.getByTestId('nav-activities').click();
    await vvt.page.getByTestId('activity-open').filter({ hasText: renamed }).click();
    await expect.poll(() => vvt.page.getByTestId('activity-description').inputValue(), { timeout: UI_TIMEOUT }).toBe(description);

    // Closing the register: the start screen with the keyboard on its heading.
    await vvt.page.getByTestId('close-register').click();
    await vvt.page.getByTestId('start-new-register').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await focused(vvt.page)).name, { timeout: UI_TIMEOUT }).toBe('start-heading');
  });
});
