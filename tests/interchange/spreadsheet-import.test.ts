import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeImportReport, importSpreadsheet, type SpreadsheetImportReport } from '../../domain/spreadsheet';
import type { Activity } from '../../domain/model';
import { readSpreadsheetFile } from '../../backend/formats/read-spreadsheet';
import { useTempDir } from '../support/temp-dir';
import { dskFormWorkbook, dskWorkbook, englishWorkbook, messyWorkbook, saveWorkbook } from './support/workbooks';

const tempDir = useTempDir();

async function importFile(path: string, language: 'de' | 'en' = 'de'): Promise<SpreadsheetImportReport> {
  const workbook = await readSpreadsheetFile(path, language);
  return importSpreadsheet(workbook.sheets, { fileName: workbook.fileName, language, toms: [] });
}

function byName(report: SpreadsheetImportReport, name: string): Activity {
  const activity = report.activities.find((a) => a.name === name);
  if (!activity) throw new Error(`no activity ${name}: ${report.activities.map((a) => a.name).join(', ')}`);
  return activity;
}

function refusedValues(report: SpreadsheetImportReport) {
  return report.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row) => row.cells.flatMap((cell) => cell.values.filter((v) => v.outcome === 'refused').map((v) => ({ sheet: row.sheet, row: row.row, column: cell.column, text: v.text, reason: v.reason })))),
  );
}

describe('spreadsheet import: DSK-style German workbook', () => {
  it('recognises the headers below a merged title row and reads every sheet with a table', async () => {
    const path = join(tempDir(), 'vvt.xlsx');
    await saveWorkbook(dskWorkbook(), path);
    const report = await importFile(path);

    const [main, second, notes] = report.sheets;
    expect(main.headerRow).toBe(3);
    expect(main.columns.map((c) => c.target)).toEqual([
      'reference', 'name', 'purposes', 'legalBases', 'dataSubjects', 'dataCategories', 'recipients', 'thirdCountries', 'retention', 'toms', 'department', 'lastReviewedOn',
    ]);
    expect(second.rows).toHaveLength(1);
    expect(notes.skipped).toBe('no_header');
    expect(report.activities.map((a) => a.name)).toEqual(['Lohnabrechnung', 'Newsletter', 'Webshop', 'Bewerbermanagement']);

    const payroll = byName(report, 'Lohnabrechnung');
    expect(payroll.reference).toBe('VT-01');
    expect(payroll.purposes.map((p) => p.description)).toEqual(['Entgeltabrechnung', 'Meldungen an die Sozialversicherung']);
    expect(payroll.purposes[0].legalBases).toEqual([{ code: '6-1-c', note: '§ 41 EStG' }]);
    expect(payroll.purposes[1].legalBases).toEqual([{ code: '6-1-c', note: '' }]);
    expect(payroll.dataSubjectCategories).toMatchObject([{ catalogueId: 'employees', label: 'Beschäftigte' }]);
    expect(payroll.dataCategories).toMatchObject([
      { catalogueId: 'bank_details', label: 'Bankverbindung', special: 'none' },
      { catalogueId: 'health_data', label: 'Gesundheitsdaten', special: 'art9' },
    ]);
    expect(payroll.recipients).toMatchObject([
      { catalogueId: 'payroll_provider', kind: 'processor' },
      { catalogueId: 'tax_office', label: 'Finanzamt', kind: 'authority' },
    ]);
    expect(payroll.transfers).toEqual([]);
    expect(payroll.retention).toMatchObject([{ description: 'Lohnunterlagen', periodAmount: 6, periodUnit: 'years', trigger: 'Ende des Kalenderjahres', basis: '§ 41 EStG' }]);
    expect(payroll.toms.specific).toBe('Verschlüsselung der Festplatten\nZugriff nur für die Personalabteilung');
    expect(payroll.owner.department).toBe('Personal');
    expect(payroll.lastReviewedOn).toBe('2026-03-01');
    expect(payroll.status).toBe('draft');

    const newsletter = byName(report, 'Newsletter');
    expect(newsletter.purposes[0].legalBases).toEqual([{ code: '6-1-a', note: '' }]);
    expect(newsletter.purposes.flatMap((p) => p.legalBases.map((b) => b.code))).not.toContain('uwg-7');
    expect(newsletter.description).toContain('§ 7 UWG');
    expect(newsletter.transfers).toMatchObject([{ countryCode: 'US', mechanism: 'none' }]);
    expect(newsletter.retention).toMatchObject([{ periodAmount: null, periodText: 'bis zum Widerruf der Einwilligung' }]);

    expect(byName(report, 'Bewerbermanagement').purposes[0].legalBases).toEqual([{ code: 'bdsg-26-1', note: '' }]);
  });

  it('refuses an unknown country and an impossible date, naming sheet, row and column', async () => {
    const path = join(tempDir(), 'vvt.xlsx');
    await saveWorkbook(dskWorkbook(), path);
    const report = await importFile(path);
    expect(refusedValues(report)).toEqual([
      { sheet: 'VVT', row: 6, column: 'H', text: 'Mars', reason: 'unknown_country' },
      { sheet: 'VVT', row: 6, column: 'L', text: '31.02.2026', reason: 'bad_date' },
    ]);
    const webshop = byName(report, 'Webshop');
    expect(webshop.transfers).toEqual([]);
    expect(webshop.lastReviewedOn).toBe('');
    const lines = describeImportReport(report, 'de');
    expect(lines).toContain('    [abgelehnt] Blatt „VVT“, Zeile 6, Spalte H (Drittland): Mars – Land nicht erkannt (Name oder ISO-Code, z. B. „USA“ oder „US“)');
    expect(lines.some((line) => line.includes('§ 7 UWG') && line.includes('keine Rechtsgrundlage'))).toBe(true);
    const english = describeImportReport(report, 'en');
    expect(english).toContain('    [refused] sheet "VVT", row 6, column L (Letzte Prüfung): 31.02.2026 – not a date (DD.MM.YYYY or YYYY-MM-DD)');
  });
});

