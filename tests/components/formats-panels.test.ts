import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { SpreadsheetPreview } from '../../domain/ipc/channels/formats';
import { describeImportReport, importSpreadsheet, type MappingOverrides } from '../../domain/spreadsheet';
import { REGISTER, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';
import type { FakeHandlers } from './support/fake-bridge';

const PAYROLL = makeActivity();
const GRID = {
  name: 'VVT',
  merges: [],
  rows: [
    ['Bezeichnung', 'Rechtsgrundlage', 'Drittland'],
    ['Newsletter', 'Einwilligung', 'USA'],
    ['Webshop', 'Vertrag', 'Mars'],
  ],
};

function previewOf(overrides: MappingOverrides = {}): SpreadsheetPreview {
  const report = importSpreadsheet([GRID], { fileName: 'vvt.xlsx', language: 'de', toms: [], overrides });
  return { token: 'tok-1', report, lines: describeImportReport(report, 'de') };
}

async function openDocuments(overrides: FakeHandlers = {}) {
  const mounted = await mountApp({
    ...openRegisterHandlers([PAYROLL]),
    'processorRecords.list': () => [],
    'channels.list': () => [],
    ...overrides,
  });
  await click(mounted.wrapper, 'nav-documents');
  await flushPromises();
  return mounted;
}

describe('documents view: spreadsheet import', () => {
  it('shows the preview, takes a corrected column and writes only on confirm', async () => {
    const { wrapper, fake } = await openDocuments({
      'formats.spreadsheetChoose': () => previewOf(),
      'formats.spreadsheetPreview': (input) => previewOf((input as { overrides: MappingOverrides }).overrides),
      'formats.spreadsheetConfirm': () => ({ count: 2 }),
    });
    await click(wrapper, 'import-spreadsheet');
    await flushPromises();
    const preview = byTestId(wrapper, 'spreadsheet-preview');
    expect(preview.text()).toContain('Vorschau: vvt.xlsx');
    expect(byTestId(wrapper, 'preview-row-VVT-3').text()).toContain('Mars – Land nicht erkannt');
    expect(fake.payloads('formats.spreadsheetConfirm')).toEqual([]);

    await byTestId(wrapper, 'mapping-VVT-C').setValue('ignore');
    await flushPromises();
    expect(fake.payloads('formats.spreadsheetPreview')).toEqual([{ token: 'tok-1', language: 'de', overrides: { VVT: { C: 'ignore' } } }]);
    expect(byTestId(wrapper, 'preview-row-VVT-3').text()).not.toContain('Mars');

    await click(wrapper, 'spreadsheet-confirm');
    await flushPromises();
    expect(fake.payloads('formats.spreadsheetConfirm')).toEqual([{ token: 'tok-1', language: 'de', overrides: { VVT: { C: 'ignore' } } }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('2 Tätigkeiten importiert.');
  });

  it('exports the complete privacy policy for the chosen activities', async () => {
    const { wrapper, fake } = await openDocuments({ 'formats.exportPolicy': () => ({ path: '/home/dpo/datenschutz.docx', bytes: 2000 }) });
    await byTestId(wrapper, 'policy-format').setValue('docx');
    await click(wrapper, 'policy-export');
    await flushPromises();
    expect(fake.payloads('formats.exportPolicy')).toEqual([{ activityIds: [PAYROLL.id], channelIds: [], language: 'de', format: 'docx' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Gespeichert: /home/dpo/datenschutz.docx');
  });
});

describe('documents view: JSON import report', () => {
  it('shows the import report (approvals taken over or assumed) next to the import button until dismissed', async () => {
    const lines = [
      'Importiert nach /tmp/kopie.vvt: 1 Tätigkeiten, 0 externe Stellen, 0 Kanäle, 0 Auftragsverarbeitungen, 0 TOMs, 0 Anhänge.',
      'Freigaben und Übermittlungen:',
      'Die Datei hat das Format 1 und enthält keine Freigabedaten (freigegebene Fassungen, Übermittlungen an die Aufsichtsbehörde).',
      '  – Lohnabrechnung (a-1)',
    ];
    let current = REGISTER;
    const { wrapper, fake } = await openDocuments({
      'register.current': () => current,
      'formats.importJson': () => {
        current = { ...REGISTER, path: '/tmp/kopie.vvt' };
        return { status: 'imported', path: '/tmp/kopie.vvt', lines };
      },
    });
    await click(wrapper, 'import-json');
    await flushPromises();
    expect(fake.payloads('formats.importJson')).toEqual([{ language: 'de' }]);
    const report = byTestId(wrapper, 'json-import-report');
    expect(report.text()).toContain('Importbericht: /tmp/kopie.vvt');
    expect(report.text()).toContain('enthält keine Freigabedaten');
    expect(report.text()).toContain('– Lohnabrechnung (a-1)');
    expect(byTestId(wrapper, 'status-message').text()).toBe('Importiert nach /tmp/kopie.vvt. Bitte den Importbericht unten unter „Daten austauschen“ lesen.');
    await click(wrapper, 'json-import-report-dismiss');
    expect(wrapper.find('[data-testid="json-import-report"]').exists()).toBe(false);
  });
});
