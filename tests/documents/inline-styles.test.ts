import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { inlineNamedStyles } from '../../backend/documents/inline-styles';
import { renderPdf } from '../../backend/documents/pdfmake-renderer';
import { TABLE_LAYOUTS, buildArt30Document } from '../../domain/documents/art30';
import type { PdfDocumentDefinition, PdfNode } from '../../domain/documents/art30/pdf-types';
import { extractPdfText } from '../support/pdf-text';
import { snapshot } from './art30-fixtures';

const base: PdfDocumentDefinition = {
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  styles: { a: { fontSize: 8, bold: true, margin: [1, 2, 3, 4] }, b: { fontSize: 11, color: '#111111' } },
  defaultStyle: { fontSize: 10 },
  info: { title: 'T' },
  content: [],
};

describe('inlineNamedStyles (pdfmake speed-up)', () => {
  it('puts the named styles on the node with pdfmake precedence: later names, then the node itself', () => {
    const input: PdfNode = { text: 'x', style: ['a', 'b'], bold: false };
    const [out] = inlineNamedStyles({ ...base, content: [input] }).content as PdfNode[];
    expect(out).toEqual({ text: 'x', fontSize: 11, bold: false, margin: [1, 2, 3, 4], color: '#111111' });
    expect(input.style).toEqual(['a', 'b']);
  });

  it('reaches every kind of child, and header and footer', () => {
    const node = (text: string): PdfNode => ({ text, style: 'a' });
    const definition = inlineNamedStyles({
      ...base,
      content: [
        {
          stack: [
            { text: ['plain', node('inline')] },
            { columns: [node('column')] },
            { ul: [node('ul')] },
            { ol: [node('ol')] },
            { table: { widths: ['*'], body: [[node('cell')]] } },
            { toc: { title: node('toc') } },
          ],
        },
      ],
      header: () => node('header'),
      footer: () => node('footer'),
    });
    const json = JSON.stringify([definition.content, definition.header!(1, 1), definition.footer!(1, 1)]);
    expect(json).not.toContain('"style"');
    expect(json.match(/"fontSize":8/g)).toHaveLength(8);
    expect(definition.styles).toBe(base.styles);
  });

  it('renders the controller record exactly as pdfmake does with named styles', async () => {
    const build = () => buildArt30Document(snapshot(), { language: 'de', variant: 'internal', asOf: '2026-11-28' });
    const viaRenderer = await renderPdf(build(), TABLE_LAYOUTS);
    // renderPdf has set up fonts and layouts on the shared pdfmake instance; now pdfmake alone:
    const plain = new Uint8Array(await pdfmake.createPdf(build() as unknown as TDocumentDefinitions).getBuffer());
    expect(viaRenderer.byteLength).toBe(plain.byteLength);
    const [a, b] = await Promise.all([extractPdfText(viaRenderer), extractPdfText(plain)]);
    expect(a.pages).toEqual(b.pages);
    expect(a.outline).toEqual(b.outline);
  });
});
