import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { translate } from '../../domain/i18n';
import type { Activity } from '../../domain/model/activity';
import type { Organisation } from '../../domain/model/organisation';
import type { ActivityPage } from '../../domain/model/register';
import { extractPdfText } from '../support/pdf-text';
import { ActivityFieldsPage } from './pages/activity-fields-page';
import { ConfirmDialog } from './pages/confirm-dialog';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForValue } from './support/wait';

const ORGANISATION = 'Muster Handels GmbH';
const ACTIVITY = 'Bewerbermanagement';
const PURPOSE = 'Durchführung des Bewerbungsverfahrens';
const SUBJECTS = 'Bewerberinnen und Bewerber';
const CATEGORY = 'Kontaktdaten';
const TRIGGER = 'Abschluss des Bewerbungsverfahrens';
const INTEREST = 'Verteidigung gegen Ansprüche abgelehnter Bewerber (AGG)';

describeE2e('vertical slice: register → organisation → activity → restart → PDF → delete', () => {
  const app = useApp();

  test('a DPO records an activity, finds it again after a restart, exports the Art. 30 PDF and deletes it', async () => {
    const vvt = app();
    const registerPath = vvt.file('muster.vvt');

    // Create the register; the "save as" dialog answers a temp path.
    vvt.dialogs.nextNewRegisterPath = registerPath;
    let shell = await new StartPage(vvt.page).createRegister(ORGANISATION);
    expect(existsSync(registerPath)).toBe(true);

    // Organisation details.
    const organisation = await shell.goToOrganisation();
    await waitForValue(organisation.page.getByTestId('org-name'), ORGANISATION);
    await organisation.fill({ street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', email: 'info@muster.example', phone: '030 123456' });
    await organisation.fill({ dpoKind: 'external', dpoName: 'Dr. Erika Datenschutz', dpoEmail: 'dsb@muster.example' });
    await organisation.save();
    await shell.waitForStatus(translate('de', 'organisation.saved'));
    await expect
      .poll(() => vvt.invoke<Organisation>('organisation.get').then((o) => [o.address.city, o.dpo.name]), { timeout: UI_TIMEOUT })
      .toEqual(['Berlin', 'Dr. Erika Datenschutz']);

    // A processing activity with purpose, data subjects, data category and retention rule.
    let list = await shell.goToActivities();
    let editor = await list.newActivity();
    await editor.fillBasics({ name: ACTIVITY, reference: 'VT-001', description: 'Eingang und Auswahl von Bewerbungen' });
    await editor.addPurpose({ description: PURPOSE, legalBasis: '6-1-b' });
    await editor.addPurpose({ description: 'Abwehr von Rechtsansprüchen', legalBasis: '6-1-f', legitimateInterest: INTEREST });
    await editor.addDataSubject(SUBJECTS);
    await editor.addDataCategory({ label: CATEGORY });
    await editor.addRetention({ amount: 6, unit: 'months', trigger: TRIGGER });
    await editor.save();
    await shell.waitForStatus(translate('de', 'activity.saved', { name: ACTIVITY }));
    await expect.poll(() => activityNames(), { timeout: UI_TIMEOUT }).toEqual([ACTIVITY]);
    list = await shell.goToActivities();
    await list.waitForRow(ACTIVITY);
    // A second activity, so that "gone after restart" below is checked on a loaded list.
    await vvt.invoke('activities.save', { activity: { id: 'second-activity', name: 'Lohnabrechnung' } });

    // Restart the app: the register comes back through the recent list.
    await vvt.restart();
    shell = await new StartPage(vvt.page).openRecent(ORGANISATION);
    list = await shell.goToActivities();
    await list.waitForRow('Lohnabrechnung');
    await list.search('Bewerber');
    await list.waitForNoRow('Lohnabrechnung');
    editor = await list.open(ACTIVITY);
    await waitForValue(editor.field('activity-name'), ACTIVITY);
    await waitForValue(editor.field('activity-reference'), 'VT-001');
    await waitForValue(editor.field('purpose-description').first(), PURPOSE);
    await waitForValue(editor.field('purpose-legal-basis').first(), '6-1-b');
    await waitForValue(editor.field('purpose-legal-basis').last(), '6-1-f');
    await waitForValue(editor.field('purpose-legitimate-interest'), INTEREST);
    await waitForValue(editor.field('data-subject-input').first(), SUBJECTS);
    await waitForValue(editor.field('data-category-input').first(), CATEGORY);
    await waitForValue(editor.field('retention-amount').first(), '6');
    await waitForValue(editor.field('retention-unit').first(), 'months');
    await waitForValue(editor.field('retention-trigger').first(), TRIGGER);
    // The approval gate (findings engine) also wants the source of the data and the security
    // measures before it lets an activity through: the DPO adds them.
    const workflow = new ActivityFieldsPage(vvt.page);
    await workflow.setSource({ fromDataSubject: true });
    await workflow.setToms({ measureIds: [], specific: 'Zugriff nur für die Personalabteilung' });
    await editor.save();
    await expect
      .poll(() => savedActivity().then((a) => a?.toms.specific), { timeout: UI_TIMEOUT })
      .toBe('Zugriff nur für die Personalabteilung');
    // The record for the authority holds approved activities: review, then approve.
    await workflow.changeStatus('in_review');
    await workflow.changeStatus('approved');
    await editor.cancel();

    // Export the Art. 30 record in German and read the PDF back.
    const pdfPath = vvt.file('art30.pdf');
    vvt.dialogs.nextSavePath = pdfPath;
    list = await shell.goToActivities();
    await list.exportArt30Pdf('de');
    await shell.waitForStatus(translate('de', 'activityList.export.saved', { path: pdfPath }));
    expect(existsSync(pdfPath)).toBe(true);
    expect(vvt.dialogs.calls.at(-1)).toMatchObject({ kind: 'chooseSavePath', args: [{ kind: 'pdf' }] });
    const text = (await extractPdfText(readFileSync(pdfPath))).pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [ORGANISATION, 'Dr. Erika Datenschutz', 'Berlin', ACTIVITY, PURPOSE, SUBJECTS, CATEGORY, TRIGGER]) {
      expect(text).toContain(expected);
    }
    // German edition: the German title and legal-basis citation, not the English ones.
    expect(text).toContain('Verzeichnis von Verarbeitungstätigkeiten');
    expect(text).toContain('Art. 6 Abs. 1 lit. b DSGVO');
    expect(text).not.toContain('Record of processing activities');

    // Delete the activity, with confirmation; it stays gone after a restart.
    editor = await list.open(ACTIVITY);
    await editor.delete();
    await new ConfirmDialog(vvt.page).confirm();
    await shell.waitForStatus(translate('de', 'activity.deleted', { name: ACTIVITY }));
    await expect.poll(() => activityNames(), { timeout: UI_TIMEOUT }).toEqual(['Lohnabrechnung']);
    await vvt.restart();
    shell = await new StartPage(vvt.page).openRecent(ORGANISATION);
    list = await shell.goToActivities();
    await list.waitForRow('Lohnabrechnung');
    expect(await list.rows.filter({ hasText: ACTIVITY }).count()).toBe(0);

    async function savedActivity(): Promise<Activity | undefined> {
      const page = await vvt.invoke<ActivityPage>('activities.list', {});
      const item = page.items.find((entry) => entry.name === ACTIVITY);
      return item ? vvt.invoke<Activity>('activities.get', { id: item.id }) : undefined;
    }

    async function activityNames(): Promise<string[]> {
      const page = await vvt.invoke<ActivityPage>('activities.list', {});
      return page.items.map((item) => item.name);
    }
  });
});
