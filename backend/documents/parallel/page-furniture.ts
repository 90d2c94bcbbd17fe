import { PDFArray, PDFDict, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFContext, type PDFName, type PDFObject, type PDFRef } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { N, type PdfFileWriter } from './pdf-file-writer';
import { PartCopier, pageRefs, parsePart } from './part-copier';

/** Furniture of one page: a content stream to append and the resources it names. */
export interface FurniturePage {
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

/** Reads furniture pages one by one across the furniture parts, one part in memory at a time. */
export class FurnitureCursor {
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
