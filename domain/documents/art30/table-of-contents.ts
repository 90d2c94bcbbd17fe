import type { Art30Context } from './context';
import type { PdfContent } from './pdf-types';

/**
 * Table of contents on its own page. pdfmake collects every node marked `tocItem: true`
 * (activity headings, the approval page) and fills in their page numbers after layout;
 * `outlines: true` also turns them into PDF bookmarks.
 */
export function tableOfContents(sectionCount: number, ctx: Art30Context, emptyText?: string): PdfContent {
  const toc = ctx.texts.art30.toc;
  if (sectionCount === 0) {
    return { stack: [{ text: toc.title, style: 'tocTitle' }, { text: emptyText ?? toc.empty, style: 'paragraph' }], pageBreak: 'before' };
  }
  return {
    toc: {
      title: { text: toc.title, style: 'tocTitle' },
      outlines: true,
      textStyle: { fontSize: 9.5 },
      numberStyle: { fontSize: 9.5 },
      textMargin: [0, 2, 0, 2],
    },
    pageBreak: 'before',
  };
}
