import { PDFArray, PDFContext, PDFDict, PDFHexString, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { FurnitureCursor } from './page-furniture';
import { N, PdfFileWriter, contentStream } from './pdf-file-writer';
import { NO_KEYS, PartCopier, catalogOf, pageRefs, parsePart } from './part-copier';

/**
 * Joins the PDF parts of a chunked document into one file without holding the whole document
 * in memory. pdf-lib parses one part at a time and serialises its objects; the objects go to
 * the output file as soon as they are copied, renumbered, and only the cross-reference offsets,
 * the page references, the outline and the named destinations stay in memory until the end.
 * (pdf-lib's own copyPages/save keeps every page of the result in memory and drops outlines
 * and named destinations, see pdf-lib issues #218, #831, #1017.)
 *
 * What the result gets:
 * - the pages of all body parts in order, each optionally overlaid with a page of the
 *   furniture parts (header/footer with the final page numbers), drawn after the page's own
 *   content, so text order and look are those of a single rendering;
 * - the outline (bookmarks) of every part, concatenated, pointing to the new pages;
 * - the named destinations of every part (TOC links, anchors), merged into one name tree;
 * - the first part's document information (title, author, …) and catalog entries (language,
 *   viewer preferences, page mode).
 */

export interface JoinInput {
  /** The parts in page order (front, then body parts). */
  parts: string[];
  /** Furniture parts in page order, together exactly one page per page of `parts`; empty: none. */
  furniture: string[];
  output: string;
  /** Pages joined so far; called after every part. */
  progress?(pages: number): void;
}

export interface JoinResult {
  pages: number;
  bytes: number;
}

const PAGE_TREE_KEYS = new Set(['/Parent']);
const PAGE_KEYS_REPLACED_BY_OVERLAY = new Set(['/Parent', '/Resources']);
const OUTLINE_LINK_KEYS = new Set(['/Parent', '/First', '/Last', '/Next', '/Prev']);
const CATALOG_OWN_KEYS = new Set(['/Type', '/Pages', '/Outlines', '/Names', '/Dests', '/AcroForm', '/StructTreeRoot']);

interface OutlineItem {
  entries: PDFDict;
  children: OutlineItem[];
}

function readOutline(copier: PartCopier, first: PDFObject | undefined, depth = 0): OutlineItem[] {
  const items: OutlineItem[] = [];
  const seen = new Set<number>();
  for (let ref = first; ref instanceof PDFRef && !seen.has(ref.objectNumber); ) {
    seen.add(ref.objectNumber);
    const node = copier.context.lookup(ref, PDFDict);
    items.push({ entries: copier.dict(node, OUTLINE_LINK_KEYS), children: depth < 32 ? readOutline(copier, node.get(N('First')), depth + 1) : [] });
    ref = node.get(N('Next'));
  }
  return items;
}

/** Key/value pairs of a name tree (named destinations), values renumbered. */
function readNameTree(copier: PartCopier, node: PDFDict | undefined, into: Array<[PDFString | PDFHexString, PDFObject]>, depth = 0): void {
  if (!node || depth > 32) return;
  const names = copier.context.lookupMaybe(node.get(N('Names')), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.get(i);
      if (key instanceof PDFString || key instanceof PDFHexString) into.push([key, copier.value(names.get(i + 1))]);
    }
  }
  const kids = copier.context.lookupMaybe(node.get(N('Kids')), PDFArray);
  for (const kid of kids?.asArray() ?? []) readNameTree(copier, copier.lookupDict(kid), into, depth + 1);
}

function writeOutline(out: PdfFileWriter, items: OutlineItem[], parent: PDFRef, scratch: PDFContext): { first: PDFRef; last: PDFRef } | null {
  if (items.length === 0) return null;
  const refs = items.map(() => out.reserve());
  items.forEach((item, index) => {
    const dict = item.entries;
    dict.set(N('Parent'), parent);
    if (index > 0) dict.set(N('Prev'), refs[index - 1]);
    if (index < items.length - 1) dict.set(N('Next'), refs[index + 1]);
    const children = writeOutline(out, item.children, refs[index], scratch);
    if (children) {
      dict.set(N('First'), children.first);
      dict.set(N('Last'), children.last);
    }
    out.write(refs[index], dict);
  });
  return { first: refs[0], last: refs[refs.length - 1] };
}

function keyText(key: PDFString | PDFHexString): string {
  return key.decodeText();
}

