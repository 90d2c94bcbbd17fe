import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { translate } from '../../domain/i18n';
import type { ChannelWithLinks, QuickSetupResult } from '../../domain/ipc/channels/messaging';
import type { Organisation } from '../../domain/model/organisation';
import { extractPdfText } from '../support/pdf-text';
import { DocumentsPage } from './pages/documents-page';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForNoText, waitForText } from './support/wait';

const ORGANISATION = 'Doku Handel GmbH';
const ACTIVITY = 'Newsletter-Versand';
const ACTIVITY_ID = 'act-newsletter';
const PURPOSE = 'Versand unseres Newsletters';
const NOTICE_TITLE = translate('de', 'notice.title.activity', { name: ACTIVITY });
const ORGANISATION_GAPS = ['controller_address', 'controller_contact', 'supervisory_authority'] as const;

const ACTIVITY_DATA = {
  id: ACTIVITY_ID,
  name: ACTIVITY,
  reference: 'VT-007',
  purposes: [{ id: 'pu-news', description: PURPOSE, legalBases: [{ code: '6-1-a' }], consentRecord: 'Double-Opt-in-Protokoll' }],
  dataCategories: [{ id: 'dc-mail', label: 'E-Mail-Adresse' }],
  retention: [{ id: 'ret-news', description: 'Abonnement', periodAmount: null, periodText: 'bis zum Widerruf der Einwilligung', action: 'delete' }],
  provision: { kind: 'voluntary', obliged: false, consequences: 'Ohne E-Mail-Adresse kein Newsletter.' },
};

const missingLabel = (code: string) => translate('de', `notice.missing.${code}`);

describeE2e('documents: Art. 30 records and privacy notices', () => {
  const app = useApp();

  test('a DPO exports and prints the record, previews, completes, copies and exports a notice', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('doku.vvt');
    const shell = await new StartPage(vvt.page).createRegister(ORGANISATION);
    await vvt.invoke('activities.save', { activity: ACTIVITY_DATA });
    const documents = await DocumentsPage.open(vvt.page);

    // Art. 30 controller record, English, internal version, as PDF.
    const pdfPath = vvt.file('record-en.pdf');
    vvt.dialogs.nextSavePath = pdfPath;
    await documents.chooseRecord({ record: 'controller', variant: 'internal', language: 'en' });
    await documents.saveRecordPdf();
    await shell.waitForStatus(translate('de', 'documentsUi.art30.saved', { path: pdfPath }));
    expect(existsSync(pdfPath)).toBe(true);
    const pdf = (await extractPdfText(readFileSync(pdfPath))).pages.join('\n').replace(/\s+/g, ' ');
    expect(pdf).toContain(translate('en', 'documents.art30.titleMain'));
    expect(pdf).toContain(translate('en', 'documents.art30.variantShort.internal'));
    expect(pdf).toContain(ACTIVITY);
    expect(pdf).not.toContain(translate('de', 'documents.art30.titleMain'));
    expect(await documents.progress.count()).toBe(0);

    // Printing hands the record's HTML to the OS print dialog.
    await documents.print();
    await shell.waitForStatus(translate('de', 'documentsUi.art30.printed'));
    expect(vvt.printer.printed).toHaveLength(1);
    expect(vvt.printer.printed[0].html).toContain(ACTIVITY);
    expect(vvt.printer.printed[0].html).toContain(PURPOSE);

    // The notice of the activity: the empty organisation shows as marked gaps, listed above.
    await documents.chooseNotice(`activity:${ACTIVITY_ID}`, 'de');
    await waitForText(documents.preview, NOTICE_TITLE);
    await waitForText(documents.preview, PURPOSE);
    for (const code of ORGANISATION_GAPS) {
      await waitForText(documents.missingItems, missingLabel(code));
      await waitForText(documents.previewMarkers, translate('de', 'notice.marker', { item: missingLabel(code) }));
    }
    // Every marked gap is listed, each once.
    const markers = new Set(await documents.previewMarkers.allTextContents());
    expect(await documents.missingItems.count()).toBe(markers.size);

    // Fill in the organisation elsewhere; after a refresh its gaps are gone.
    const organisation = await vvt.invoke<Organisation>('organisation.get');
    await vvt.invoke('organisation.save', {
      organisation: {
        ...organisation,
        address: { ...organisation.address, street: 'Hafenstraße 5', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
        email: 'datenschutz@doku.example',
        phone: '040 123456',
        dpo: { ...organisation.dpo, kind: 'external', name: 'Dr. Daten', email: 'dsb@doku.example' },
        supervisoryAuthority: { ...organisation.supervisoryAuthority, name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit' },
      },
    });
    await documents.refresh();
    for (const code of ORGANISATION_GAPS) {
      await waitForNoText(documents.missingItems, missingLabel(code));
      await waitForNoText(documents.previewMarkers, missingLabel(code));
    }
    await waitForText(documents.preview, 'Hafenstraße 5');

    // Copy as HTML: the clipboard gets the notice with the purpose.
    await documents.copy('html');
    await shell.waitForStatus(/HTML/);
    const copied = vvt.clipboardWrites.at(-1);
    expect(copied?.html).toContain(PURPOSE);
    expect(copied?.html).toContain('<h2>');
    expect(copied?.text).toContain(PURPOSE);

    // Export as Markdown: the file starts with the notice's heading.
    const markdownPath = vvt.file('notice.md');
    vvt.dialogs.nextSavePath = markdownPath;
    await documents.exportNotice('markdown');
    await shell.waitForStatus(translate('de', 'documentsUi.notice.exported', { path: markdownPath }));
    expect(vvt.dialogs.calls.at(-1)).toMatchObject({ kind: 'chooseSavePath', args: [{ kind: 'markdown' }] });
    const markdown = readFileSync(markdownPath, 'utf8');
    expect(markdown).toContain(`## ${NOTICE_TITLE}`);
    expect(markdown).toContain(PURPOSE);
  });

  test('the notice of a WhatsApp channel names the provider', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('whatsapp.vvt');
    await new StartPage(vvt.page).createRegister(ORGANISATION);
    const documents = await DocumentsPage.open(vvt.page);

    const setup = await vvt.invoke<QuickSetupResult>('channels.quickSetup', { catalogueId: 'whatsapp_business_app', purpose: 'customer_support', language: 'de' });
    const { channel, provider } = await vvt.invoke<ChannelWithLinks>('channels.get', { id: setup.channelId });
    expect(provider?.name).toBeTruthy();

    await documents.refresh();
    await documents.chooseNotice(`channel:${setup.channelId}`, 'de');
    await waitForText(documents.preview, translate('de', 'notice.title.channel', { name: channel.name }));
    await waitForText(documents.preview, provider!.name);
    await expect.poll(() => documents.missingItems.count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
  });
});
