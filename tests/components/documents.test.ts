import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { toHtml, type NoticeMissingItem, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import type { ChannelWithLinks } from '../../domain/ipc/channels/messaging';
import type { NoticePreview } from '../../domain/ipc/channels/notices';
import { ChannelSchema } from '../../domain/model/channel';
import { allByTestId, byTestId, click, makeActivity, makeOrganisation, mountApp, openRegisterHandlers } from './support/app';
import type { FakeHandlers } from './support/fake-bridge';

const PAYROLL = makeActivity();
const MISSING: NoticeMissingItem[] = [
  { element: 'controller', code: 'controller_address', label: 'Anschrift des Verantwortlichen' },
  { element: 'storage_period', code: 'retention', label: 'Speicherdauer' },
  { element: 'transfers', code: 'channel_transfer', label: 'Übermittlung an den Anbieter' },
];

function preview(missing: NoticeMissingItem[], extraHtml = ''): NoticePreview {
  const notice: PrivacyNotice = {
    subject: { kind: 'activity', activityId: PAYROLL.id },
    language: 'de',
    article: 'art13',
    title: 'Datenschutzhinweise: Lohnabrechnung',
    intro: [],
    sections: [
      {
        element: 'controller',
        number: 1,
        reference: 'Art. 13 Abs. 1 lit. a DSGVO',
        heading: 'Name und Kontaktdaten des Verantwortlichen',
        paragraphs: [
          {
            kind: 'paragraph',
            runs: [
              { kind: 'text', text: 'Muster GmbH, ' },
              ...missing.map((item) => ({ kind: 'missing' as const, code: item.code, text: `[FEHLT: ${item.label}]` })),
            ],
          },
        ],
        status: missing.length ? 'missing' : 'complete',
        missing: missing.map((item) => item.code),
        highlighted: false,
      },
    ],
    missing,
  };
  return { notice, html: toHtml(notice) + extraHtml, missing };
}

const WHATSAPP: ChannelWithLinks = {
  channel: ChannelSchema.parse({ id: 'ch-wa', catalogueId: 'whatsapp_business_app', name: 'WhatsApp Business' }),
  provider: { id: 'p-meta', name: 'WhatsApp Ireland Ltd.' },
  activities: [{ id: 'act-support', name: 'Kundenservice' }],
  openChecklistItems: 3,
  catalogue: null,
};

function handlers(overrides: FakeHandlers = {}): FakeHandlers {
  return {
    ...openRegisterHandlers([PAYROLL]),
    'processorRecords.list': () => [],
    'channels.list': () => [WHATSAPP],
    'notices.preview': () => preview(MISSING),
    'notices.copy': () => ({ missingCount: 3 }),
    'documents.warmUp': () => true,
    ...overrides,
  };
}

async function openDocuments(overrides: FakeHandlers = {}) {
  const mounted = await mountApp(handlers(overrides));
  await click(mounted.wrapper, 'nav-documents');
  return mounted;
}

async function chooseSubject(wrapper: VueWrapper, value: string): Promise<void> {
  await byTestId(wrapper, 'notice-subject').setValue(value);
  await flushPromises();
}

describe('documents view: Art. 30 records', () => {
  it('offers the processor record only when the organisation acts as processor', async () => {
    const { wrapper, fake } = await openDocuments();
    expect(byTestId(wrapper, 'nav-documents').attributes('aria-current')).toBe('page');
    expect(byTestId(wrapper, 'doc-record').findAll('option').map((o) => o.element.value)).toEqual(['controller']);

    // Opening the view lets main warm up the PDF workers for the export that usually follows.
    expect(fake.api['documents.warmUp']).toHaveBeenCalledTimes(1);

    const processor = await openDocuments({ 'organisation.get': () => makeOrganisation({ actsAsProcessor: true }) });
    expect(byTestId(processor.wrapper, 'doc-record').findAll('option').map((o) => o.element.value)).toEqual(['controller', 'processor']);
  });

  it('saves the chosen record as PDF and reports where', async () => {
    const { wrapper, fake } = await openDocuments({
      'organisation.get': () => makeOrganisation({ actsAsProcessor: true }),
      'documents.exportArt30Pdf': () => ({ path: '/home/dpo/Record.pdf', bytes: 1000 }),
    });
    await byTestId(wrapper, 'doc-record').setValue('processor');
    await byTestId(wrapper, 'doc-variant').setValue('internal');
    expect(byTestId(wrapper, 'doc-variant-hint').text()).toContain('archivierte Tätigkeiten eingeschlossen');
    await byTestId(wrapper, 'doc-language').setValue('en');
    await click(wrapper, 'doc-save-pdf');

    expect(fake.payloads('documents.exportArt30Pdf')).toEqual([{ language: 'en', variant: 'internal', record: 'processor', includeUnapproved: false }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Das PDF wurde gespeichert: /home/dpo/Record.pdf');
  });

  it('shows the progress from main in a progress bar and cancels the job', async () => {
    let finish: (value: null) => void = () => {};
    const { wrapper, fake } = await openDocuments({
      'documents.exportArt30Pdf': () => new Promise<null>((resolve) => (finish = resolve)),
      'documents.cancel': () => {
        finish(null);
        return true;
      },
    });
    expect(allByTestId(wrapper, 'doc-progress')).toHaveLength(0);

    await click(wrapper, 'doc-save-pdf');
    const bar = () => byTestId(wrapper, 'doc-progress');
    expect(bar().attributes('role')).toBe('progressbar');
    expect(bar().attributes('aria-valuenow')).toBeUndefined();

    fake.progress({ task: 'documents.layout', done: 1, total: 4 });
    await flushPromises();
    expect(bar().attributes('aria-valuenow')).toBe('25');
    fake.progress({ task: 'documents.render', done: 3, total: 10 });
    await flushPromises();
    expect(bar().attributes('aria-valuenow')).toBe('30');
    expect(bar().attributes('aria-valuetext')).toBe('Seiten werden geschrieben: 3 von 10');
    expect(byTestId(wrapper, 'doc-progress-live').text()).toBe('PDF wird erstellt: Seiten werden geschrieben');

    await click(wrapper, 'doc-cancel');
    expect(fake.api['documents.cancel']).toHaveBeenCalledTimes(1);
    expect(allByTestId(wrapper, 'doc-progress')).toHaveLength(0);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Erstellung des Dokuments wurde abgebrochen.');
  });

  it('prints drafts into the authority version only when the preview is ticked', async () => {
    const { wrapper, fake } = await openDocuments({ 'documents.print': () => 'printed' });
    await byTestId(wrapper, 'doc-include-unapproved').setValue(true);
    await click(wrapper, 'doc-print');
    expect(fake.payloads('documents.print')).toEqual([{ language: 'de', variant: 'authority', record: 'controller', includeUnapproved: true }]);
  });

  it('prints the record, also from the menu while the view is open', async () => {
    const { wrapper, fake } = await openDocuments({ 'documents.print': () => 'printed' });
    await click(wrapper, 'doc-print');
    expect(fake.payloads('documents.print')).toEqual([{ language: 'de', variant: 'authority', record: 'controller', includeUnapproved: false }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Das Verzeichnis wurde an den Drucker übergeben.');

    fake.menu('print');
    await flushPromises();
    expect(fake.api['documents.print']).toHaveBeenCalledTimes(2);
  });
});

describe('documents view: privacy notices', () => {
  it('lists activities and channels, previews the notice sanitised and lists what is missing', async () => {
    // The controller's contact is marked twice in the notice; the list names it once.
    const twice = [...MISSING, { ...MISSING[0], element: 'rights' as const }];
    const { wrapper, fake } = await openDocuments({ 'notices.preview': () => preview(twice, '<script>window.evil = 1</script><img src="x" onerror="window.evil = 2">') });
    const options = byTestId(wrapper, 'notice-subject').findAll('option').map((o) => o.element.value);
    expect(options).toEqual(['', `activity:${PAYROLL.id}`, 'channel:ch-wa']);

    await chooseSubject(wrapper, `activity:${PAYROLL.id}`);
    expect(fake.payloads('notices.preview')).toEqual([{ subject: { kind: 'activity', activityId: PAYROLL.id }, language: 'de' }]);
    const shown = byTestId(wrapper, 'notice-preview');
    expect(shown.find('h2').text()).toBe('Datenschutzhinweise: Lohnabrechnung');
    expect(shown.findAll('mark.privacy-notice-missing')).toHaveLength(4);
    expect(shown.html()).not.toMatch(/script|onerror|<img/);
    expect((window as unknown as { evil?: number }).evil).toBeUndefined();

    expect(byTestId(wrapper, 'notice-missing-summary').text()).toBe('3 Angaben fehlen; sie sind in der Vorschau markiert:');
    const items = allByTestId(wrapper, 'notice-missing-item');
    expect(items.map((item) => item.text().replace(/\s+/g, ' '))).toEqual([
      'Anschrift des Verantwortlichen Im Organisationsblatt ergänzen',
      'Speicherdauer In „Lohnabrechnung“ ergänzen',
      'Übermittlung an den Anbieter In den Einstellungen des Kanals ergänzen',
    ]);

    await byTestId(wrapper, 'notice-language').setValue('en');
    await flushPromises();
    expect(fake.payloads('notices.preview').at(-1)).toEqual({ subject: { kind: 'activity', activityId: PAYROLL.id }, language: 'en' });
  });

  it('leads to the place where a missing detail is entered', async () => {
    const { wrapper } = await openDocuments();
    await chooseSubject(wrapper, `activity:${PAYROLL.id}`);
    await allByTestId(wrapper, 'notice-missing-fix')[1].trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohnabrechnung');

    await click(wrapper, 'nav-documents');
    expect(byTestId(wrapper, 'notice-subject').element).toHaveProperty('value', `activity:${PAYROLL.id}`);
    await allByTestId(wrapper, 'notice-missing-fix')[0].trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, 'org-name').exists()).toBe(true);
  });

  it('warns before copying a notice with missing details and copies only when confirmed', async () => {
    const { wrapper, fake } = await openDocuments();
    await chooseSubject(wrapper, 'channel:ch-wa');

    await click(wrapper, 'notice-copy-html');
    expect(byTestId(wrapper, 'confirm-ok').exists()).toBe(true);
    expect(document.body.textContent).toContain('Im Hinweis fehlen noch 3 Angaben.');
    await click(wrapper, 'confirm-cancel');
    expect(fake.api['notices.copy']).not.toHaveBeenCalled();

    await click(wrapper, 'notice-copy-html');
    await click(wrapper, 'confirm-ok');
    expect(fake.payloads('notices.copy')).toEqual([{ subject: { kind: 'channel', channelId: 'ch-wa' }, language: 'de', format: 'html' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Der Hinweis wurde als HTML kopiert; fehlende Angaben sind darin als „FEHLT“ markiert.');
  });

  it('copies a complete notice at once and exports it in the chosen format', async () => {
    const { wrapper, fake } = await openDocuments({
      'notices.preview': () => preview([]),
      'notices.copy': () => ({ missingCount: 0 }),
      'notices.export': () => ({ path: '/home/dpo/Hinweis.md', bytes: 200 }),
    });
    await chooseSubject(wrapper, `activity:${PAYROLL.id}`);
    expect(allByTestId(wrapper, 'notice-missing')).toHaveLength(0);
    expect(byTestId(wrapper, 'notice-missing-summary').text()).toBe('Alle Angaben sind vorhanden.');

    await click(wrapper, 'notice-copy-markdown');
    expect(allByTestId(wrapper, 'confirm-ok')).toHaveLength(0);
    expect(fake.payloads('notices.copy')).toEqual([{ subject: { kind: 'activity', activityId: PAYROLL.id }, language: 'de', format: 'markdown' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Der Hinweis wurde als Markdown in die Zwischenablage kopiert.');

    await byTestId(wrapper, 'notice-export-format').setValue('markdown');
    await click(wrapper, 'notice-export');
    expect(fake.payloads('notices.export')).toEqual([{ subject: { kind: 'activity', activityId: PAYROLL.id }, language: 'de', format: 'markdown' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Der Hinweis wurde gespeichert: /home/dpo/Hinweis.md');
  });
});
