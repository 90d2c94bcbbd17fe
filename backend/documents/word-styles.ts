import { speedups } from './speedup-switch';

/**
 * A speed-up for pdfmake 0.3, not a change of output: pdfmake's TextInlines.measure resolves
 * some twenty style properties for every word, each a walk up the style stack (a tenth of the
 * CPU of a large record). The words of one text node carry the same own properties (TextBreaker
 * copies them from the node), and the stack does not change during one measure call, so the
 * resolved values of a word are those of the word before it whenever their own properties are
 * the same. This is pdfmake's measure with that reuse, the stack read without pdfmake's two
 * closures per look-up, and every word created with all its properties at once; widths, cuts
 * and heights are computed per word as before. tests/documents/pdfkit-speedups.test.ts renders
 * the same file byte for byte with and without it.
 */

type Item = Record<string, unknown> & { text: string };

type NamedStyle = Record<string, unknown> & { extends?: string | string[] };

/** pdfmake's StyleContextStack, as far as it is read here. */
interface StyleStack {
  styleDictionary: Record<string, NamedStyle | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: Array<string | Record<string, unknown>>;
  autopush(item: Item): number;
  pop(howMany: number): void;
}

interface Font {
  lineHeight(fontSize: number): number;
}

interface TextInlinesInstance {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Font };
  widthOfText(text: string, inline: Item): number;
}

type GetStyleProperty = (item: Item, stack: StyleStack, property: string, defaultValue: unknown) => unknown;

/**
 * The style of a word as pdfmake's measure resolves it. The properties are assigned to the word
 * by name, in pdfmake's order: assigned in a loop by key, V8 turns the words into dictionary
 * objects and every later step gets slower (measured: a third more memory).
 */
interface Resolved {
  font: Font;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: unknown;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  lineHeight: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** The properties a measured word gets (in the order pdfmake sets them). */
const MEASURED = new Set(['text', 'font', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'noWrap', 'opacity', 'sup', 'sub', 'width', 'height', 'leadingCut', 'trailingCut']);

/** Own properties that are the word itself or its place, not its style. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** The word's own style properties, in order: the key of a style shared by consecutive words. */
interface OwnStyle {
  keys: string[];
  values: unknown[];
  /** The own style properties the measured word does not set itself: copied onto it as they are. */
  extra: string[];
}

function ownStyle(item: Item): OwnStyle {
  const style: OwnStyle = { keys: [], values: [], extra: [] };
  for (const key in item) {
    if (NOT_STYLE.has(key)) continue;
    style.keys.push(key);
    style.values.push(item[key]);
  }
  style.extra = style.keys.filter((key) => !MEASURED.has(key));
  return style;
}

/** Compares without allocating: this runs once per word. Words are plain objects (TextBreaker). */
function hasOwnStyle(item: Item, style: OwnStyle): boolean {
  let index = 0;
  for (const key in item) {
    if (NOT_STYLE.has(key)) continue;
    if (index >= style.keys.length || style.keys[index] !== key || style.values[index] !== item[key]) return false;
    index++;
  }
  return index === style.keys.length;
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

/** pdfmake's getStylePropertyFromStyle: a named style and the styles it extends. */
function fromNamedStyle(stack: StyleStack, name: string, property: string, visited: Set<string>): unknown {
  if (visited.has(name)) return undefined;
  visited.add(name);
  const style = stack.styleDictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (style.extends) {
    const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromNamedStyle(stack, parents[i], property, visited);
      if (isValue(value)) return value;
    }
  }
  return undefined;
}

/** pdfmake's StyleContextStack.getProperty without its two closures per call. */
function stackProperty(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const entry = overrides[i];
    if (isString(entry)) {
      const value = fromNamedStyle(stack, String(entry), property, new Set());
      if (isValue(value)) return value;
    } else if (isValue(entry[property])) {
      return entry[property];
    }
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

/**
 * The word's style as pdfmake's getStyleProperty finds it for each property (the word's own
 * value, else the stack with the word pushed on it), with the word pushed once for all of them.
 */
function resolve(this: TextInlinesInstance, item: Item, stack: StyleStack): Resolved {
  const pushed = stack.autopush(item);
  const get = (property: string, fallback: unknown): unknown => {
    if (isValue(item[property])) return item[property];
    const value = stackProperty(stack, property);
    return isValue(value) ? value : fallback;
  };
  try {
    return {
      font: this.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false)),
      alignment: get('alignment', 'left'),
      fontSize: get('fontSize', 12) as number,
      fontFeatures: get('fontFeatures', null),
      characterSpacing: get('characterSpacing', 0),
      color: get('color', 'black'),
      decoration: get('decoration', null),
      decorationColor: get('decorationColor', null),
      decorationStyle: get('decorationStyle', null),
      decorationThickness: get('decorationThickness', null),
      background: get('background', null),
      link: get('link', null),
      linkToPage: get('linkToPage', null),
      linkToDestination: get('linkToDestination', null),
      noWrap: get('noWrap', null),
      opacity: get('opacity', 1),
      sup: get('sup', false),
      sub: get('sub', false),
      lineHeight: get('lineHeight', 1) as number,
      preserveLeadingSpaces: get('preserveLeadingSpaces', false),
      preserveTrailingSpaces: get('preserveTrailingSpaces', false),
    };
  } finally {
    if (pushed > 0) stack.pop(pushed);
  }
}