describe('spreadsheet import: the DSK template as a form', () => {
  it('reads one activity per sheet from label/value rows and names the cell of a refused value', async () => {
    const path = join(tempDir(), 'dsk-form.xlsx');
    await saveWorkbook(dskFormWorkbook(), path);
    const report = await importFile(path);
    expect(report.sheets.map((s) => s.layout)).toEqual(['form', 'form']);
    expect(report.activities.map((a) => a.name)).toEqual(['Lohn- und Gehaltsabrechnung', 'Videoüberwachung']);
    const payroll = byName(report, 'Lohn- und Gehaltsabrechnung');
    expect(payroll.purposes).toMatchObject([{ description: 'Entgeltabrechnung', legalBases: [{ code: 'bdsg-26-1' }] }]);
    expect(payroll.dataCategories.map((d) => d.label)).toEqual(['Bankverbindung', 'Steuer-ID']);
    expect(payroll.retention).toMatchObject([{ periodAmount: 6, periodUnit: 'years' }]);
    expect(byName(report, 'Videoüberwachung').purposes[0].legalBases).toEqual([{ code: '6-1-f', note: '' }]);
    expect(describeImportReport(report, 'de')).toContain(
      '    [abgelehnt] Blatt „Lohn“, Zeile 8, Spalte B (Übermittlungen von personenbezogenen Daten an ein Drittland oder an eine internationale Organisation): Atlantis – Land nicht erkannt (Name oder ISO-Code, z. B. „USA“ oder „US“)',
    );
  });
});

describe('spreadsheet import: English headers', () => {
  it('maps English headers and matches codes, kinds, mechanisms, status and DPIA', async () => {
    const path = join(tempDir(), 'ropa.xlsx');
    await saveWorkbook(englishWorkbook(), path);
    const report = await importFile(path, 'en');
    expect(report.sheets[0].columns.every((c) => c.target !== 'ignore')).toBe(true);
    const crm = byName(report, 'CRM');
    expect(crm.purposes.map((p) => p.legalBases.map((b) => b.code))).toEqual([['6-1-b'], ['6-1-f']]);
    expect(crm.dataSubjectCategories.map((d) => d.catalogueId)).toEqual(['customers', 'prospects']);
    expect(crm.dataCategories.map((d) => d.catalogueId)).toEqual(['email_address', 'phone_number']);
    expect(crm.recipients).toMatchObject([{ catalogueId: 'saas_provider', kind: 'processor', label: 'Cloud software (SaaS) provider' }]);
    expect(crm.transfers).toMatchObject([{ countryCode: 'US', mechanism: 'scc' }]);
    expect(crm.retention).toMatchObject([{ periodAmount: 3, periodUnit: 'years' }]);
    expect(crm).toMatchObject({ status: 'approved', nextReviewOn: '2027-01-15', dpia: { decision: 'not_required' }, owner: { department: 'Sales' } });

    const cctv = byName(report, 'Video surveillance');
    expect(cctv.purposes[0].legalBases).toEqual([{ code: '6-1-f', note: '' }]);
    expect(cctv.dpia.decision).toBe('required');
    expect(cctv.transfers).toEqual([]);

    const payroll = byName(report, 'Payroll');
    expect(payroll.purposes[0].legalBases[0].code).toBe('bdsg-26-1');
    expect(payroll.transfers).toMatchObject([{ countryCode: 'CH', mechanism: 'adequacy' }]);
    expect(payroll.status).toBe('draft');
    expect(refusedValues(report).map((r) => [r.row, r.column, r.reason])).toEqual([
      [4, 'L', 'unknown_status'],
      [4, 'M', 'not_yes_no'],
      [4, 'N', 'bad_date'],
    ]);
  });
});

