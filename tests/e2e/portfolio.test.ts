import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { createClient, createOldClient } from '../services/portfolio/client-files';
import { ConfirmDialog } from './pages/confirm-dialog';
import { PortfolioPage } from './pages/portfolio-page';
import { RegistryNav } from './pages/registry-pages';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText, waitForValue } from './support/wait';

const META = 'Meta Platforms, Inc.';
const CHECKED = '2026-11-30';

describeE2e('client portfolio', () => {
  const app = useApp();

  test('lists the clients, filters the overdue one, opens it and comes back; a DPF check applied to three clients lands in each', async () => {
    const vvt = app();
    const folder = vvt.file('Mandanten');
    const files = {
      korn: join(folder, 'Bäckerei Korn.vvt'),
      praxis: join(folder, 'Praxen', 'Praxis Weiß.vvt'),
      verein: join(folder, 'Sportverein.vvt'),
      schule: join(folder, 'Musikschule.vvt'),
    };
    await createClient(files.korn, { organisation: 'Bäckerei Korn', expiredAvv: true });
    await createClient(files.praxis, { organisation: 'Praxis Dr. Weiß', provider: META });
    await createClient(files.verein, { organisation: 'Sportverein 1910', provider: META });
    await createClient(files.schule, { organisation: 'Musikschule Klang', provider: META });
    createOldClient(join(folder, 'Altbestand.vvt'), 1);

    await new StartPage(vvt.page).waitUntilShown();
    await vvt.page.getByTestId('start-portfolio').click();
    const portfolio = await new PortfolioPage(vvt.page).waitUntilShown();
    await portfolio.addFolder(folder);
    await portfolio.expectRows(5);
    await waitForText(portfolio.row('Altbestand GmbH'), /wird beim Öffnen aktualisiert/);

    await portfolio.filter('overdue');
    await portfolio.expectRows(1);
    await waitForText(portfolio.rows, 'Bäckerei Korn');
    await portfolio.open('Bäckerei Korn');
    await waitForText(vvt.page.getByTestId('header-organisation'), 'Bäckerei Korn');

    // Back to the portfolio from the open register, and back again.
    await vvt.page.getByTestId('shell-portfolio').click();
    await portfolio.waitUntilShown();
    await portfolio.expectRows(1);
    await vvt.page.getByTestId('portfolio-back').click();
    await waitForText(vvt.page.getByTestId('header-organisation'), 'Bäckerei Korn');
    await vvt.page.getByTestId('shell-portfolio').click();
    await portfolio.filter('all');
    await portfolio.expectRows(5);

    // The DPF check, once for every client that relies on the provider.
    await portfolio.tab('update');
    await vvt.page.getByTestId('portfolio-update-party').fill(META);
    await vvt.page.getByTestId('portfolio-update-checked-on').fill(CHECKED);
    await vvt.page.getByTestId('portfolio-update-preview').click();
    const preview = vvt.page.getByTestId('portfolio-preview-client');
    await expect.poll(() => preview.count(), { timeout: UI_TIMEOUT }).toBe(5);
    await waitForText(preview.filter({ hasText: 'Praxis Dr. Weiß' }), /Änderungen: 1/);
    await waitForText(preview.filter({ hasText: 'Bäckerei Korn' }), /nichts zu ändern/);
    const apply = vvt.page.getByTestId('portfolio-update-apply');
    await waitForText(apply, 'Für 3 Mandanten übernehmen');
    await apply.click();
    await new ConfirmDialog(vvt.page).confirm();
    await waitForText(vvt.page.getByTestId('portfolio-update-report'), '3 Mandanten geändert, 0 ohne Änderung, 0 übersprungen.');

    // Each client shows the new date, and its change log names the change.
    await portfolio.tab('clients');
    for (const name of ['Praxis Dr. Weiß', 'Sportverein 1910', 'Musikschule Klang']) {
      await portfolio.open(name);
      await waitForText(vvt.page.getByTestId('header-organisation'), name);
      const parties = await new RegistryNav(vvt.page).goToParties();
      await parties.open(META);
      await waitForValue(vvt.page.getByTestId('party-dpf-checked'), CHECKED);
      await vvt.page.getByTestId('shell-portfolio').click();
      await portfolio.waitUntilShown();
    }
    await vvt.invoke('register.close');
    for (const path of [files.praxis, files.verein, files.schule]) {
      const store = SqliteRegisterStore.open(path, { create: false, actor: 'check' });
      const [entry] = await store.changeLog.list({ entity: 'party', entityId: 'p-meta', limit: 1 });
      await store.close();
      expect(entry).toMatchObject({ actor: 'E2E', action: 'update', after: expect.objectContaining({ dpfCheckedOn: CHECKED }) });
    }
  });
});
