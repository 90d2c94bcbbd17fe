import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfmakeFontFolder, renderPdf } from '../../backend/documents/pdfmake-renderer';
import type { PdfDocumentDefinition } from '../../domain/documents/art30';
import { extractPdfText } from '../support/pdf-text';

function definition(extra: Record<string, unknown> = {}, content: unknown[] = ['Grüße aus Köln – 1.000 €']): PdfDocumentDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [60, 60, 60, 60],
    content: content as PdfDocumentDefinition['content'],
    styles: {},
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    info: { title: 'Test' },
    ...extra,
  };
}

describe('pdfmake renderer', () => {
  it('uses the Roboto fonts shipped with pdfmake and renders umlauts and €', async () => {
    for (const file of ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf']) {
      expect(existsSync(join(pdfmakeFontFolder(), file))).toBe(true);
    }
    const pdf = await extractPdfText(await renderPdf(definition()));
    expect(pdf.pages).toEqual(['Grüße aus Köln – 1.000 €']);
  });

  it('refuses to fetch anything from the network', async () => {
    await expect(renderPdf(definition({ images: { logo: 'https://example.com/logo.png' } }, [{ image: 'logo' }]))).rejects.toThrow(
      /Access to URL denied/,
    );
  });

  it('refuses to read local files outside the font folder', async () => {
    await expect(renderPdf(definition({}, [{ image: '/etc/hostname' }]))).rejects.toThrow(/Access to local file denied/);
  });
});
