// Closed selects cannot wrap: at 1366×768, in German and in English, every select on the main
// views must be wide enough for each of its options ("Nicht zutreffen", "Auftragsverarbeitungs-
// vertrag (" were cut before), so whatever the DPO chooses stays readable.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { RegistryNav } from './pages/registry-pages';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { clippedSelects, type ClippedSelect } from './support/clipped-selects';
import { UI_TIMEOUT, waitForValue } from './support/wait';

/**
 * Selects whose options are the legal wording of the catalogue (Art. 9(2)(d) runs to 140
 * characters): the open list shows them in full, the closed select only its chosen option —
 * which must still fit.
 */
const CHOSEN_ONLY = new Set(['purpose-legal-basis', 'purpose-legal-basis-additional']);

const VIEWS = ['dashboard', 'organisation', 'activities', 'documents', 'processor', 'toms', 'parties', 'channels', 'reminders', 'history', 'backups'] as const;

/** Resolves once the page has not changed for 200 ms (lists and options loaded after the heading). */
function domSettled(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const quiet = (): number => window.setTimeout(() => (observer.disconnect(), resolve()), 200);
        let timer = quiet();
        const observer = new MutationObserver(() => {
          window.clearTimeout(timer);
          timer = quiet();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
  );
}

async function cutSelects(page: Page): Promise<ClippedSelect[]> {
  await domSettled(page);
  const [anyOption, chosen] = [await clippedSelects(page, { allOptions: true }), await clippedSelects(page)];
  return [...anyOption.filter((cut) => !CHOSEN_ONLY.has(cut.select)), ...chosen.filter((cut) => CHOSEN_ONLY.has(cut.select))];
}

describeE2e('select texts are not cut off at 1366×768', () => {
  const app = useApp();

  test('every select on the main views, the editors included, fits its options in German and English', async () => {
    const vvt = app();
    const page = vvt.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const cut: Record<string, ClippedSelect[]> = {};
    let checked = 0;
    const check = async (where: string): Promise<void> => {
      const found = await cutSelects(page);
      checked += await page.locator('select:visible').count();
      if (found.length > 0) cut[where] = found;
    };

    await page.getByTestId('start-new-register').click();
    await check('de start');
    await page.getByTestId('language-select').selectOption('en');
    await check('en start');
    await page.getByTestId('language-select').selectOption('de');

    vvt.dialogs.nextNewRegisterPath = vvt.file('shop.vvt');
    await new StartPage(page).createRegisterFromTemplate('Muster Shop GmbH', 'online_shop');
    const channels = await new RegistryNav(page).goToChannels();
    await channels.addWhatsAppBusiness();

    for (const language of ['de', 'en'] as const) {
      await page.getByTestId('language-select').selectOption(language);
      await waitForValue(page.getByTestId('language-select'), language);
      for (const view of VIEWS) {
        await page.getByTestId(`nav-${view}`).click();
        await page.locator('main h1').first().waitFor({ timeout: UI_TIMEOUT });
        await check(`${language} ${view}`);
      }
      // The editors with every section open: recipients, retention, transfers, contracts, checklist.
      await page.getByTestId('nav-activities').click();
      await page.getByTestId('activity-open').first().click();
      await page.getByTestId('sections-expand').click();
      await check(`${language} activity editor`);
      await page.getByTestId('nav-parties').click();
      await page.getByTestId('party-row').first().click();
      await page.getByTestId('party-save').waitFor({ timeout: UI_TIMEOUT });
      await check(`${language} party editor`);
      await page.getByTestId('nav-channels').click();
      await page.getByTestId('channel-row').first().getByRole('button').click();
      await page.getByTestId('channel-save').waitFor({ timeout: UI_TIMEOUT });
      await check(`${language} channel editor`);
      await page.getByTestId('nav-dashboard').click();
    }
    expect(cut).toEqual({});
    // The walk really met the selects (150 in this register), not empty pages.
    expect(checked).toBeGreaterThan(100);
  });
});