export async function joinPdfParts(input: JoinInput): Promise<JoinResult> {
  if (input.parts.length === 0) throw new Error('Nothing to join');
  const scratch = PDFContext.create();
  const firstContext = await parsePart(input.parts[0]);
  const out = new PdfFileWriter(input.output, firstContext.header.toString().trim());
  try {
    const pagesRoot = out.reserve();
    const catalogRef = out.reserve();
    const kids: PDFRef[] = [];
    const outline: OutlineItem[] = [];
    const destinations: Array<[PDFString | PDFHexString, PDFObject]> = [];
    const furniture = input.furniture.length ? new FurnitureCursor(input.furniture, out, scratch) : null;
    let overlay: { open: PDFRef; close: PDFRef } | null = null;
    if (furniture) {
      // The page's own content runs inside q … Q, so the furniture is drawn in the page's initial state.
      overlay = { open: out.reserve(), close: out.reserve() };
      out.write(overlay.open, contentStream(scratch, 'q\n'));
      out.write(overlay.close, contentStream(scratch, '\nQ\n'));
    }
    let catalogEntries: PDFDict | null = null;
    let infoRef: PDFRef | null = null;

    for (let index = 0; index < input.parts.length; index++) {
      const context = index === 0 ? firstContext : await parsePart(input.parts[index]);
      const copier = new PartCopier(context, out, scratch);
      const catalog = catalogOf(context);
      const treeRoot = catalog.get(N('Pages'));
      if (treeRoot instanceof PDFRef) copier.preset(treeRoot, pagesRoot);
      const pages = pageRefs(context).map((page) => ({ ...page, target: out.reserve() }));
      for (const page of pages) copier.preset(page.ref, page.target);

      for (const page of pages) {
        const source = context.lookup(page.ref, PDFDict);
        const dict = copier.dict(source, overlay ? PAGE_KEYS_REPLACED_BY_OVERLAY : PAGE_TREE_KEYS);
        dict.set(N('Parent'), pagesRoot);
        for (const [key, value] of page.inherited) {
          if (!dict.has(N(key)) && !(overlay && key === 'Resources')) dict.set(N(key), copier.value(value));
        }
        if (furniture && overlay) {
          const extra = await furniture.next();
          const resources = copier.lookupDict(source.get(N('Resources')) ?? page.inherited.get('Resources'));
          const merged = resources ? copier.dict(resources) : PDFDict.withContext(scratch);
          for (const [category, entries] of extra.resources) {
            const own = copier.lookupDict(resources?.get(N(category)));
            const combined = own ? copier.dict(own) : PDFDict.withContext(scratch);
            for (const [name, value] of entries) combined.set(name, value);
            merged.set(N(category), combined);
          }
          dict.set(N('Resources'), merged);
          const contents = dict.get(N('Contents'));
          const list = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
          dict.set(N('Contents'), scratch.obj([overlay.open, ...list, overlay.close, extra.stream]));
        }
        out.write(page.target, dict);
        kids.push(page.target);
      }

      outline.push(...readOutline(copier, copier.lookupDict(catalog.get(N('Outlines')))?.get(N('First'))));
      readNameTree(copier, copier.lookupDict(copier.lookupDict(catalog.get(N('Names')))?.get(N('Dests'))), destinations);
      const oldDests = copier.lookupDict(catalog.get(N('Dests')));
      for (const [key, value] of oldDests?.entries() ?? []) destinations.push([PDFString.of(key.decodeText()), copier.value(value)]);
      if (index === 0) {
        catalogEntries = copier.dict(catalog, CATALOG_OWN_KEYS);
        const info = context.trailerInfo.Info;
        if (info instanceof PDFRef) infoRef = copier.ref(info);
      }
      copier.flush();
      input.progress?.(kids.length);
    }
    furniture?.finish();

    out.write(pagesRoot, scratch.obj({ Type: 'Pages', Count: kids.length, Kids: kids }));
    const catalog = catalogEntries ?? PDFDict.withContext(scratch);
    catalog.set(N('Type'), N('Catalog'));
    catalog.set(N('Pages'), pagesRoot);
    if (outline.length) {
      const outlineRoot = out.reserve();
      const ends = writeOutline(out, outline, outlineRoot, scratch)!;
      out.write(outlineRoot, scratch.obj({ Type: 'Outlines', First: ends.first, Last: ends.last }));
      catalog.set(N('Outlines'), outlineRoot);
      if (!catalog.has(N('PageMode'))) catalog.set(N('PageMode'), N('UseOutlines'));
    }
    if (destinations.length) {
      destinations.sort(([a], [b]) => (keyText(a) < keyText(b) ? -1 : keyText(a) > keyText(b) ? 1 : 0));
      const tree = out.reserve();
      const names = PDFArray.withContext(scratch);
      for (const [key, value] of destinations) {
        names.push(key);
        names.push(value);
      }
      out.write(tree, scratch.obj({ Names: names }));
      catalog.set(N('Names'), scratch.obj({ Dests: tree }));
    }
    out.write(catalogRef, catalog);
    const bytes = out.finish(catalogRef, infoRef);
    return { pages: kids.length, bytes };
  } finally {
    out.close();
  }
}
