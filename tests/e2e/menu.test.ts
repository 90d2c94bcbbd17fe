import { expect, test } from 'vitest';
import { translate } from '../../domain/i18n';
import type { ActivityPage } from '../../domain/model/register';
import { ActivityEditorPage } from './pages/activity-editor-page';
import { ActivityListPage } from './pages/activity-list-page';
import { AppShell } from './pages/app-shell';
import { OrganisationPage } from './pages/organisation-page';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';

describeE2e('application menu', () => {
  const app = useApp();

  test("main's menu commands drive the renderer: views, new activity, export, close, open", async () => {
    const vvt = app();
    const path = vvt.file('menu.vvt');
    vvt.dialogs.nextNewRegisterPath = path;
    const shell = await new StartPage(vvt.page).createRegister('Menü GmbH');

    await vvt.fireMenuCommand('view.organisation');
    await new OrganisationPage(vvt.page).waitUntilShown();
    await vvt.fireMenuCommand('view.activities');
    await new ActivityListPage(vvt.page).waitUntilShown();

    await vvt.fireMenuCommand('activity.new');
    const editor = await new ActivityEditorPage(vvt.page).waitUntilShown();
    await editor.fillBasics({ name: 'Kundenservice' });
    await editor.save();
    await shell.waitForStatus(translate('de', 'activity.saved', { name: 'Kundenservice' }));

    const pdfPath = vvt.file('menu.pdf');
    vvt.dialogs.nextSavePath = pdfPath;
    await vvt.fireMenuCommand('documents.art30');
    await shell.waitForStatus(translate('de', 'activityList.export.saved', { path: pdfPath }));

    await vvt.fireMenuCommand('register.close');
    await new StartPage(vvt.page).waitUntilShown();
    expect(await vvt.invoke('register.current')).toBeNull();

    vvt.dialogs.nextOpenPath = path;
    await vvt.fireMenuCommand('register.open');
    await new AppShell(vvt.page).waitUntilRegisterOpen();
    const list = await new AppShell(vvt.page).goToActivities();
    await list.waitForRow('Kundenservice');
    expect((await vvt.invoke<ActivityPage>('activities.list', {})).total).toBe(1);
  });
});
