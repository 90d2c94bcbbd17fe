import { TABLE_LAYOUTS, buildArt30Document, type Art30DocumentOptions } from '../../domain/documents/art30';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { renderPdf } from './pdfmake-renderer';

export type { Art30DocumentOptions };

/**
 * The controller record (Art. 30(1) GDPR) as PDF bytes. CPU-heavy for large registers
 * (stack.md: 500 activities ≈ 7.5 s): call it from a worker or utility process, not the
 * Electron main loop.
 */
export async function renderArt30Pdf(snapshot: RegisterSnapshot, options: Art30DocumentOptions): Promise<Uint8Array> {
  return renderPdf(buildArt30Document(snapshot, options), TABLE_LAYOUTS);
}
