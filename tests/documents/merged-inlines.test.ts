import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRecordPdf } from '../../backend/documents/art30-pdf';
import { mergedInlines } from '../../backend/documents/merged-inlines';
import { setPdfSpeedups } from '../../backend/documents/pdf-speedups';
import { sampleRegister } from '../../domain/sample/sample-register';
import { extractPdfText } from '../support/pdf-text';
import { useTempDir } from '../support/temp-dir';
import { snapshot } from './art30-fixtures';
import { decodePng } from './png';

const tempDir = useTempDir();

/** Every page rasterised at 100 dpi (pdftoppm, as in rasterise.test.ts), decoded pixels in page order. */
function pages(bytes: Uint8Array): Uint8Array[] {
  const dir = tempDir();
  writeFileSync(join(dir, 'doc.pdf'), bytes);
  execFileSync('pdftoppm', ['-r', '100', '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
    .map((name) => decodePng(new Uint8Array(readFileSync(join(dir, name)))).pixels);
}

const font = {};
const word = (text: string, x: number, extra: Record<string, unknown> = {}) => ({ text, x, width: 10, height: 12, font, fontSize: 9, color: '#000', opacity: 1, ...extra });

describe('words of a line drawn as one run (pdfmake speed-up)', () => {
  afterEach(() => setPdfSpeedups({ mergedRuns: true }));

  it('joins only neighbouring words that look the same', () => {
    const merged = mergedInlines([word('Die ', 0), word('Daten ', 10), word('werden ', 20, { color: '#f00' }), word('hier ', 30, { color: '#f00' }), word('gelöscht', 45, { color: '#f00' })]);
    expect(merged.map((inline) => [inline.text, inline.x, inline.width])).toEqual([
      ['Die Daten ', 0, 20],
      ['werden hier ', 20, 20],
      // not edge to edge (justified spacing)
      ['gelöscht', 45, 10],
    ]);
    const links = mergedInlines([word('a ', 0, { link: 'https://example.org' }), word('b ', 10), word('c', 20, { decoration: 'underline' })]);
    expect(links).toHaveLength(3);
    // An address the line breaker split without a space: kerning across the split would differ.
    expect(mergedInlines([word('https://genuss-', 0), word('verbund.example', 10)])).toHaveLength(2);
  });

  it('draws every page pixel for pixel as pdfmake does word by word, with the same text, in a smaller file', async () => {
    for (const register of [snapshot(), sampleRegister(12)]) {
      for (const options of [{ language: 'de', variant: 'internal' }, { language: 'en', variant: 'authority' }] as const) {
        const merged = await renderRecordPdf(register, { ...options, asOf: '2026-11-28' });
        setPdfSpeedups({ mergedRuns: false });
        const wordByWord = await renderRecordPdf(register, { ...options, asOf: '2026-11-28' });
        setPdfSpeedups({ mergedRuns: true });
        const [a, b] = [pages(merged), pages(wordByWord)];
        expect(a.length).toBe(b.length);
        a.forEach((pixels, index) => expect(Buffer.compare(pixels, b[index]), `page ${index + 1}`).toBe(0));
        expect((await extractPdfText(merged)).pages).toEqual((await extractPdfText(wordByWord)).pages);
        expect(merged.byteLength).toBeLessThan(wordByWord.byteLength);
      }
    }
  }, 120_000);
});
