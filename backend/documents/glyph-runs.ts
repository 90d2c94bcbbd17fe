import { join } from 'node:path';
import { speedups, type PdfkitDocumentClass } from './speedup-switch';

/**
 * A speed-up for pdfkit 0.19, not a change of output: pdfkit's EmbeddedFont lays a text out
 * word by word from its cache and joins the words with Array.concat (each word copies all the
 * glyphs before it: quadratic in a line drawn as one run, see merged-inlines.ts), and encodes
 * every glyph of every drawn word as a new four-digit hex string. Here the words are appended
 * in place and the hex strings come from one table. Same glyphs, same positions, same bytes
 * (tests/documents/pdfkit-speedups.test.ts).
 */

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Run {
  glyphs: Glyph[];
  positions: object[];
  advanceWidth: number;
}

interface Layout {
  glyphs: Glyph[] | null;
  positions: object[] | null;
  advanceWidth: number;
}

interface EmbeddedFont {
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  layoutRun(text: string, features?: unknown): Run;
  layoutCached(text: string): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
  encode(text: string, features?: unknown): [string[], object[]];
}

/**
 * Advance widths of whole strings, per font: measuring asks for the width of every word, and
 * fontkit's run adds up its glyphs again on every call.
 */
const widthsOfFont = new WeakMap<EmbeddedFont, Map<string, number>>();

/** pdfkit's layout without features: runs between spaces, from its cache, appended in place. */
function layoutInPlace(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): Layout {
  if (features) return this.layoutRun(text, features);
  if (onlyWidth) return { glyphs: null, positions: null, advanceWidth: widthOf(this, text) };
  const glyphs: Glyph[] = [];
  const positions: object[] = [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; ) {
    const char = text.charAt(index);
    if ((index === text.length && last < index) || char === ' ' || char === '\t') {
      const segment = text.slice(last, ++index);
      const run = this.layoutCached(segment);
      for (const glyph of run.glyphs) glyphs.push(glyph);
      for (const position of run.positions) positions.push(position);
      advanceWidth += widthOf(this, segment);
      last = index;
    } else {
      index++;
    }
  }
  return { glyphs, positions, advanceWidth };
}

function widthOf(font: EmbeddedFont, text: string): number {
  let widths = widthsOfFont.get(font);
  if (!widths) widthsOfFont.set(font, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) {
    width = 0;
    let last = 0;
    for (let index = 0; index <= text.length; ) {
      const char = text.charAt(index);
      if ((index === text.length && last < index) || char === ' ' || char === '\t') {
        width += font.layoutCached(text.slice(last, ++index)).advanceWidth;
        last = index;
      } else {
        index++;
      }
    }
    widths.set(text, width);
  }
  return width;
}

/** Glyph ids as pdfkit writes them: four hex digits (`0000${id.toString(16)}`.slice(-4)). */
const hexOfGlyph: string[] = [];
function hex(id: number): string {
  return (hexOfGlyph[id] ??= `0000${id.toString(16)}`.slice(-4));
}

/** pdfkit's encode with the hex strings from the table. */
function encodeFromTable(this: EmbeddedFont, text: string, features?: unknown): [string[], object[]] {
  const { glyphs, positions } = this.layout(text, features) as Run; // with glyphs: not onlyWidth
  const encoded: string[] = new Array<string>(glyphs.length);
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i];
    const id = this.subset.includeGlyph(glyph.id);
    encoded[i] = hex(id);
    if (this.widths[id] == null) this.widths[id] = glyph.advanceWidth * this.scale;
    if (this.unicode[id] == null) this.unicode[id] = glyph.codePoints;
  }
  return [encoded, positions];
}

/** Patches pdfkit's EmbeddedFont (pdf-speedups.ts installs it once per thread); `fontFolder` holds pdfmake's Roboto, to reach the class. */
export function patchGlyphRuns(PDFDocument: PdfkitDocumentClass, fontFolder: string): void {
  // pdfkit does not export EmbeddedFont; a document that is never read opens one.
  const prototype = Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).font(join(fontFolder, 'Roboto-Regular.ttf'))._font) as EmbeddedFont;
  const { layout, encode } = prototype;
  prototype.layout = function (text, features, onlyWidth) {
    return (speedups.sameBytes ? layoutInPlace : layout).call(this, text, features, onlyWidth);
  };
  prototype.encode = function (text, features) {
    return (speedups.sameBytes ? encodeFromTable : encode).call(this, text, features);
  };
}
