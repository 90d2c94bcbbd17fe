import { beforeAll, describe, expect, it } from 'vitest';
import { renderRecordPdf } from '../../backend/documents/art30-pdf';
import { buildProcessorRecordDocument, selectControllerSections } from '../../domain/documents/processor-record';
import { emptyOrganisation } from '../../domain/model';
import { extractPdfText, type PdfTextContent } from '../support/pdf-text';
import { IDS, organisation, snapshot } from './art30-fixtures';
import { escapeRegExp, expectAllIn, pageOf, squash } from './pdf-assertions';

const AS_OF = '2026-11-28';
const AUTOHAUS = 'Autohaus Brenner GmbH';
const PRAXIS = 'Zahnarztpraxis Dr. Öztürk';
const ENDED = 'Bäckerei Lang';

let authority: PdfTextContent;
let internal: PdfTextContent;
let english: PdfTextContent;

beforeAll(async () => {
  const render = (language: 'de' | 'en', variant: 'authority' | 'internal') =>
    renderRecordPdf(snapshot(), { language, variant, asOf: AS_OF, record: 'processor' }).then(extractPdfText);
  [authority, internal, english] = await Promise.all([render('de', 'authority'), render('de', 'internal'), render('en', 'authority')]);
});

describe('Art. 30(2) processor record as PDF', () => {
  it('has a cover with the organisation as processor, its representatives and DPO', () => {
    const cover = authority.pages[0];
    expect(cover).toContain('Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO)');
    expect(cover).toContain('Angaben zum Auftragsverarbeiter');
    expect(cover).toContain('Art. 30 Abs. 2 lit. a DSGVO');
    expect(cover).toContain('Anzahl der Verantwortlichen, in deren Auftrag verarbeitet wird: 2');
    expectAllIn(cover, [organisation.name, 'Königstraße 12', 'Dr. Jürgen Weiß, Geschäftsführer', 'Petra Groß (extern)', 'Datenschutz Süd GmbH']);
    expect(cover).not.toContain('Verantwortlicher (Art. 30 Abs. 1 DSGVO)');
  });

  it('prints one section per controller with its contact, representative, DPO and each record', () => {
    const start = pageOf(authority, AUTOHAUS);
    const text = authority.pages.slice(start - 1, pageOf(authority, PRAXIS) - 1).join('\n');
    expectAllIn(text, [
      'Verantwortlicher (Auftraggeber)',
      'Autohaus Brenner GmbH & Co. KG',
      'Neckarstraße 5',
      '70190 Stuttgart',
      'E-Mail: datenschutz@autohaus-brenner.example',
      'Telefon: +49 711 555-0',
      'Sabine Brenner, Geschäftsführerin',
      'Datenschutzkanzlei Ost, dsb@kanzlei-ost.example',
      'Verarbeitung im Auftrag Nr. 1 – Vertrag: AVV-2026-014',
      'Kategorien von Verarbeitungen',
      'Art. 30 Abs. 2 lit. b DSGVO',
      'Betrieb des WhatsApp-Business-Kundenservice',
      'Versand von Serviceerinnerungen',
      'Art. 30 Abs. 2 lit. c DSGVO',
      'Vereinigte Staaten (US)',
      'Empfänger: Meta Platforms, Inc.',
      'DPF-Zertifizierung geprüft am: 01.09.2026',
      'Art. 30 Abs. 2 lit. d, Art. 32 Abs. 1 DSGVO',
      'Pseudonymisierung und Verschlüsselung (Art. 32 Abs. 1 lit. a): Festplattenverschlüsselung (AES-256)',
      'Maßnahmen für diesen Auftrag',
      'Getrennte Mandantenkonten je Auftraggeber',
      'Verarbeitung im Auftrag Nr. 2 – Vertrag: AVV-2026-015',
      'Pflege der Kundendatenbank',
    ]);
    expect(text).not.toContain('Jährliche Kontrolle vereinbart');
    expect(text).not.toContain('Interne Angaben');
  });

  it('marks a controller without any record as a gap', () => {
    const page = authority.pages[pageOf(authority, PRAXIS) - 1];
    expect(page).toContain('fehlt – Pflichtangabe');
    expect(page.replace(/\s+/g, ' ')).toContain('Für diesen Verantwortlichen ist noch keine Verarbeitung im Auftrag erfasst.');
  });

  it('leaves ended records out of the authority variant and shows them, marked, with internal details in the internal one', () => {
    expect(authority.pages.join('\n')).not.toContain(ENDED);
    const page = internal.pages[pageOf(internal, ENDED) - 1];
    expect(page).toContain('Beendet – nicht mehr aktiv');
    expect(page).toContain('Newsletter-Versand für die Bäckerei');
    const autohaus = internal.pages.slice(pageOf(internal, AUTOHAUS) - 1, pageOf(internal, ENDED) - 1).join('\n');
    expectAllIn(autohaus, ['Interne Fassung', 'Interne Angaben – nicht Bestandteil von Art. 30 Abs. 2 DSGVO', 'Status aktiv', 'Notizen Jährliche Kontrolle vereinbart', 'Angelegt am 01.02.2026']);
  });

  it('lists every controller and the approval page in the TOC with correct pages, and as bookmarks', () => {
    const toc = authority.pages[1].split('\n');
    expect(toc[0]).toBe('Inhaltsverzeichnis');
    for (const title of [AUTOHAUS, PRAXIS, 'Freigabe durch die Geschäftsführung']) {
      const line = toc.find((candidate) => new RegExp(`^${escapeRegExp(title)} ?\\d+$`).test(candidate));
      expect(line, `TOC line for ${title}`).toBeDefined();
      expect(Number(/(\d+)$/.exec(line!)![1])).toBe(pageOf(authority, title));
    }
    expect(authority.outline).toEqual([AUTOHAUS, PRAXIS, 'Freigabe durch die Geschäftsführung']);
    expect(internal.outline).toEqual([AUTOHAUS, ENDED, PRAXIS, 'Freigabe durch die Geschäftsführung']);
  });

  it('puts the organisation, the record title, "Stand" and "Seite x von y" on every page', () => {
    authority.pages.forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 1} von ${authority.pages.length}`);
      expect(page).toContain('Stand: 28.11.2026');
      expect(page).toContain('Verzeichnis des Auftragsverarbeiters');
      expect(page).toContain(organisation.name);
    });
    expect(authority.pages.at(-1)).toContain('im Auftrag durchgeführten Tätigkeiten der Verarbeitung');
  });

  it('is in English when asked, with its own metadata', () => {
    expect(english.pages[0]).toContain('Processor (Art. 30(2) GDPR)');
    expectAllIn(english.pages.join('\n'), ['Processor details', 'Categories of processing', 'Art. 30(2)(b) GDPR', 'Page 1 of']);
    expect(english.info.Title).toBe('Record of processing activities – processor (Art. 30(2) GDPR)');
    expect(authority.info.Subject).toContain('Art. 30 Abs. 2 DSGVO – Fassung für die Aufsichtsbehörde, Stand 28.11.2026');
    expect(squash(english.pages.join(''))).not.toContain(squash('Seite 1 von'));
  });

  it('handles an organisation without client controllers', async () => {
    const empty = { ...snapshot([]), organisation: emptyOrganisation(), parties: [], processorRecords: [] };
    const pdf = await extractPdfText(await renderRecordPdf(empty, { language: 'de', variant: 'authority', asOf: AS_OF, record: 'processor' }));
    expect(pdf.pages[1]).toContain('Es sind keine Verantwortlichen erfasst, in deren Auftrag verarbeitet wird.');
  });
});

describe('processor record definition', () => {
  it('orders controllers by name and records by contract reference; a record of a deleted party still shows', () => {
    const base = snapshot();
    const orphan = { ...base.processorRecords[0], id: 'pr-x', controllerPartyId: 'p-gone' };
    const sections = selectControllerSections({ ...base, processorRecords: [...base.processorRecords, orphan] }, 'authority', 'de');
    expect(sections.map((s) => s.id)).toEqual([IDS.clientA, 'p-gone', IDS.clientB]);
    expect(sections[0].records.map((r) => r.contractReference)).toEqual(['AVV-2026-014', 'AVV-2026-015']);
    const definition = JSON.stringify(buildProcessorRecordDocument({ ...base, processorRecords: [orphan] }, { language: 'de', variant: 'authority', asOf: AS_OF }).content);
    expect(definition).toContain('fehlt – Pflichtangabe');
  });
});
