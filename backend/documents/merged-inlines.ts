import { speedups } from './speedup-switch';

/**
 * A speed-up for pdfmake 0.3, not a change of output: pdfmake draws every word of a line with a
 * call of its own (font, colour, text matrix and a text object per word; Renderer.renderLine,
 * whose own TODO says "lines without differently styled inlines should be written to pdf as one
 * stream"). Consecutive words of a line that look the same and sit edge to edge are drawn as one
 * text run: the same glyphs at the same positions (pdfkit shapes text word by word, split at
 * spaces, either way; so only runs that meet at a space are joined), with about a fifth of the drawing calls and a much smaller content stream.
 * Words with links, page references, decorations, backgrounds, sub/superscript, font features,
 * character spacing or justified spacing are left as they are.
 * tests/documents/merged-inlines.test.ts compares the drawn glyphs with and without it.
 */

interface Inline {
  text: string;
  x: number;
  width: number;
  height: number;
  font: unknown;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  [key: string]: unknown;
}

interface Line {
  inlines: Inline[];
}

/** Properties that give a word a drawing of its own (pdfmake Renderer, TextDecorator). */
const OWN_DRAWING = [
  'link',
  'linkToPage',
  'linkToDestination',
  '_pageNodeRef',
  '_tocItemRef',
  '_pageRef',
  'decoration',
  'background',
  'sup',
  'sub',
  'fontFeatures',
  'justifyShift',
] as const;

function standsAlone(inline: Inline): boolean {
  if (inline.characterSpacing) return true;
  for (const key of OWN_DRAWING) {
    const value = inline[key];
    if (value !== undefined && value !== null && value !== false) return true;
  }
  return false;
}

/** `next` may join `previous`, which does not stand alone (the caller checked). */
function joinable(previous: Inline, next: Inline): boolean {
  return (
    previous.font === next.font &&
    previous.fontSize === next.fontSize &&
    previous.color === next.color &&
    previous.opacity === next.opacity &&
    previous.height === next.height &&
    Math.abs(previous.x + previous.width - next.x) < 1e-6 &&
    // pdfkit shapes text between spaces: words split elsewhere (a long address) stay apart, or
    // kerning across the split would move their glyphs.
    previous.text.endsWith(' ') &&
    !standsAlone(next)
  );
}

/** The inlines of a line with runs of joinable words drawn as one; the line itself is left as it is. */
export function mergedInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  let index = 0;
  while (index < inlines.length) {
    const first = inlines[index];
    let last = index;
    if (!standsAlone(first)) {
      while (last + 1 < inlines.length && joinable(inlines[last], inlines[last + 1])) last++;
    }
    if (last === index) {
      merged.push(first);
    } else {
      let text = '';
      for (let word = index; word <= last; word++) text += inlines[word].text;
      const end = inlines[last];
      // One copy per run (a line has a few), not per word: this runs for every line of the document.
      merged.push({ ...first, text, width: end.x + end.width - first.x });
    }
    index = last + 1;
  }
  return merged;
}

/** Wraps pdfmake's Renderer.renderLine (pdf-speedups.ts installs it once per thread). */
export function patchMergedInlines(require: NodeJS.Require): void {
  const renderer = (require('pdfmake/js/Renderer') as { default: { prototype: { renderLine(line: Line, x: number, y: number): void } } }).default;
  const renderLine = renderer.prototype.renderLine;
  renderer.prototype.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    const inlines = line.inlines.length > 1 && speedups.mergedRuns ? mergedInlines(line.inlines) : line.inlines;
    const drawn = inlines === line.inlines || inlines.length === line.inlines.length ? line : Object.assign(Object.create(line) as Line, { inlines });
    return renderLine.call(this, drawn, x, y);
  };
}
