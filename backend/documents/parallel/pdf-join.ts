import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

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

const N = (name: string) => PDFName.of(name);
const encoder = new TextEncoder();
const FLUSH_BYTES = 1 << 20;

/** Appends numbered objects to a file and writes the cross-reference table at the end. */
class PdfFileWriter {
  private readonly fd: number;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private written = 0;
  private readonly offsets: number[] = [];
  private next = 1;

  constructor(path: string, header: string) {
    this.fd = openSync(path, 'w');
    this.raw(encoder.encode(`${header}\n%\u00e2\u00e3\u00cf\u00d3\n`));
  }

  get size(): number {
    return this.written + this.pendingBytes;
  }

  reserve(): PDFRef {
    return PDFRef.of(this.next++);
  }

  write(ref: PDFRef, object: PDFObject): void {
    this.offsets[ref.objectNumber] = this.size;
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    this.raw(encoder.encode(`${ref.objectNumber} 0 obj\n`));
    this.raw(body);
    this.raw(encoder.encode('\nendobj\n'));
  }

  private raw(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.byteLength;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < chunk.byteLength) done += writeSync(this.fd, chunk, done, chunk.byteLength - done);
    this.written += chunk.byteLength;
    this.pending = [];
    this.pendingBytes = 0;
  }

  finish(root: PDFRef, info: PDFRef | null): number {
    const xref = this.size;
    const lines = ['xref', `0 ${this.next}`, '0000000000 65535 f '];
    for (let number = 1; number < this.next; number++) {
      const offset = this.offsets[number];
      lines.push(offset === undefined ? '0000000000 65535 f ' : `${String(offset).padStart(10, '0')} 00000 n `);
    }
    const id = randomBytes(16).toString('hex');
    lines.push('trailer', `<< /Size ${this.next} /Root ${root.toString()}${info ? ` /Info ${info.toString()}` : ''} /ID [<${id}> <${id}>] >>`);
    lines.push('startxref', String(xref), '%%EOF', '');
    this.raw(encoder.encode(lines.join('\n')));
    this.flush();
    return this.written;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** A parsed part whose objects are copied into the output under new numbers, each at most once. */
class PartCopier {
  private readonly map = new Map<number, PDFRef>();
  private readonly queue: Array<[PDFRef, PDFRef]> = [];

  constructor(
    readonly context: PDFContext,
    private readonly out: PdfFileWriter,
    private readonly scratch: PDFContext,
  ) {}

  /** Maps a reference of this part to a given output reference (pages, the page-tree root). */
  preset(source: PDFRef, target: PDFRef): void {
    this.map.set(source.objectNumber, target);
  }

  ref(source: PDFRef): PDFRef {
    let target = this.map.get(source.objectNumber);
    if (!target) {
      target = this.out.reserve();
      this.map.set(source.objectNumber, target);
      this.queue.push([source, target]);
    }
    return target;
  }

  /** The object with every reference renumbered; referenced objects are queued for writing. */
  value(object: PDFObject): PDFObject {
    if (object instanceof PDFRef) return this.ref(object);
    if (object instanceof PDFDict) return this.dict(object);
    if (object instanceof PDFArray) {
      const array = PDFArray.withContext(this.scratch);
      for (const item of object.asArray()) array.push(this.value(item));
      return array;
    }
    if (object instanceof PDFRawStream) return this.stream(object);
    return object;
  }

  /** Streams of the uncompressed furniture parts (fonts, character maps) are compressed on the way. */
  private stream(source: PDFRawStream): PDFRawStream {
    const dict = this.dict(source.dict);
    if (dict.has(N('Filter')) || source.contents.byteLength < 256) return PDFRawStream.of(dict, source.contents);
    const contents = deflateSync(source.contents);
    dict.set(N('Filter'), N('FlateDecode'));
    dict.set(N('Length'), PDFNumber.of(contents.byteLength));
    return PDFRawStream.of(dict, contents);
  }

  dict(source: PDFDict, skip: ReadonlySet<string> = NO_KEYS): PDFDict {
    const map = new Map<PDFName, PDFObject>();
    for (const [key, value] of source.entries()) if (!skip.has(key.asString())) map.set(key, this.value(value));
    return PDFDict.fromMapWithContext(map, this.scratch);
  }

  /** Writes every queued object (and what they reference). */
  flush(): void {
    for (let entry = this.queue.pop(); entry; entry = this.queue.pop()) {
      const [source, target] = entry;
      const object = this.context.lookup(source);
      if (object === undefined) throw new Error(`Object ${source.toString()} of a document part is missing`);
      this.out.write(target, this.value(object));
    }
  }

  lookupDict(object: PDFObject | undefined): PDFDict | undefined {
    const resolved = object instanceof PDFRef ? this.context.lookup(object) : object;
    return resolved instanceof PDFDict ? resolved : undefined;
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();
const PAGE_TREE_KEYS = new Set(['/Parent']);
const PAGE_KEYS_REPLACED_BY_OVERLAY = new Set(['/Parent', '/Resources']);
const OUTLINE_LINK_KEYS = new Set(['/Parent', '/First', '/Last', '/Next', '/Prev']);
const CATALOG_OWN_KEYS = new Set(['/Type', '/Pages', '/Outlines', '/Names', '/Dests', '/AcroForm', '/StructTreeRoot']);

async function parsePart(path: string): Promise<PDFContext> {
  // Fastest: no yielding to the event loop between objects (the worker has nothing else to do).
  return PDFParser.forBytesWithOptions(readFileSync(path), Infinity, true, false).parseDocument();
}

function catalogOf(context: PDFContext): PDFDict {
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw new Error('A document part has no catalog');
  return catalog;
}

/** Leaf page references in order, with the attributes pages may inherit from the tree. */
function pageRefs(context: PDFContext): Array<{ ref: PDFRef; inherited: Map<string, PDFObject> }> {
  const pages: Array<{ ref: PDFRef; inherited: Map<string, PDFObject> }> = [];
  const root = catalogOf(context).get(N('Pages'));
  const visit = (ref: PDFObject | undefined, inherited: Map<string, PDFObject>) => {
    if (!(ref instanceof PDFRef)) throw new Error('A document part has a malformed page tree');
    const node = context.lookup(ref, PDFDict);
    const own = new Map(inherited);
    for (const key of ['Resources', 'MediaBox', 'CropBox', 'Rotate']) {
      const value = node.get(N(key));
      if (value !== undefined) own.set(key, value);
    }
    const kids = node.lookupMaybe(N('Kids'), PDFArray);
    if (node.get(N('Type')) === N('Pages') && kids) for (const kid of kids.asArray()) visit(kid, own);
    else pages.push({ ref, inherited: own });
  };
  visit(root, new Map());
  return pages;
}

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

/** Furniture of one page: a content stream to append and the resources it names. */
interface FurniturePage {
  stream: PDFRef;
  /** Resource category (Font, ExtGState, …) → renamed entries. */
  resources: Map<string, Array<[PDFName, PDFObject]>>;
}

const RESOURCE_PREFIX = 'Vvt';
const NAME_DELIMITER = String.raw`(?=[\s/<>\[\]()%{}]|$)`;

/**
 * A furniture page's content as one more content stream of the body page. Its resource names
 * (/F1, /Gs1, …) would clash with the page's own, so they get a prefix, in the stream and in the
 * resources; drawing it inside the page's own content (not as a form XObject) keeps the text
 * flow of the page exactly as a single rendering has it.
 */
function furnitureOf(copier: PartCopier, page: PDFDict, inherited: Map<string, PDFObject>, out: PdfFileWriter, scratch: PDFContext): FurniturePage {
  const contents = page.get(N('Contents'));
  const streams = (contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []).map((item) => {
    const stream = copier.context.lookup(item);
    if (!(stream instanceof PDFRawStream)) throw new Error('A page of the page furniture has no content stream');
    return stream;
  });
  const resources = copier.lookupDict(page.get(N('Resources')) ?? inherited.get('Resources'));
  const renamed = new Map<string, Array<[PDFName, PDFObject]>>();
  const names: string[] = [];
  for (const [category, value] of resources?.entries() ?? []) {
    const entries = copier.lookupDict(value);
    if (!entries) continue;
    const list: Array<[PDFName, PDFObject]> = [];
    for (const [name, resource] of entries.entries()) {
      const plain = name.asString().slice(1);
      names.push(plain);
      list.push([N(RESOURCE_PREFIX + plain), copier.value(resource)]);
    }
    renamed.set(category.asString().slice(1), list);
  }
  // Furniture parts are written uncompressed (chunk-render.ts): no inflating and deflating per page.
  const raw = streams.map((stream) => (stream.dict.has(N('Filter')) ? decodePDFRawStream(stream).decode() : stream.contents));
  let text = Buffer.concat(raw).toString('latin1');
  if (names.length) {
    const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    text = text.replace(new RegExp(`/(${escaped})${NAME_DELIMITER}`, 'g'), `/${RESOURCE_PREFIX}$1`);
  }
  // About 2 KB per page as pdfkit writes it (every glyph positioned), a fifth of that deflated:
  // 3 MB less for 1,500 pages, for some 30 ms.
  const data = deflateSync(Buffer.from(`\n${text}\n`, 'latin1'));
  const entries = new Map<PDFName, PDFObject>([
    [N('Length'), PDFNumber.of(data.byteLength)],
    [N('Filter'), N('FlateDecode')],
  ]);
  const stream = PDFRawStream.of(PDFDict.fromMapWithContext(entries, scratch), data);
  const ref = out.reserve();
  out.write(ref, stream);
  return { stream: ref, resources: renamed };
}

function contentStream(scratch: PDFContext, text: string): PDFRawStream {
  const data = encoder.encode(text);
  return PDFRawStream.of(PDFDict.fromMapWithContext(new Map([[N('Length'), PDFNumber.of(data.byteLength)]]), scratch), data);
}

/** Reads furniture pages one by one across the furniture parts, one part in memory at a time. */
class FurnitureCursor {
  private index = 0;
  private current: { copier: PartCopier; pages: ReturnType<typeof pageRefs>; at: number } | null = null;

  constructor(
    private readonly files: string[],
    private readonly out: PdfFileWriter,
    private readonly scratch: PDFContext,
  ) {}

  /** The next furniture page, its content stream written to the output. */
  async next(): Promise<FurniturePage> {
    while (!this.current || this.current.at >= this.current.pages.length) {
      this.current?.copier.flush();
      if (this.index >= this.files.length) throw new Error('The page furniture has fewer pages than the document');
      const context = await parsePart(this.files[this.index++]);
      this.current = { copier: new PartCopier(context, this.out, this.scratch), pages: pageRefs(context), at: 0 };
    }
    const { copier, pages } = this.current;
    const { ref, inherited } = pages[this.current.at++];
    const page = furnitureOf(copier, copier.context.lookup(ref, PDFDict), inherited, this.out, this.scratch);
    copier.flush();
    return page;
  }

  finish(): void {
    this.current?.copier.flush();
    const left = (this.current ? this.current.pages.length - this.current.at : 0) + (this.files.length - this.index);
    if (left > 0) throw new Error('The page furniture has more pages than the document');
  }
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
