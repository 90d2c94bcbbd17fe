/**
 * On: the speed-ups of pdf-speedups.ts draw; off: pdfmake's and pdfkit's own code, for the tests
 * that compare both. `sameBytes`: those that leave the file the same byte for byte; `mergedRuns`:
 * merged-inlines.ts, which leaves every page the same pixel for pixel in fewer drawing calls.
 */
export const speedups = { sameBytes: true, mergedRuns: true };

/** pdfkit's PDFDocument as far as the patches use it: a document that is never read hands out its inner classes. */
export type PdfkitDocumentClass = new (options: object) => { ref(): object; font(src: string): { _font: object } };
