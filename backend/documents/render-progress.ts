import type { PdfContent, PdfDocumentDefinition, PdfNode } from '../../domain/documents/art30/pdf-types';

/** Progress callbacks of one rendering, in this order; each receives (done, total). */
export interface RenderProgress {
  /** Sections measured (pdfmake measures all text before it lays anything out). */
  measure?(done: number, total: number): void;
  /** Sections laid out on pages. */
  layout?(done: number, total: number): void;
  /** Pages written into the PDF. */
  render?(done: number, total: number): void;
}

/** A section: a top-level block that starts a page with a TOC heading (activity, controller, approval page). */
function startsSection(content: PdfContent): content is PdfNode {
  if (typeof content !== 'object' || Array.isArray(content) || content.pageBreak !== 'before' || !content.stack) return false;
  const first = content.stack[0];
  return typeof first === 'object' && !Array.isArray(first) && first.tocItem !== undefined && first.tocItem !== false;
}

/** Reports each value once, counting up only. */
function counter(report: ((done: number, total: number) => void) | undefined, total: () => number): (done: number) => void {
  let last = -1;
  return (done) => {
    if (done <= last) return;
    last = done;
    report?.(done, total());
  };
}

/**
 * Returns a copy of the definition whose sections report while pdfmake works on them. pdfmake
 * runs three synchronous passes without callbacks of its own, so the probes use what it reads:
 * - measure: pdfmake reads `marginLeft` of each node exactly once, when measuring it
 *   (helpers/node.js getNodeMargin); a getter on each section counts the sections measured.
 * - layout: each section becomes a pdfmake `section` node (it starts a new page, like the page
 *   break it replaces) whose page `background` callback runs when its first page is added; a
 *   section is laid out when the next one starts, the last one when pdfmake asks for the first
 *   page header (headers are added after the layout pass). The header call also gives the page count.
 * Tested against pdfmake 0.3 (tests/documents/document-jobs.test.ts checks the order and totals).
 */
export function instrumentLayout(
  definition: PdfDocumentDefinition,
  progress: RenderProgress,
): { definition: PdfDocumentDefinition; pageCount(): number } {
  let total = 0;
  let pages = 0;
  const measured = counter(progress.measure, () => total);
  const laidOut = counter(progress.layout, () => total);
  const layoutReached = (index: number) => {
    measured(total);
    laidOut(index);
  };
  const content = definition.content.map((node) => {
    if (!startsSection(node)) return node;
    const index = total++;
    const { pageBreak: _pageBreak, ...rest } = node;
    const section = { section: rest, background: () => (layoutReached(index), null) } as unknown as PdfNode;
    Object.defineProperty(section, 'marginLeft', { enumerable: false, get: () => void measured(index) });
    return section;
  });
  measured(0);
  const header = definition.header;
  return {
    definition: {
      ...definition,
      content,
      header: (page, pageCount) => {
        pages = pageCount;
        layoutReached(total);
        return header ? header(page, pageCount) : '';
      },
    },
    pageCount: () => pages,
  };
}
