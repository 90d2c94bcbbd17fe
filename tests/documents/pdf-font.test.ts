import { describe, expect, it } from 'vitest';
import { runDocumentJob } from '../../backend/documents/document-job';
import { unsupportedCharacters, unsupportedCharactersIn } from '../../backend/documents/font-coverage';
import { renderNoticePdfWithReport } from '../../backend/documents/notice-pdf';
import { buildPrivacyNotice } from '../../domain/documents/privacy-notice';
import { extractPdfText } from '../support/pdf-text';
import { activity, payroll, snapshot } from './art30-fixtures';
import { IDS } from './fixture-ids';

/** What users type: arrows, check marks, Greek, Cyrillic, typographic quotes and dashes, accented Latin. */
const TYPED = ['Ablauf → Prüfung ✓ erledigt ✔ ✗', 'Ελληνικά δεδομένα', 'Кириллица данные', '„Zitat“ ‚einfach‘ «guillemets» “quotes” – — …', 'Łódź Škoda Ærø Şişli Ğ ő ű'];

const typed = activity({
  id: IDS.empty,
  reference: 'VT-009',
  name: 'Zeichentest → ✓',
  status: 'approved',
  description: TYPED.join('\n'),
  purposes: [{ id: 'pu-typed', description: 'Prüfung → Freigabe ✓', legalBases: [{ code: '6-1-b', note: '' }] }],
});

describe('PDF font coverage', () => {
  it('the font shows everything users type: nothing reported', () => {
    expect(unsupportedCharactersIn(TYPED)).toEqual([]);
  });

  it('reports characters the font lacks, each once, from every text of a definition', () => {
    const definition = { content: [{ text: 'Kanji 漢字 und 漢' }, { stack: [{ text: ['ok ', { text: 'अ' }] }] }], footer: () => 'x' };
    expect(unsupportedCharacters(definition)).toEqual(['漢', '字', 'अ']);
  });

  it('an Art. 30 PDF read back contains the arrows, check marks, Greek and Cyrillic as typed', async () => {
    const result = await runDocumentJob({
      output: 'pdf',
      snapshot: snapshot([payroll, typed]),
      options: { language: 'de', variant: 'internal', record: 'controller', asOf: '2026-11-28' },
    });
    if (result.output !== 'pdf') throw new Error('expected a PDF');
    expect(result.unsupportedCharacters).toEqual([]);
    const text = (await extractPdfText(result.bytes)).pages.join('\n');
    for (const expected of ['→', '✓', '✔', 'Ελληνικά', 'Кириллица', '„Zitat“', '«guillemets»', 'Łódź']) expect(text).toContain(expected);
    expect(text).toContain('Prüfung → Freigabe ✓');
  });

  it('a document job reports what the font cannot show instead of dropping it silently', async () => {
    const cjk = { ...typed, name: 'Kundendaten 漢字' };
    const result = await runDocumentJob({
      output: 'pdf',
      snapshot: snapshot([cjk]),
      options: { language: 'de', variant: 'internal', record: 'controller', asOf: '2026-11-28' },
    });
    if (result.output !== 'pdf') throw new Error('expected a PDF');
    expect(result.unsupportedCharacters).toEqual(['漢', '字']);
  });

  it('a privacy notice PDF read back contains "→" and "✓" as typed', async () => {
    const register = snapshot([typed]);
    const notice = buildPrivacyNotice(register, { kind: 'activity', activityId: typed.id }, 'de');
    const pdf = await renderNoticePdfWithReport(notice, { asOf: '2026-11-28' });
    expect(pdf.unsupportedCharacters).toEqual([]);
    const text = (await extractPdfText(pdf.bytes)).pages.join('\n');
    expect(text).toContain('Prüfung → Freigabe ✓');
  });
});
