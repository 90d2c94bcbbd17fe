import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';

export const N = (name: string) => PDFName.of(name);
const encoder = new TextEncoder();
const FLUSH_BYTES = 1 << 20;

/** Appends numbered objects to a file and writes the cross-reference table at the end. */
export class PdfFileWriter {
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
    // On disk before the caller renames it over the target: a crash must leave the old file or the whole new one.
    fsyncSync(this.fd);
    return this.written;
  }

  close(): void {
    closeSync(this.fd);
  }
}

export function contentStream(scratch: PDFContext, text: string): PDFRawStream {
  const data = encoder.encode(text);
  return PDFRawStream.of(PDFDict.fromMapWithContext(new Map([[N('Length'), PDFNumber.of(data.byteLength)]]), scratch), data);
}
