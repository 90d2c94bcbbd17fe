import type { PdfContent, PdfDocumentDefinition, PdfNode, PdfToc } from '../../../domain/documents/art30/pdf-types';

/**
 * How a document definition splits into parts that can be laid out independently. A part
 * boundary is a top-level node with `pageBreak: 'before'` after the table of contents: from
 * there on nothing on a page depends on what came before except the page numbers, which the
 * parallel pipeline supplies afterwards (TOC numbers, "Seite x von y" footers).
 *
 * Anything that would tie one part to another makes the definition "not chunkable" and the
 * document is produced by the single-worker path instead: cross references (pageReference,
 * textReference), nested outlines (outlineParentId), more than one or a nested TOC, TOC items
 * before the TOC, sorted TOCs, or page furniture other than header and footer.
 */

export interface ChunkPlan {
  /** Index of the top-level `toc` node, or -1 when the document has none. */
  tocIndex: number;
  toc: PdfToc | null;
  /** Top-level index where each section starts (ascending); a section runs to the next start. */
  sectionStarts: number[];
  /** TOC items per section, in document order (pdfmake numbers unnamed items through the whole document). */
  tocItemsPerSection: number[];
}

export type PlanOutcome = { chunkable: true; plan: ChunkPlan } | { chunkable: false; reason: string };

/** Properties a definition may carry that the parallel path does not reproduce. */
const UNSUPPORTED_DEFINITION_KEYS = ['background', 'watermark', 'pageBreakBefore'];

interface Scan {
  tocItems: number;
  problem: string | null;
}

function isNode(value: unknown): value is PdfNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDefaultTocItem(value: unknown): boolean {
  return value === true || value === '_default_' || (Array.isArray(value) && value.every((id) => id === true || id === '_default_'));
}

/** Walks a content tree (plain data) and notes TOC items and anything that ties parts together. */
function scan(content: unknown, into: Scan): void {
  if (Array.isArray(content)) {
    for (const child of content) scan(child, into);
    return;
  }
  if (!isNode(content)) return;
  const node = content as PdfNode & Record<string, unknown>;
  if (node.tocItem) {
    if (!isDefaultTocItem(node.tocItem)) into.problem ??= 'a TOC item names its own TOC';
    into.tocItems++;
  }
  if (node.pageReference !== undefined || node.textReference !== undefined) into.problem ??= 'a cross reference';
  if (node.outlineParentId !== undefined) into.problem ??= 'a nested outline';
  if (node.toc !== undefined) into.problem ??= 'a nested TOC';
  for (const key of ['text', 'stack', 'columns', 'ul', 'ol', 'section'] as const) {
    const child = node[key];
    if (typeof child === 'object' && child !== null) scan(child, into);
  }
  if (node.table) scan(node.table.body, into);
}

export function planChunks(definition: PdfDocumentDefinition): PlanOutcome {
  const loose = definition as unknown as Record<string, unknown>;
  const unsupported = UNSUPPORTED_DEFINITION_KEYS.find((key) => loose[key] !== undefined && loose[key] !== null);
  if (unsupported) return { chunkable: false, reason: `the definition has a ${unsupported}` };
  const { content } = definition;
  const tocIndices = content.flatMap((node, index) => (isNode(node) && node.toc ? [index] : []));
  if (tocIndices.length > 1) return { chunkable: false, reason: 'more than one TOC' };
  const tocIndex = tocIndices[0] ?? -1;
  const toc = tocIndex >= 0 ? (content[tocIndex] as PdfNode).toc! : null;
  if (toc && (toc as PdfToc & { sortBy?: unknown }).sortBy !== undefined) return { chunkable: false, reason: 'a sorted TOC' };

  const front: Scan = { tocItems: 0, problem: null };
  scan(content.slice(0, Math.max(tocIndex, 0)), front);
  if (toc?.title) scan(toc.title, front);
  if (front.problem) return { chunkable: false, reason: front.problem };
  if (front.tocItems > 0) return { chunkable: false, reason: 'TOC items before the TOC' };

  const sectionStarts: number[] = [];
  const tocItemsPerSection: number[] = [];
  for (let index = tocIndex + 1; index < content.length; index++) {
    const node = content[index];
    const startsPage = isNode(node) && node.pageBreak === 'before';
    if (isNode(node) && node.pageBreak === 'after') return { chunkable: false, reason: 'a page break after a top-level node' };
    if (sectionStarts.length === 0 && !startsPage) return { chunkable: false, reason: 'content after the TOC that does not start a page' };
    if (startsPage) {
      sectionStarts.push(index);
      tocItemsPerSection.push(0);
    }
    const found: Scan = { tocItems: 0, problem: null };
    scan(node, found);
    if (found.problem) return { chunkable: false, reason: found.problem };
    tocItemsPerSection[tocItemsPerSection.length - 1] += found.tocItems;
  }
  if (sectionStarts.length === 0) return { chunkable: false, reason: 'no sections' };
  return { chunkable: true, plan: { tocIndex, toc, sectionStarts, tocItemsPerSection } };
}

/** Top-level content of sections [first, end). */
export function sectionContent(definition: PdfDocumentDefinition, plan: ChunkPlan, first: number, end: number): PdfContent[] {
  const from = plan.sectionStarts[first];
  const to = end < plan.sectionStarts.length ? plan.sectionStarts[end] : definition.content.length;
  return definition.content.slice(from, to);
}

/** Consecutive runs of sections, `perChunk` each (the last may be shorter). */
export function chunkRanges(sections: number, perChunk: number): Array<{ first: number; end: number }> {
  const size = Math.max(1, Math.floor(perChunk));
  const ranges: Array<{ first: number; end: number }> = [];
  for (let first = 0; first < sections; first += size) ranges.push({ first, end: Math.min(sections, first + size) });
  return ranges;
}

/**
 * A header or footer that prints the same on every page (no page numbers) can be rendered with
 * the parts; one that uses the numbers is stamped afterwards from a separate rendering.
 */
export function isConstantFurniture(furniture: PdfDocumentDefinition['header']): boolean {
  if (!furniture) return true;
  const probe = (page: number, pages: number) => JSON.stringify(furniture(page, pages));
  const first = probe(1, 1);
  return probe(2, 3) === first && probe(17, 98_765) === first;
}
