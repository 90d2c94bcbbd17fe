import { beforeAll, describe, expect, it } from 'vitest';
import { renderArt30Pdf } from '../../backend/documents/art30-pdf';
import { DPIA_CONSEQUENCE_LABELS } from '../../domain/catalogues';
import { activityTitle, buildArt30Document, selectArt30Activities } from '../../domain/documents/art30';
import { extractPdfText, type PdfTextContent } from '../support/pdf-text';
import { activity, archived, emptyActivity, newsletter, payroll, snapshot } from './art30-fixtures';
import { BOTH_VARIANTS, INTERNAL_ONLY } from './expected-fields';
import { expectAllIn, pageOf, squash } from './pdf-assertions';

const AS_OF = '2026-11-28';

/** The text of one activity's section: from its heading to the next section. */
function section(pdf: PdfTextContent, title: string): string {
  const start = pageOf(pdf, title) - 1;
  const next = pdf.pages.findIndex((page, index) => index > start && /^(VT-\d+ – |Freigabe|Approval)/.test(page.split('\n')[0]));
  return pdf.pages.slice(start, next).join('\n');
}

let authority: PdfTextContent;
let internal: PdfTextContent;
let english: PdfTextContent;

beforeAll(async () => {
  const render = (language: 'de' | 'en', variant: 'authority' | 'internal') =>
    renderArt30Pdf(snapshot([payroll, newsletter]), { language, variant, asOf: AS_OF, includeUnapproved: true }).then(extractPdfText);
  [authority, internal, english] = await Promise.all([render('de', 'authority'), render('de', 'internal'), render('en', 'internal')]);
});

describe('controller record: the fields beyond Art. 30(1)(a)–(g)', () => {
  it('prints consent record, joint-controller arrangement, data source, automated decisions, obligation, channels and TOMs in both variants', () => {
    expectAllIn(section(authority, activityTitle(payroll)), BOTH_VARIANTS);
    expectAllIn(section(internal, activityTitle(payroll)), BOTH_VARIANTS);
  });

  it('prints AVV status, channel account and checklist state, DPIA consequence, date and reference only internally', () => {
    expectAllIn(section(internal, activityTitle(payroll)), INTERNAL_ONLY);
    const all = squash(authority.pages.join('\n'));
    expect(INTERNAL_ONLY.filter((value) => all.includes(squash(value)))).toEqual([]);
  });

  it('prints the new fields in English', () => {
    expectAllIn(english.pages.join('\n'), [
      'Record of consent',
      'Arrangement under Art. 26 GDPR: essence made available at:',
      'Source of the data',
      'Art. 14 GDPR information duty',
      'Automated individual decision-making, including profiling',
      'Obligation to provide the data',
      'statutory requirement',
      'Messaging channels used',
      'DPA: signed on 1 Feb 2025, valid until 31 Dec 2027',
      'Checklist: 2 of 15 items done, 1 not applicable, 12 open',
      `Consequence of the criteria: ${DPIA_CONSEQUENCE_LABELS.required.en}`,
    ]);
  });

  it('shows "—" for empty optional fields and "none" where no automated decision takes place', () => {
    const text = section(authority, activityTitle(newsletter));
    expect(text).toMatch(/Herkunft der Daten\nArt\. 13, 14 DSGVO\nbei der betroffenen Person erhoben/);
    expect(text).toMatch(/Art\. 22 DSGVO\nfindet nicht statt/);
    expect(text).toMatch(/Art\. 13 Abs\. 2 lit\. e DSGVO\n—/);
    // The label may wrap (the PDF font is wider than before): compare without whitespace.
    expect(text.replace(/\s+/g, '')).toContain('GenutzteKommunikationskanäle—');
    // A consent purpose without a described record still shows the label, with "—".
    expect(text).toContain('Nachweis der Einwilligung: —');
  });

  it('says when a processor has no AVV and when a joint controller has no arrangement', () => {
    const bare = activity({
      id: 'a-bare',
      name: 'Bare',
      recipients: [{ id: 'r', label: 'Hosting', kind: 'processor', partyId: 'p-x' }],
      jointControllerPartyIds: ['p-y'],
    });
    const base = snapshot([bare]);
    const parties = [
      ...base.parties,
      { ...base.parties[0], id: 'p-x', name: 'Hoster AG', contracts: [] },
      { ...base.parties[1], id: 'p-y', name: 'Partner AG', contracts: [] },
    ];
    const definition = JSON.stringify(buildArt30Document({ ...base, parties }, { language: 'de', variant: 'internal', asOf: AS_OF }).content);
    expect(definition).toContain('kein AVV erfasst');
    expect(definition).toContain('keine Vereinbarung erfasst');
  });
});

describe('authority variant: approved only, as an option', () => {
  const all = [payroll, newsletter, emptyActivity, archived];

  it('prints drafts and activities in review only as a preview (with their marker), never archived ones', () => {
    expect(selectArt30Activities(all, 'authority', 'de', { includeUnapproved: true }).map((a) => a.id)).toEqual([payroll.id, emptyActivity.id, newsletter.id]);
  });

  it('prints approved activities only by default, and with includeUnapproved: false', () => {
    expect(selectArt30Activities(all, 'authority', 'de').map((a) => a.id)).toEqual([payroll.id]);
    expect(selectArt30Activities(all, 'authority', 'de', { includeUnapproved: false }).map((a) => a.id)).toEqual([payroll.id]);
    expect(selectArt30Activities(all, 'internal', 'de', { includeUnapproved: false })).toHaveLength(4);
    const definition = buildArt30Document(snapshot(all), { language: 'de', variant: 'authority', asOf: AS_OF, includeUnapproved: false });
    const text = JSON.stringify(definition.content);
    expect(text).toContain('Anzahl der Verarbeitungstätigkeiten: 1');
    expect(text).not.toContain(newsletter.name);
    expect(text).not.toContain('noch nicht freigegeben');
  });
});
