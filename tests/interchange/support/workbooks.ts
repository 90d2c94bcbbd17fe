import ExcelJS from 'exceljs';

/** Writes a workbook made with exceljs the way people make them by hand. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}

/** DSK-style: title row merged over the table, German headers in row 3, two sheets plus an instructions sheet. */
export function dskWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('VVT');
  sheet.getCell('A1').value = 'Muster – Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)';
  sheet.mergeCells('A1:L1');
  sheet.addRow([]);
  sheet.addRow([
    'Lfd. Nr.',
    'Bezeichnung der Verarbeitungstätigkeit',
    'Zweck(e) der Verarbeitung',
    'Rechtsgrundlage',
    'Kategorien betroffener Personen',
    'Kategorien personenbezogener Daten',
    'Empfänger',
    'Drittland',
    'Löschfrist',
    'TOM',
    'Verantwortliche Abteilung',
    'Letzte Prüfung',
  ]);
  sheet.addRow([
    'VT-01',
    'Lohnabrechnung',
    'Entgeltabrechnung\nMeldungen an die Sozialversicherung',
    'Art. 6 Abs. 1 lit. c DSGVO (§ 41 EStG)\n6 I c',
    'Beschäftigte',
    'Bankverbindung\nGesundheitsdaten [Art. 9]',
    'Dienstleister für Lohnabrechnung; Finanzamt',
    'keine',
    'Lohnunterlagen: 6 Jahre; Beginn: Ende des Kalenderjahres; Grundlage: § 41 EStG',
    'Verschlüsselung der Festplatten\nZugriff nur für die Personalabteilung',
    'Personal',
    new Date(Date.UTC(2026, 2, 1)),
  ]);
  sheet.addRow([
    'VT-02',
    'Newsletter',
    'Versand des Newsletters',
    'Einwilligung; § 7 UWG',
    'Newsletter-Abonnenten',
    'E-Mail-Adresse',
    'Newsletter-Versanddienstleister',
    'USA',
    'bis zum Widerruf der Einwilligung',
    '',
    'Marketing',
    '',
  ]);
  sheet.addRow(['VT-03', 'Webshop', 'Vertragsabwicklung', 'Vertrag', 'Kunden', 'Bestelldaten', 'Hosting-Anbieter', 'Mars', '10 Jahre', '', 'Vertrieb', '31.02.2026']);
  const second = workbook.addWorksheet('Personal');
  second.addRow(['Nr.', 'Bezeichnung', 'Zweck', 'Rechtsgrundlage', 'Betroffene Personen']);
  second.addRow(['VT-10', 'Bewerbermanagement', 'Durchführung des Bewerbungsverfahrens', '§ 26 BDSG', 'Bewerberinnen und Bewerber']);
  const notes = workbook.addWorksheet('Hinweise');
  notes.addRow(['Bitte je Tätigkeit eine Zeile ausfüllen.']);
  return workbook;
}

/** English headers, one sheet, ISO dates and codes. */
export function englishWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Record of processing');
  sheet.addRow(['Reference', 'Processing activity', 'Purpose(s)', 'Legal basis', 'Data subjects', 'Personal data categories', 'Recipients', 'Third country transfers', 'Safeguards', 'Retention period', 'Department', 'Status', 'DPIA required', 'Next review']);
  sheet.addRow(['P-1', 'CRM', 'Customer care\nSales follow-up', 'Art. 6(1)(b) GDPR\nArt. 6(1)(f) GDPR', 'Customers; Prospects', 'E-mail address; Phone number', 'Cloud software (SaaS) provider [processor]', 'US', 'SCC', '3 years', 'Sales', 'approved', 'no', '2027-01-15']);
  sheet.addRow(['P-2', 'Video surveillance', 'Protection of premises', 'legitimate interest', 'Visitors', 'Video recordings', '', 'none', '', '72 hours', 'Facility', 'draft', 'yes', '']);
  sheet.addRow(['P-3', 'Payroll', 'Salary payments', 'Section 26(1) BDSG', 'Employees', 'Bank details', 'Tax office', 'Switzerland', 'adequacy decision', '6 years', 'HR', 'obsolete', 'maybe', 'soon']);
  return workbook;
}

/**
 * Made by hand under time pressure: a two-row header with a merged group cell over
 * "betroffene Personen" / "personenbezogene Daten", line breaks inside header and data cells,
 * a name cell merged over two rows for one activity, an empty row, a row without a name.
 */
export function messyWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tabelle1');
  sheet.addRow(['Stand: Juni', '', '', 'Kategorien', '', 'Übermittlung in Drittländer', '']);
  sheet.mergeCells('D1:E1');
  sheet.mergeCells('F1:G1');
  sheet.addRow(['Bezeichnung', 'Zweck', 'Rechts-\ngrundlage', 'betroffener Personen', 'personenbezogener Daten', 'Drittland', 'Garantien']);
  sheet.addRow(['Kundenhotline', 'Beantwortung von Anfragen', 'Art. 6 Abs. 1 lit. b DSGVO', 'Kunden', 'Telefonnummer', 'Indien', 'Standardvertragsklauseln']);
  sheet.addRow(['', 'Qualitätssicherung', 'Art. 6 Abs. 1 lit. f DSGVO', 'Interessenten', 'Anfrage- und Reklamationsdaten', '', '']);
  sheet.mergeCells('A3:A4');
  sheet.addRow([]);
  sheet.addRow(['Cookies auf der Website', 'Reichweitenmessung', '§ 25 TDDDG', 'Besucher der Website', 'Online-Kennungen', 'USA – Google', 'DPF']);
  sheet.addRow(['', 'vergessene Zeile', 'Vertrag', '', '', '', '']);
  return workbook;
}

/** The DSK template as a form: one sheet per activity, field names in column A, values in B (merged over B:D). */
export function dskFormWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const entries: [string, string, string][] = [
    ['Lohn', 'Bezeichnung der Verarbeitungstätigkeit', 'Lohn- und Gehaltsabrechnung'],
    ['Lohn', 'Zwecke der Verarbeitung', 'Entgeltabrechnung'],
    ['Lohn', 'Rechtsgrundlage', '§ 26 Abs. 1 BDSG'],
    ['Lohn', 'Kategorien betroffener Personen', 'Beschäftigte'],
    ['Lohn', 'Kategorien von personenbezogenen Daten', 'Bankverbindung\nSteuer-ID'],
    ['Lohn', 'Fristen für die Löschung der verschiedenen Datenkategorien', '6 Jahre'],
    ['Lohn', 'Übermittlungen von personenbezogenen Daten an ein Drittland oder an eine internationale Organisation', 'Atlantis'],
    ['Video', 'Bezeichnung der Verarbeitungstätigkeit', 'Videoüberwachung'],
    ['Video', 'Zwecke der Verarbeitung', 'Schutz vor Einbruch'],
    ['Video', 'Rechtsgrundlage', 'Art. 6 Abs. 1 lit. f DSGVO'],
    ['Video', 'Kategorien betroffener Personen', 'Besucherinnen und Besucher'],
  ];
  for (const name of ['Lohn', 'Video']) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(['Verzeichnis von Verarbeitungstätigkeiten – Verantwortlicher gem. Art. 30 Abs. 1 DSGVO']);
    for (const [, label, value] of entries.filter(([sheetName]) => sheetName === name)) {
      const row = sheet.addRow([label, value]);
      sheet.mergeCells(row.number, 2, row.number, 4);
    }
  }
  return workbook;
}
