import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Activity } from '../../domain/model/activity';
import { StartPage } from './pages/start-page';
import { DocumentsPage } from './pages/documents-page';
import { approvableActivity } from './support/approvable-activity';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText } from './support/wait';

describeE2e('JSON export and import keep approvals, and the app says what happened', () => {
  const app = useApp();

  test('export → import keeps the approved revision; a format-1 file lists the approvals it assumes', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('quelle.vvt');
    await new StartPage(vvt.page).createRegister('Quelle GmbH');
    const saved = await vvt.invoke<Activity>('activities.save', { activity: approvableActivity('a-pay', 'Lohnabrechnung') });
    await vvt.invoke('activities.approve', { id: saved.id, version: saved.version });
    const approved = await vvt.invoke<{ revision: unknown }>('approval.state', { id: 'a-pay', language: 'de' });

    await DocumentsPage.open(vvt.page);
    const json = vvt.file('quelle.json');
    vvt.dialogs.nextSavePath = json;
    await vvt.page.getByTestId('export-json').click();
    await waitForText(vvt.page.getByTestId('status-message'), json);

    vvt.dialogs.nextFileToOpen = json;
    vvt.dialogs.nextNewRegisterPath = vvt.file('kopie.vvt');
    await vvt.page.getByTestId('import-json').click();
    const report = vvt.page.getByTestId('json-import-report');
    await report.waitFor({ timeout: UI_TIMEOUT });
    await waitForText(report, '1 freigegebene Fassung übernommen');
    await waitForText(report, 'Das Änderungsprotokoll wird nicht übernommen');
    // The same approval (who, when, version), not a new one made by the import.
    expect(await vvt.invoke('approval.state', { id: 'a-pay', language: 'de' })).toMatchObject({ revision: approved.revision, pending: false });

    const old = JSON.parse(readFileSync(json, 'utf8'));
    old.formatVersion = 1;
    delete old.register.approvedRevisions;
    delete old.register.submissions;
    const oldFile = vvt.file('alt.json');
    writeFileSync(oldFile, JSON.stringify(old));
    vvt.dialogs.nextFileToOpen = oldFile;
    vvt.dialogs.nextNewRegisterPath = vvt.file('alt.vvt');
    await vvt.page.getByTestId('import-json').click();
    await waitForText(vvt.page.getByTestId('json-import-report'), 'Import aus „alt.json“');
    await waitForText(vvt.page.getByTestId('json-import-report'), '– Lohnabrechnung (a-pay)');
    const state = await vvt.invoke<{ revision: { approvedBy: string } }>('approval.state', { id: 'a-pay', language: 'de' });
    expect(state.revision.approvedBy).toMatch(/^Import aus „alt\.json“ am \d{4}-\d{2}-\d{2} \(Datei ohne Freigabedaten\)$/);
    await vvt.page.getByTestId('json-import-report-dismiss').click();
    expect(await vvt.page.getByTestId('json-import-report').count()).toBe(0);
  });
});
