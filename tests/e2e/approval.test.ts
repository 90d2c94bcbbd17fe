import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { translate } from '../../domain/i18n';
import type { Activity } from '../../domain/model/activity';
import { extractPdfText } from '../support/pdf-text';
import { ApprovalPage } from './pages/approval-page';
import { DocumentsPage } from './pages/documents-page';
import { StartPage } from './pages/start-page';
import { PAYROLL_DESCRIPTION, approvableActivity } from './support/approvable-activity';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText } from './support/wait';

const APPROVED_TEXT = PAYROLL_DESCRIPTION;
const EDITED_TEXT = 'Abrechnung künftig über den Steuerberater';

async function pdfText(path: string): Promise<string> {
  return (await extractPdfText(readFileSync(path))).pages.join('\n').replace(/\s+/g, ' ');
}

describeE2e('approval: gate, approved revisions, check before the authority export', () => {
  const app = useApp();

  test('approving an activity with an error is refused and the error is listed with a link', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('gate.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Gate GmbH');
    await vvt.invoke('activities.save', {
      activity: approvableActivity('a-health', 'Betriebsärztliche Untersuchung', { dataCategories: [{ id: 'a-health-c', label: 'Diagnosen', special: 'art9' }] }),
    });
    const list = await shell.goToActivities();
    await list.open('Betriebsärztliche Untersuchung');
    const approval = new ApprovalPage(vvt.page);
    await approval.clickTransition('approved');
    await approval.question.waitFor({ timeout: UI_TIMEOUT });
    expect(await approval.question.getAttribute('data-kind')).toBe('blocked');
    await waitForText(approval.question, translate('de', 'approval.dialog.blockedTitle'));
    // The gate's findings come from the engine: data-code is the rule id.
    expect(await vvt.page.getByTestId('approval-question-finding').getAttribute('data-code')).toBe('special.art9-basis-missing');
    await approval.waitForStatus('in_review');
    expect(await vvt.invoke('approval.state', { id: 'a-health', language: 'de' })).toMatchObject({ revision: null });
    expect((await vvt.invoke<Activity>('activities.get', { id: 'a-health' })).status).toBe('in_review');
  });

  test('an edit after approval leaves the authority PDF with the approved text until it is approved again', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('revision.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Revision GmbH');
    await vvt.invoke('activities.save', { activity: approvableActivity('a-pay', 'Lohnabrechnung') });
    let list = await shell.goToActivities();
    const editor = await list.open('Lohnabrechnung');
    const approval = new ApprovalPage(vvt.page);
    await approval.approve();
    await waitForText(approval.revision, 'E2E');

    // Edit the approved activity: it becomes a working draft with a change in progress.
    await editor.fillBasics({ description: EDITED_TEXT });
    await editor.save();
    await approval.waitForStatus('draft');
    await vvt.page.getByTestId('activity-pending-change').waitFor({ timeout: UI_TIMEOUT });
    await waitForText(vvt.page.getByTestId('approved-revision-change'), EDITED_TEXT);

    const exportAuthority = async (name: string) => {
      const documents = await DocumentsPage.open(vvt.page);
      const path = vvt.file(name);
      vvt.dialogs.nextSavePath = path;
      await documents.chooseRecord({ record: 'controller', variant: 'authority', language: 'de' });
      await documents.saveRecordPdf();
      await shell.waitForStatus(translate('de', 'documentsUi.art30.saved', { path }));
      return pdfText(path);
    };
    const first = await exportAuthority('behoerde-1.pdf');
    expect(first).toContain(APPROVED_TEXT);
    expect(first).not.toContain(EDITED_TEXT);

    // Review and approve the change: now the authority version prints it.
    list = await shell.goToActivities();
    await list.open('Lohnabrechnung');
    await approval.clickTransition('in_review');
    await approval.waitForStatus('in_review');
    await approval.approve();
    const second = await exportAuthority('behoerde-2.pdf');
    expect(second).toContain(EDITED_TEXT);
    expect(second).not.toContain(APPROVED_TEXT);
  });

  test('the export check lists the missing organisation address before the file is written; the saved PDF can be opened', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('check.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Prüf GmbH');
    await vvt.invoke('activities.save', { activity: approvableActivity('a-1', 'Nur ein Entwurf', { status: 'draft' }) });
    await DocumentsPage.open(vvt.page);
    const gap = vvt.page.locator('[data-testid="export-check-gap"][data-code="controller_address"]');
    await gap.waitFor({ timeout: UI_TIMEOUT });
    await waitForText(gap, translate('de', 'approval.exportCheck.gaps.controller_address'));
    await waitForText(vvt.page.getByTestId('export-check-printed'), translate('de', 'approval.exportCheck.printed', { printed: 0, total: 1 }));
    // Nothing has been written or asked yet.
    const path = vvt.file('pruef.pdf');
    expect(existsSync(path)).toBe(false);
    expect(vvt.dialogs.calls.filter((c) => c.kind === 'chooseSavePath')).toHaveLength(0);

    // The link leads to the address field of the organisation sheet.
    await gap.getByRole('button').click();
    await expect.poll(() => vvt.page.evaluate(() => document.activeElement?.id), { timeout: UI_TIMEOUT }).toBe('org-street');

    const again = await DocumentsPage.open(vvt.page);
    vvt.dialogs.nextSavePath = path;
    await again.saveRecordPdf();
    await shell.waitForStatus(translate('de', 'documentsUi.art30.saved', { path }));
    expect(vvt.dialogs.calls.at(-1)?.args[0]).toMatchObject({ suggestedName: expect.stringMatching(/^VVT-Aufsichtsbehoerde-de-\d{4}-\d{2}-\d{2} Prüf GmbH\.pdf$/) });
    await vvt.page.getByTestId('doc-open-pdf').click();
    await vvt.page.getByTestId('doc-open-folder').click();
    await expect.poll(() => [vvt.files.opened, vvt.files.shown], { timeout: UI_TIMEOUT }).toEqual([[path], [path]]);
  });
});
