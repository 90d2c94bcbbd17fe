import type { PdfContent } from '../../../domain/documents/art30/pdf-types';

/**
 * The sections of a large definition as UTF-8 JSON in one Buffer, outside the JS heap. A pool
 * worker holds the sections of every part it may be given: as objects that is ≈ 123 MB for
 * 10,000 activities, walked by every major GC and held twice in a pool of two; packed it is
 * ≈ 53 MB of bytes the GC never looks into. A part parses only its own sections (≈ 3 ms per
 * 100). The content is plain data built by domain/documents (no functions, no dates), which
 * JSON keeps as it is; each part gets fresh objects, so pdfmake's in-place changes to the nodes
 * it lays out never reach another part.
 */
export class PackedSections {
  private constructor(
    private readonly bytes: Buffer,
    /** Byte offset where each section starts, and the end: length count + 1. */
    private readonly offsets: Float64Array,
  ) {}

  /** Packs each section (its top-level nodes) in order. */
  static pack(sections: readonly PdfContent[][]): PackedSections {
    const chunks: Buffer[] = [];
    const offsets: number[] = [0];
    let length = 0;
    for (const nodes of sections) {
      if (nodes.length === 0) throw new Error('A section without content cannot be packed');
      // The nodes without the array's brackets, each section ending in a comma: a run of
      // sections is one JSON array once the brackets are put back and the last comma dropped.
      const chunk = Buffer.from(`${JSON.stringify(nodes).slice(1, -1)},`, 'utf8');
      chunks.push(chunk);
      length += chunk.byteLength;
      offsets.push(length);
    }
    return new PackedSections(Buffer.concat(chunks, length), Float64Array.from(offsets));
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  /** The top-level nodes of sections [first, end), as new objects. */
  slice(first: number, end: number): PdfContent[] {
    if (!(first >= 0 && first < end && end <= this.count)) throw new RangeError(`No sections ${first}–${end} among ${this.count}`);
    return JSON.parse(`[${this.bytes.toString('utf8', this.offsets[first], this.offsets[end] - 1)}]`) as PdfContent[];
  }
}
