import { beforeAll, describe, expect, it } from 'vitest';
import { renderArt30Pdf } from '../../backend/documents/art30-pdf';
import { DPIA_CRITERIA_CATALOGUE } from '../../domain/catalogues';
import { activityTitle } from '../../domain/documents/art30';
import { emptyOrganisation } from '../../domain/model';
import { extractPdfText, extractPdfTextBoxes, type PdfTextContent } from '../support/pdf-text';
import { activity, archived, emptyActivity, newsletter, organisation, payroll, snapshot } from './art30-fixtures';
import { escapeRegExp, expectAllIn, pageOf, squash } from './pdf-assertions';

const AS_OF = '2026-11-28';

let deAuthority: PdfTextContent;
let deInternal: PdfTextContent;
let enInternal: PdfTextContent;

beforeAll(async () => {
  const render = (language: 'de' | 'en', variant: 'authority' | 'internal') =>
    renderArt30Pdf(snapshot(), { language, variant, asOf: AS_OF, includeUnapproved: true }).then(extractPdfText);
  [deAuthority, deInternal, enInternal] = await Promise.all([
    render('de', 'authority'),
    render('de', 'internal'),
    render('en', 'internal'),
  ]);
});

describe('Art. 30(1) controller record as PDF', () => {
  it('prints the organisation details of Art. 30(1)(a) on the cover sheet', () => {
    const cover = deAuthority.pages[0];
    expect(cover).toContain('Verzeichnis von Verarbeitungstätigkeiten');
    expect(cover).toContain('Verantwortlicher (Art. 30 Abs. 1 DSGVO)');
    expect(cover).toContain('Stand: 28.11.2026');
    expect(cover).toContain('Anzahl der Verarbeitungstätigkeiten: 3');
    expectAllIn(cover, [
      organisation.name,
      organisation.legalForm,
      'Königstraße 12',
      '70173 Stuttgart',
      'Deutschland',
      'Telefon: +49 711 123456-0',
      'E-Mail: info@mueller-soehne.example',
      'Web: https://www.mueller-soehne.example',
      'Dr. Jürgen Weiß, Geschäftsführer',
      'Anna Schäfer',
      'Petra Groß (extern)',
      'Datenschutz Süd GmbH',
      'Schloßplatz 3',
      'p.gross@datenschutz-sued.example',
      organisation.supervisoryAuthority.name,
      'poststelle@lfdi.bwl.de',
    ]);
  });

  it('prints every Art. 30(1)(b)–(g) value of a fully filled activity, umlauts and € included', () => {
    const page = pageOf(deAuthority, activityTitle(payroll));
    const section = deAuthority.pages.slice(page - 1, pageOf(deAuthority, activityTitle(emptyActivity)) - 1).join('\n');
    expectAllIn(section, [
      payroll.description,
      'Genuss-Verbund eG',
      'Berechnung und Auszahlung der Vergütung (Zuschläge ab 1.000 €)',
      'Art. 6 Abs. 1 lit. b DSGVO – Vertrag oder vorvertragliche Maßnahmen',
      'Art. 6 Abs. 1 lit. c DSGVO – Rechtliche Verpflichtung (§ 41 EStG)',
      'Art. 6 Abs. 1 lit. f DSGVO – Berechtigte Interessen',
      'Berechtigtes Interesse: Senkung krankheitsbedingter Fehlzeiten und Fürsorge gegenüber Beschäftigten',
      'Beschäftigte',
      'Auszubildende',
      'Bankverbindung (IBAN)',
      'Arbeitsunfähigkeitszeiten (besondere Kategorie, Art. 9 DSGVO)',
      'Führungszeugnis (Straftaten, Art. 10 DSGVO)',
      'Steuerberatung (Auftragsverarbeiter) – Kühn & Partner Steuerberatung mbB',
      'Finanzamt Stuttgart (Behörde oder öffentliche Stelle)',
      'Vereinigte Staaten (US)',
      'Empfänger: Übersee Cloud Inc.',
      'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO), Modul 3',
      'Verschlüsselung vor der Übermittlung, Schlüssel verbleiben in der EU',
      'Lohnkonten und Belege',
      'Datenkategorien: Bankverbindung (IBAN), Arbeitsunfähigkeitszeiten',
      'Frist: 6 Jahre',
      'Fristbeginn: Ende des Kalenderjahres der letzten Eintragung',
      'Grundlage: § 41 Abs. 1 Satz 9 EStG (gesetzliche Aufbewahrungspflicht)',
      'Danach: Löschung',
      'Datenkategorien: alle Datenkategorien dieser Tätigkeit',
      'Frist: bis zum Widerruf der Einwilligung',
      'Danach: Anonymisierung',
      'Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit (Art. 32 Abs. 1 lit. b): Abschließbare Aktenschränke',
      'Pseudonymisierung und Verschlüsselung (Art. 32 Abs. 1 lit. a): Festplattenverschlüsselung (AES-256)',
      'Lohnordner im abschließbaren Stahlschrank',
      'Verweis auf Sicherheitskonzept: SiKo-2026-03',
    ]);
    expect(section).not.toContain('fehlt – Pflichtangabe');
    expect(section).not.toContain('noch nicht freigegeben');
  });

  it('keeps internal details out of the authority variant and prints them in the internal one', () => {
    const internalOnly = ['Personalabteilung', 'personal@mueller-soehne.example', 'Transfer-Folgenabschätzung vom 01.03.2026'];
    for (const value of internalOnly) expect(squash(deAuthority.pages.join('\n'))).not.toContain(squash(value));

    const page = pageOf(deInternal, activityTitle(payroll));
    const section = deInternal.pages.slice(page - 1, pageOf(deInternal, activityTitle(emptyActivity)) - 1).join('\n');
    const criterion = (id: string) => DPIA_CRITERIA_CATALOGUE.find((entry) => entry.id === id)!.label.de;
    expectAllIn(section, [
      ...internalOnly,
      'Interne Angaben – nicht Bestandteil von Art. 30 Abs. 1 DSGVO',
      'Status Freigegeben',
      'Aylin Özdemir',
      'Version 7',
      'Angelegt am 15.01.2026',
      'Zuletzt geändert am 02.11.2026',
      'Zuletzt überprüft am 01.10.2026',
      'Nächste Überprüfung 01.10.2027',
      'Ergebnis der Schwellwertprüfung: nicht erforderlich',
      criterion('sensitive_data'),
      criterion('vulnerable_subjects'),
      'Begründung: Standardverarbeitung im Beschäftigungsverhältnis ohne Profiling',
      'Durchgeführt: ja, am 20.04.2026',
    ]);
  });

  it('lists every activity in the table of contents with the page its section starts on', () => {
    for (const pdf of [deAuthority, deInternal]) {
      const tocLines = pdf.pages[1].split('\n');
      expect(tocLines[0]).toBe('Inhaltsverzeichnis');
      const titles = (pdf === deInternal ? [archived] : []).concat(payroll, emptyActivity, newsletter).map(activityTitle);
      for (const title of [...titles, 'Freigabe durch die Geschäftsführung']) {
        const line = tocLines.find((candidate) => new RegExp(`^${escapeRegExp(title)} ?\\d+$`).test(candidate));
        expect(line, `TOC line for ${title}`).toBeDefined();
        expect(Number(/(\d+)$/.exec(line!)![1])).toBe(pageOf(pdf, title));
      }
    }
  });

  it('adds the activities and the approval page to the PDF outline (bookmarks)', () => {
    expect(deAuthority.outline).toEqual([
      activityTitle(payroll),
      activityTitle(emptyActivity),
      activityTitle(newsletter),
      'Freigabe durch die Geschäftsführung',
    ]);
  });

  it('puts organisation, "Stand" date and "Seite x von y" on every page', () => {
    for (const pdf of [deAuthority, deInternal]) {
      const total = pdf.pages.length;
      expect(total).toBeGreaterThanOrEqual(6);
      pdf.pages.forEach((page, index) => {
        expect(page).toContain(`Seite ${index + 1} von ${total}`);
        expect(page).toContain('Stand: 28.11.2026');
        expect(page).toContain(organisation.name);
      });
    }
  });

  it('prints English headings, labels and dates in the English variant', () => {
    const all = enInternal.pages.join('\n');
    enInternal.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${enInternal.pages.length}`));
    expect(enInternal.pages[0]).toContain('Record of processing activities');
    expect(enInternal.pages[0]).toContain('As of: 28 Nov 2026');
    expect(enInternal.pages[1].split('\n')[0]).toBe('Contents');
    expectAllIn(all, [
      'Purposes of the processing',
      'Categories of data subjects',
      'Categories of personal data',
      'Categories of recipients',
      'Transfers to third countries or international organisations',
      'Time limits for erasure',
      'Technical and organisational measures',
      'Art. 6(1)(b) GDPR – Contract or pre-contractual steps',
      'Standard contractual clauses (Art. 46(2)(c) GDPR), Module 3',
      'United States (US)',
      'Period: 6 years',
      'Created on 15 Jan 2026',
      'Approval by the management',
      'missing – mandatory',
    ]);
    for (const german of ['Zwecke der Verarbeitung', 'Seite 1 von', 'Inhaltsverzeichnis', 'Stand:', 'fehlt – Pflichtangabe']) {
      expect(all).not.toContain(german);
    }
  });

  it('leaves archived activities out of the authority variant and keeps them in the internal one', () => {
    expect(deAuthority.pages.join('\n')).not.toContain(archived.name);
    expect(deInternal.pages[0]).toContain('Anzahl der Verarbeitungstätigkeiten: 4');
    const page = deInternal.pages[pageOf(deInternal, activityTitle(archived)) - 1];
    expect(page).toContain('Archiviert – nicht mehr aktiv');
  });

  it('marks drafts and activities in review in the authority variant', () => {
    expect(deAuthority.pages[pageOf(deAuthority, activityTitle(newsletter)) - 1]).toContain('Entwurf – noch nicht freigegeben');
    expect(deAuthority.pages[pageOf(deAuthority, activityTitle(emptyActivity)) - 1]).toContain('In Prüfung – noch nicht freigegeben');
  });

  it('marks the missing mandatory fields of an empty activity', () => {
    const page = deAuthority.pages[pageOf(deAuthority, activityTitle(emptyActivity)) - 1];
    expect(page.match(/fehlt – Pflichtangabe/g)).toHaveLength(3);
    expect(page).toMatch(/Zwecke der Verarbeitung\nArt\. 30 Abs\. 1 lit\. b DSGVO\nfehlt – Pflichtangabe/);
  });

  it('sets the document metadata', () => {
    expect(deAuthority.info).toMatchObject({
      Title: 'Verzeichnis von Verarbeitungstätigkeiten – Verantwortlicher (Art. 30 Abs. 1 DSGVO)',
      Author: organisation.name,
      Creator: 'VVT Desk',
      Language: 'de-DE',
    });
    expect(deAuthority.info.Subject).toContain('Fassung für die Aufsichtsbehörde, Stand 28.11.2026');
    expect(deAuthority.info.Keywords).toContain('Art. 30 DSGVO');
    expect(enInternal.info.Title).toBe('Record of processing activities – controller (Art. 30(1) GDPR)');
  });

  it('keeps long words, URLs and names inside the printable area (A4, 20 mm margins)', async () => {
    const longToken = 'Datenverarbeitungsrahmenvereinbarungsbestandteil'.repeat(4);
    const url = `https://intranet.mueller-soehne.example/datenschutz/${'verzeichnis/'.repeat(12)}index.html`;
    const odd = activity({
      id: 'a-long',
      reference: 'VT-099',
      name: `Sehr lange Bezeichnung ${longToken}`,
      description: `Siehe ${url}`,
      purposes: [{ id: 'p', description: longToken, legalBases: [{ code: '6-1-c', note: url }] }],
      dataSubjectCategories: [{ id: 'd', label: longToken }],
      dataCategories: [{ id: 'c', label: url, special: 'art9' }],
      recipients: [{ id: 'r', label: longToken, kind: 'processor' }],
    });
    const bytes = await renderArt30Pdf(
      { ...snapshot([odd]), organisation: { ...organisation, website: url, name: `${organisation.name} ${longToken}` } },
      { language: 'de', variant: 'internal', asOf: AS_OF },
    );
    const margin = 20 * (72 / 25.4) - 0.5;
    const pages = await extractPdfTextBoxes(bytes);
    const outside = pages.flatMap((page, index) =>
      page.boxes
        .filter((box) => box.x < margin || box.x + box.width > page.width - margin || box.y < margin * 0.5 || box.y + box.height > page.height - margin * 0.5)
        .map((box) => `page ${index + 1}: "${box.text.slice(0, 40)}" x=${box.x.toFixed(1)} w=${box.width.toFixed(1)}`),
    );
    expect(outside).toEqual([]);
    expectAllIn((await extractPdfText(bytes)).pages.join('\n'), [longToken, url]);
  });

  it('renders an empty register with visible gaps instead of failing', async () => {
    const pdf = await extractPdfText(
      await renderArt30Pdf({ ...snapshot([]), organisation: emptyOrganisation() }, { language: 'de', variant: 'authority', asOf: AS_OF }),
    );
    expect(pdf.pages[0]).toContain('Anzahl der Verarbeitungstätigkeiten: 0');
    expect(pdf.pages[0].match(/fehlt – Pflichtangabe/g)).toHaveLength(2);
    expect(pdf.pages[1]).toContain('Es sind keine Verarbeitungstätigkeiten erfasst.');
    // No legal form recorded: the legal representatives sign (never a guessed "Geschäftsführung").
    expect(pdf.pages.at(-1)).toContain('Unterschrift – Gesetzliche Vertretung');
    expect(pdf.info.Author).toBeUndefined();
  });
});
