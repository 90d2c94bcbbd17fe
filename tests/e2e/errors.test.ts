import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import type { ActivityPage } from '../../domain/model/register';
import type { VvtWindow } from '../support/browser-bridge';
import { AppShell } from './pages/app-shell';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText } from './support/wait';

describeE2e('errors', () => {
  const app = useApp();

  test('an invalid IPC payload from the page answers a validation error and the app keeps working', async () => {
    const vvt = app();
    const answer = await vvt.page.evaluate(() => (window as unknown as VvtWindow).vvt.api['activities.save']({ activity: {} } as never));
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });

    vvt.dialogs.nextNewRegisterPath = vvt.file('weiter.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Weiter GmbH');
    const list = await shell.goToActivities();
    await list.newActivity();
  });

  test('an unknown channel through the raw invoke is rejected', async () => {
    const { page } = app();
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as VvtWindow;
      return {
        raw: await w.__vvtInvoke('shell.openPath', { path: '/etc/passwd' }),
        named: typeof (w.vvt.api as unknown as Record<string, unknown>)['shell.openPath'],
      };
    });
    expect(outcome).toMatchObject({ raw: { ok: false, error: { code: 'unknown_channel' } }, named: 'undefined' });
  });

  test('saving an activity without a name shows a field error and saves nothing', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('leer.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Leer GmbH');
    const editor = await (await shell.goToActivities()).newActivity();
    await editor.fillBasics({ name: '', description: 'Ohne Namen' });
    await editor.save();
    await shell.fieldErrors.first().waitFor({ timeout: UI_TIMEOUT });
    await vvt.page.locator('[data-testid="activity-name"][aria-invalid="true"]').waitFor({ timeout: UI_TIMEOUT });
    const page = await vvt.invoke<ActivityPage>('activities.list', {});
    expect(page.total).toBe(0);
  });

  test('a register file from a newer app version is refused with a German message', async () => {
    const vvt = app();
    const path = vvt.file('zukunft.vvt');
    vvt.dialogs.nextNewRegisterPath = path;
    await vvt.invoke('register.create', { organisationName: 'Zukunft AG' });
    await vvt.invoke('register.close');
    const db = new Database(path);
    const version = db.pragma('user_version', { simple: true }) as number;
    db.pragma(`user_version = ${version + 10}`);
    db.close();

    vvt.dialogs.nextOpenPath = path;
    await new StartPage(vvt.page).openRegister();
    const shell = new AppShell(vvt.page);
    await shell.waitForError('neueren Version');
    await waitForText(shell.error, String(version + 10));
    expect(await vvt.invoke('register.current')).toBeNull();
  });
});