function measureWithSharedStyles(get: GetStyleProperty) {
  return function measure(this: TextInlinesInstance, array: Item[], stack: StyleStack): Item[] {
    if (array.length) {
      const leadingIndent = get(array[0], stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0].leadingCut = -leadingIndent;
        array[0].leadingIndent = leadingIndent;
      }
    }
    let style: OwnStyle | null = null;
    let resolved: Resolved | null = null;
    for (let index = 0; index < array.length; index++) {
      const item = array[index];
      if (!resolved || !style || !hasOwnStyle(item, style)) {
        style = ownStyle(item);
        resolved = resolve.call(this, item, stack);
      }
      // A new word with all its properties at once: added one by one to TextBreaker's { text },
      // they outgrow the object and are copied twice or three times (a seventh of all allocation).
      const word: Item = {
        text: item.text,
        font: resolved.font,
        alignment: resolved.alignment,
        fontSize: resolved.sup || resolved.sub ? resolved.fontSize * 0.58 : resolved.fontSize, // pdfmake's size for sup/sub
        fontFeatures: resolved.fontFeatures,
        characterSpacing: resolved.characterSpacing,
        color: resolved.color,
        decoration: resolved.decoration,
        decorationColor: resolved.decorationColor,
        decorationStyle: resolved.decorationStyle,
        decorationThickness: resolved.decorationThickness,
        background: resolved.background,
        link: resolved.link,
        linkToPage: resolved.linkToPage,
        linkToDestination: resolved.linkToDestination,
        noWrap: resolved.noWrap,
        opacity: resolved.opacity,
        sup: resolved.sup,
        sub: resolved.sub,
        width: 0,
        height: 0,
        leadingCut: item.leadingCut || 0,
        trailingCut: 0,
      };
      // The word's other own properties: its place (pdfmake's TextBreaker and measure set only these) and its style.
      if (item.lineEnd !== undefined) word.lineEnd = item.lineEnd;
      if (item.noNewLine !== undefined) word.noNewLine = item.noNewLine;
      if (item.leadingIndent !== undefined) word.leadingIndent = item.leadingIndent;
      for (const key of style.extra) word[key] = item[key];
      word.width = this.widthOfText(word.text, word);
      word.height = resolved.font.lineHeight(word.fontSize as number) * resolved.lineHeight;
      if (!resolved.preserveLeadingSpaces) {
        const leadingSpaces = word.text.match(LEADING);
        if (leadingSpaces) word.leadingCut = (word.leadingCut as number) + this.widthOfText(leadingSpaces[0], word);
      }
      if (!resolved.preserveTrailingSpaces) {
        const trailingSpaces = word.text.match(TRAILING);
        if (trailingSpaces) word.trailingCut = this.widthOfText(trailingSpaces[0], word);
      }
      array[index] = word;
    }
    return array;
  };
}

/** Replaces pdfmake's TextInlines.measure (pdf-speedups.ts installs it once per thread). */
export function patchWordStyles(require: NodeJS.Require): void {
  type Measure = (this: TextInlinesInstance, array: Item[], stack: StyleStack) => Item[];
  const textInlines = (require('pdfmake/js/TextInlines') as { default: { prototype: { measure: Measure } } }).default;
  const styleStack = (require('pdfmake/js/StyleContextStack') as { default: { getStyleProperty: GetStyleProperty } }).default;
  const pdfmakeMeasure = textInlines.prototype.measure;
  const shared = measureWithSharedStyles((item, stack, property, fallback) => styleStack.getStyleProperty(item, stack, property, fallback));
  textInlines.prototype.measure = function (array, stack) {
    return (speedups.sameBytes ? shared : pdfmakeMeasure).call(this, array, stack);
  };
}
