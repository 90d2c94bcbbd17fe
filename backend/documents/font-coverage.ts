import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The PDF font: DejaVu Sans (npm package dejavu-fonts-ttf), which covers what people type into a
 * register — Latin with all European diacritics, Greek, Cyrillic, arrows, check marks,
 * typographic quotes and dashes. A character it has no glyph for would come out as an empty box
 * or nothing at all, so every document is checked before rendering and such characters are
 * reported to the user, never silently dropped.
 */

const requireFromHere = createRequire(import.meta.url);

export const PDF_FONT_FAMILY = 'DejaVuSans';

/** Folder of the DejaVu TTF files (works unpacked and inside app.asar). */
export function dejavuFontFolder(): string {
  return join(dirname(requireFromHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function dejavuFontFiles(folder = dejavuFontFolder()): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  return {
    normal: join(folder, 'DejaVuSans.ttf'),
    bold: join(folder, 'DejaVuSans-Bold.ttf'),
    italics: join(folder, 'DejaVuSans-Oblique.ttf'),
    bolditalics: join(folder, 'DejaVuSans-BoldOblique.ttf'),
  };
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
interface Fontkit {
  create(buffer: Buffer): FontkitFont;
}

let fonts: FontkitFont[] | null = null;

function loadFonts(): FontkitFont[] {
  if (!fonts) {
    const fontkit = requireFromHere('fontkit') as Fontkit;
    const files = dejavuFontFiles();
    fonts = [files.normal, files.bold].map((file) => fontkit.create(readFileSync(file)));
  }
  return fonts;
}

/** Layout characters pdfmake handles itself (line breaks, break opportunities) — not drawn as glyphs. */
const NOT_DRAWN = /[\u0000-\u001F\u007F\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/** Every string under a `text` key of a pdfmake document definition (functions, e.g. footers, are ours). */
function collectText(node: unknown, out: string[], underText = false): void {
  if (typeof node === 'string') {
    if (underText) out.push(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) collectText(item, out, underText);
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) collectText(value, out, key === 'text' || (underText && key !== 'style'));
  }
}

/** The characters of `texts` the PDF font cannot show, each once, in order of appearance. */
export function unsupportedCharactersIn(texts: Iterable<string>): string[] {
  const [regular, bold] = loadFonts();
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const text of texts) {
    for (const character of text) {
      if (seen.has(character)) continue;
      seen.add(character);
      if (NOT_DRAWN.test(character)) continue;
      const codePoint = character.codePointAt(0)!;
      if (!regular!.hasGlyphForCodePoint(codePoint) || !bold!.hasGlyphForCodePoint(codePoint)) missing.push(character);
    }
  }
  return missing;
}

/** The characters of a document definition's texts the PDF font cannot show. */
export function unsupportedCharacters(definition: unknown): string[] {
  const texts: string[] = [];
  collectText(definition, texts);
  return unsupportedCharactersIn(texts);
}

export { describeCharacters } from '../../domain/documents/unsupported-characters';
