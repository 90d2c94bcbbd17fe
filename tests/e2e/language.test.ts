import { expect, test } from 'vitest';
import { messages } from '../../domain/i18n';
import type { Settings } from '../../domain/model/register';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { waitForText, waitForValue } from './support/wait';

const { de, en } = messages;

describeE2e('language', () => {
  const app = useApp();

  test('switching to English changes the labels, and English survives a restart', async () => {
    const vvt = app();
    const start = await new StartPage(vvt.page).waitUntilShown();
    await waitForText(vvt.page.getByTestId('start-new-register'), de.start.newRegister);

    vvt.dialogs.nextNewRegisterPath = vvt.file('sprache.vvt');
    const shell = await start.createRegister('Sprache GmbH');
    await waitForText(vvt.page.getByTestId('nav-activities'), de.app.nav.activities);
    await waitForText(vvt.page.getByTestId('nav-organisation'), de.app.nav.organisation);

    await shell.setLanguage('en');
    await waitForText(vvt.page.getByTestId('nav-activities'), en.app.nav.activities);
    expect(await vvt.page.getByTestId('nav-activities').textContent()).not.toContain(de.app.nav.activities);
    await expect.poll(() => vvt.invoke<Settings>('settings.get').then((s) => s.language)).toBe('en');

    await vvt.restart();
    await new StartPage(vvt.page).waitUntilShown();
    await waitForText(vvt.page.getByTestId('start-new-register'), en.start.newRegister);
    const reopened = await new StartPage(vvt.page).openRecent('Sprache GmbH');
    await waitForText(vvt.page.getByTestId('nav-activities'), en.app.nav.activities);
    await waitForValue(reopened.languageSelect, 'en');
  });
});
