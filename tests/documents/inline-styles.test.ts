import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { inlineNamedStyles, inlinedNodesWhere } from '../../backend/documents/inline-styles';
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

  it('finds single nodes as the whole inlined content has them, without copying the rest (TOC lines)', () => {
    const definition = buildArt30Document(snapshot(), { language: 'de', variant: 'authority', asOf: '2026-11-28' });
    const collect = (value: unknown, pick: (node: PdfNode) => boolean, into: PdfNode[] = []): PdfNode[] => {
      if (Array.isArray(value)) value.forEach((child) => collect(child, pick, into));
      else if (typeof value === 'object' && value !== null) {
        const node = value as PdfNode;
        if (pick(node)) into.push(node);
        if (Array.isArray(node.text)) collect(node.text, pick, into);
        for (const children of [node.stack, node.columns, node.ul, node.ol, node.table?.body, node.toc?.title]) if (children) collect(children, pick, into);
      }
      return into;
    };
    const inlined = inlineNamedStyles(definition).content;
    // `pick` sees a node as built: it selects by what inlining does not change.
    for (const pick of [(node: PdfNode) => Boolean(node.tocItem), (node: PdfNode) => node.table !== undefined, (node: PdfNode) => Array.isArray(node.text)]) {
      const expected = collect(inlined, pick);
      expect(expected.length).toBeGreaterThan(0);
      expect(inlinedNodesWhere(definition, definition.content, pick)).toEqual(expected);
    }
    // A section's nodes stay as they are, as inlineNamedStyles leaves them.
    const raw: PdfNode = { text: 'x', style: 'a', tocItem: true };
    const section = { section: [raw] } as unknown as PdfNode;
    expect(inlinedNodesWhere(base, [section], (node) => Boolean(node.tocItem))).toEqual([raw]);
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
