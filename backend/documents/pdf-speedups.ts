import { createRequire } from 'node:module';
import { patchContentStreams } from './content-streams';
import { patchGlyphRuns } from './glyph-runs';
import { patchMergedInlines } from './merged-inlines';
import { patchWordStyles } from './word-styles';
import { speedups, type PdfkitDocumentClass } from './speedup-switch';

/**
 * Speed-ups of pdfmake 0.3 and pdfkit 0.19 patched in at run time, none of them a change of
 * output: each module says what it saves, and tests render the same file (byte for byte, or
 * for merged text runs pixel for pixel) with and without them (tests/documents/pdfkit-speedups.test.ts,
 * merged-inlines.test.ts). Installed once per thread: every worker loads its own pdfmake.
 */

let installed = false;

/** `fontFolder`: pdfmake's Roboto folder (glyph-runs.ts opens a font there to reach pdfkit's font class). */
export function installPdfSpeedups(fontFolder: string): void {
  if (installed) return;
  const require = createRequire(import.meta.url);
  // pdfkit is pdfmake's dependency, not ours: its document class is reached as the parent of
  // pdfmake's own, so the patches land on the very copy pdfmake draws with.
  const pdfmakeDocument = (require('pdfmake/js/PDFDocument') as { default: object }).default;
  const PdfkitDocument = Object.getPrototypeOf(pdfmakeDocument) as PdfkitDocumentClass;
  patchMergedInlines(require);
  patchWordStyles(require);
  patchContentStreams(PdfkitDocument);
  patchGlyphRuns(PdfkitDocument, fontFolder);
  installed = true;
}

/** Off: pdfmake's and pdfkit's own code, for the tests that compare both (see speedup-switch.ts). */
export function setPdfSpeedups(switches: Partial<typeof speedups>): void {
  Object.assign(speedups, switches);
}
