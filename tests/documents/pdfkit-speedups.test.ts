import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRecordPdf } from '../../backend/documents/art30-pdf';
import { renderPdf } from '../../backend/documents/pdfmake-renderer';
import { setPdfSpeedups } from '../../backend/documents/pdf-speedups';
import type { PdfDocumentDefinition } from '../../domain/documents/art30/pdf-types';
import { sampleRegister } from '../../domain/sample/sample-register';
import { snapshot } from './art30-fixtures';

/** The file without what changes from second to second: creation dates and the file ID. */
function timeless(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/<xmp:CreateDate>[^<]*/g, '')
    .replace(/\(D:\d+Z\)/g, '')
    .replace(/\/ID \[[^\]]*\]/g, '');
}

/** Text with every style property pdfmake's measure resolves, on the stack and on the words. */
const styled: PdfDocumentDefinition = {
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  styles: { lead: { fontSize: 13, bold: true, color: '#224466' } },
  defaultStyle: { fontSize: 10, lineHeight: 1.2 },
  info: { title: 'Speed-ups' },
  content: [
    { text: 'Überschrift mit benanntem Stil', style: 'lead' },
    {
      text: [
        'Normaler Text, ',
        { text: 'fett ', bold: true },
        { text: 'kursiv ', italics: true },
        { text: 'farbig ', color: '#aa0000', opacity: 0.6 },
        { text: 'unterstrichen ', decoration: 'underline', decorationStyle: 'dashed', decorationColor: '#00aa00' },
        { text: 'hinterlegt ', background: '#eeeeee' },
        { text: 'verlinkt ', link: 'https://example.org' },
        { text: 'hoch', sup: true },
        { text: 'tief', sub: true },
        { text: ' gesperrt', characterSpacing: 1.5 },
        { text: ' ohne Umbruch bis hier', noWrap: true },
      ],
      alignment: 'justify',
    },
    { text: '    eingerückt mit führenden Leerzeichen', leadingIndent: 12, preserveLeadingSpaces: true },
    { text: 'rechtsbündig   ', alignment: 'right', preserveTrailingSpaces: true },
    { text: 'zentriert', alignment: 'center', fontSize: 14 },
    { ul: ['eins zwei drei', { text: 'vier fünf sechs', color: '#555555' }] },
  ] as PdfDocumentDefinition['content'],
};

const setSpeedups = (sameBytes: boolean) => setPdfSpeedups({ sameBytes });

describe('pdfkit and pdfmake speed-ups: the same file, byte for byte', () => {
  afterEach(() => setSpeedups(true));

  it('renders a record as pdfmake and pdfkit do on their own', async () => {
    for (const register of [snapshot(), sampleRegister(12)]) {
      for (const options of [{ language: 'de', variant: 'internal' }, { language: 'en', variant: 'authority' }] as const) {
        const fast = await renderRecordPdf(register, { ...options, asOf: '2026-11-28' });
        setSpeedups(false);
        const plain = await renderRecordPdf(register, { ...options, asOf: '2026-11-28' });
        setSpeedups(true);
        expect(timeless(fast) === timeless(plain), `${options.language} ${options.variant}`).toBe(true);
      }
    }
  }, 60_000);

  it('renders every style property the same way', async () => {
    const fast = await renderPdf(styled);
    setSpeedups(false);
    const plain = await renderPdf(styled);
    setSpeedups(true);
    expect(timeless(fast) === timeless(plain)).toBe(true);
    // The comparison can fail: a different text is a different file.
    const other = await renderPdf({ ...styled, content: [...styled.content, 'ein Wort mehr'] });
    expect(timeless(other) === timeless(fast)).toBe(false);
  });

  it('patches the very copies pdfmake draws with', async () => {
    await renderPdf(styled);
    const require = createRequire(import.meta.url);
    // pdfkit as pdfmake loads it: a stream keeps operators as text while the speed-ups are on.
    const PdfkitDocument = Object.getPrototypeOf((require('pdfmake/js/PDFDocument') as { default: object }).default) as new (options: object) => {
      ref(): { write(chunk: string): void; buffer: unknown[] };
    };
    const fast = new PdfkitDocument({ autoFirstPage: false }).ref();
    fast.write('BT');
    expect(fast.buffer).toEqual(['BT', '\n']);
    // pdfmake's measure: with the speed-ups a word's style is looked up once per text node, not twenty times per word.
    const styleStack = (require('pdfmake/js/StyleContextStack') as { default: { getStyleProperty(...args: unknown[]): unknown } }).default;
    const lookUps = vi.spyOn(styleStack, 'getStyleProperty');
    await renderPdf(styled);
    const withSpeedups = lookUps.mock.calls.length;
    setSpeedups(false);
    lookUps.mockClear();
    await renderPdf(styled);
    expect(withSpeedups).toBeLessThan(lookUps.mock.calls.length / 2);
    lookUps.mockRestore();
    const plain = new PdfkitDocument({ autoFirstPage: false }).ref();
    plain.write('BT');
    expect(plain.buffer[0]).toBeInstanceOf(Uint8Array);
  });
});
