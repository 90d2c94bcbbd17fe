import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFNumber, PDFParser, PDFRawStream, PDFRef, type PDFContext, type PDFName, type PDFObject } from 'pdf-lib';
import { N, type PdfFileWriter } from './pdf-file-writer';

/** A parsed part whose objects are copied into the output under new numbers, each at most once. */
export class PartCopier {
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

export const NO_KEYS: ReadonlySet<string> = new Set();

export async function parsePart(path: string): Promise<PDFContext> {
  // Fastest: no yielding to the event loop between objects (the worker has nothing else to do).
  return PDFParser.forBytesWithOptions(readFileSync(path), Infinity, true, false).parseDocument();
}

export function catalogOf(context: PDFContext): PDFDict {
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw new Error('A document part has no catalog');
  return catalog;
}

/** Leaf page references in order, with the attributes pages may inherit from the tree. */
export function pageRefs(context: PDFContext): Array<{ ref: PDFRef; inherited: Map<string, PDFObject> }> {
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
