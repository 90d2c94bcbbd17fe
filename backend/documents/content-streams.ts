import { speedups, type PdfkitDocumentClass } from './speedup-switch';

/**
 * A speed-up for pdfkit 0.19 (under pdfmake), not a change of output: pdfkit turns every
 * drawing operator of a page ("BT", "1 0 0 1 56.69 780.2 Tm", …) into a Buffer of its own and
 * concatenates them when the page is finished: hundreds of thousands of small Buffers for a
 * large record, a good part of its garbage collection. Here the operators are kept as text and
 * turned into bytes once per stream. The bytes are the same: pdfkit writes operators as
 * 'binary' (Latin-1), one byte per character, so lengths agree as well.
 * tests/documents/pdfkit-speedups.test.ts compares the files with and without it.
 */

interface Reference {
  document: { compress: boolean; _offset: number; _security?: { getEncryptFn(id: number, gen: number): ((data: Buffer) => Buffer) | null } };
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Array<Uint8Array | string> | Buffer;
}

/** Consecutive operators written into one Buffer; binary chunks (images, fonts) kept as they are. */
function toBytes(chunks: Array<Uint8Array | string>): Uint8Array[] {
  const bytes: Uint8Array[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end === start) return;
    let length = 0;
    for (let i = start; i < end; i++) length += chunks[i].length;
    const buffer = Buffer.allocUnsafe(length);
    let offset = 0;
    for (let i = start; i < end; i++) offset += buffer.write(chunks[i] as string, offset, 'latin1');
    bytes.push(buffer);
  };
  chunks.forEach((chunk, index) => {
    if (typeof chunk === 'string') return;
    flush(index);
    bytes.push(chunk);
    start = index + 1;
  });
  flush(chunks.length);
  return bytes;
}

/** Patches pdfkit's stream object, PDFReference (pdf-speedups.ts installs it once per thread). */
export function patchContentStreams(PDFDocument: PdfkitDocumentClass): void {
  // pdfkit does not export its stream class; a document that is never read hands it out.
  const prototype = Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).ref()) as {
    write(this: Reference, chunk: Uint8Array | string): void;
    finalize(this: Reference): void;
  };
  const write = prototype.write;
  const finalize = prototype.finalize;
  prototype.write = function (chunk) {
    if (!speedups.sameBytes || chunk instanceof Uint8Array || !Array.isArray(this.buffer)) return write.call(this, chunk);
    const text = String(chunk);
    this.uncompressedLength += text.length + 1;
    this.data.Length = (this.data.Length ?? 0) + text.length + 1;
    this.buffer.push(text, '\n');
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  prototype.finalize = function () {
    if (Array.isArray(this.buffer) && this.buffer.some((chunk) => typeof chunk === 'string')) this.buffer = toBytes(this.buffer);
    return finalize.call(this);
  };
}