describe('spreadsheet import: a messy workbook', () => {
  it('combines a merged group header, joins rows under a merged name cell and skips rows without a name', async () => {
    const path = join(tempDir(), 'messy.xlsx');
    await saveWorkbook(messyWorkbook(), path);
    const report = await importFile(path);
    const sheet = report.sheets[0];
    expect(sheet.headerRow).toBe(2);
    expect(sheet.columns.map((c) => [c.column, c.target])).toEqual([
      ['A', 'name'], ['B', 'purposes'], ['C', 'legalBases'], ['D', 'dataSubjects'], ['E', 'dataCategories'], ['F', 'thirdCountries'], ['G', 'transferSafeguards'],
    ]);
    expect(sheet.columns[3].header).toBe('Kategorien betroffener Personen');
    expect(report.activities.map((a) => a.name)).toEqual(['Kundenhotline', 'Cookies auf der Website']);

    const hotline = byName(report, 'Kundenhotline');
    expect(sheet.rows[0]).toMatchObject({ row: 3, lastRow: 4 });
    expect(hotline.purposes.map((p) => [p.description, p.legalBases.map((b) => b.code)])).toEqual([
      ['Beantwortung von Anfragen', ['6-1-b']],
      ['Qualitätssicherung', ['6-1-f']],
    ]);
    expect(hotline.dataSubjectCategories.map((d) => d.catalogueId)).toEqual(['customers', 'prospects']);
    expect(hotline.dataCategories.map((d) => d.catalogueId)).toEqual(['phone_number', 'support_case_data']);
    expect(hotline.transfers).toMatchObject([{ countryCode: 'IN', mechanism: 'scc' }]);

    const cookies = byName(report, 'Cookies auf der Website');
    expect(cookies.purposes).toMatchObject([{ description: 'Reichweitenmessung', legalBases: [] }]);
    expect(cookies.description).toContain('§ 25 TDDDG');
    expect(cookies.transfers).toMatchObject([{ countryCode: 'US', recipient: 'Google', mechanism: 'dpf' }]);

    const skipped = sheet.rows.find((row) => row.skipped);
    expect(skipped).toMatchObject({ row: 7, skipped: 'no_name' });
    expect(refusedValues(report)).toContainEqual({ sheet: 'Tabelle1', row: 7, column: 'B', text: 'vergessene Zeile', reason: 'schema' });
  });
});

describe('spreadsheet import: CSV as German Excel writes it', () => {
  it('reads a BOM, semicolons and quoted line breaks', async () => {
    const path = join(tempDir(), 'export.csv');
    const text = '\uFEFFBezeichnung;Zweck(e);Rechtsgrundlage;Drittland\r\n"Buchhaltung";"Rechnungen\r\nMahnwesen";"Art. 6 Abs. 1 lit. c DSGVO; § 147 AO";"nein"\r\nKontaktformular;Anfragen beantworten, auch per Rückruf;6 I b;CH\r\n';
    writeFileSync(path, text, 'utf8');
    const report = await importFile(path);
    expect(report.sheets[0].sheet).toBe('export');
    const accounting = byName(report, 'Buchhaltung');
    expect(accounting.purposes.map((p) => p.description)).toEqual(['Rechnungen', 'Mahnwesen']);
    expect(accounting.purposes[0].legalBases.map((b) => b.code)).toEqual(['6-1-c', 'ao-147']);
    const contact = byName(report, 'Kontaktformular');
    expect(contact.purposes).toMatchObject([{ description: 'Anfragen beantworten, auch per Rückruf', legalBases: [{ code: '6-1-b' }] }]);
    expect(contact.transfers).toMatchObject([{ countryCode: 'CH' }]);
  });

  it('falls back to Windows-1252 for umlauts', async () => {
    const path = join(tempDir(), 'alt.csv');
    writeFileSync(path, Buffer.from('Bezeichnung;Empfänger\r\nLohn;Finanzamt\r\n', 'latin1'));
    const report = await importFile(path);
    expect(report.sheets[0].columns.map((c) => c.target)).toEqual(['name', 'recipients']);
  });
});
