import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';

/**
 * Interchange files carry attachments as base64 strings of up to 67 MB each. Parsing the
 * whole file as one JavaScript string would hit V8's string limit (≈ 512 MiB) with a few
 * large attachments, so long base64 strings are cut out of the bytes, replaced by short
 * placeholders for JSON.parse, and put back as separate strings afterwards.
 */
const LONG_STRING_BYTES = 64 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface InterchangeText {
  /** The file's JSON text with long base64 strings replaced by placeholders. */
  text: string;
  /** Puts the cut-out strings back into the parsed value (in place where possible). */
  restore(value: unknown): unknown;
}

/** Where the first byte that is not valid UTF-8 is, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset in valid UTF-8 text before it. */
export function lineColumnAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/** Index of the quote that closes the string whose body starts at `from`, or -1. */
function closingQuote(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(QUOTE, from);
  while (at !== -1) {
    let backslashes = 0;
    for (let i = at - 1; i >= from && bytes[i] === BACKSLASH; i--) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = bytes.indexOf(QUOTE, at + 1);
  }
  return -1;
}

/**
 * Splits valid UTF-8 bytes of an interchange file into JSON text with placeholders and the
 * long base64 strings. Malformed JSON is left for the parser to report.
 */
export function interchangeText(input: Buffer): InterchangeText {
  const bytes = input.subarray(0, 3).equals(BOM) ? input.subarray(3) : input;
  const token = `\u0000vvt-long-string-${randomBytes(8).toString('hex')}-`;
  const pieces: string[] = [];
  const long: string[] = [];
  let copied = 0;
  let at = bytes.indexOf(QUOTE, 0);
  while (at !== -1) {
    const end = closingQuote(bytes, at + 1);
    if (end === -1) break;
    if (end - at - 1 >= LONG_STRING_BYTES) {
      const body = bytes.toString('latin1', at + 1, end);
      if (!NOT_BASE64.test(body)) {
        pieces.push(bytes.toString('utf8', copied, at + 1), JSON.stringify(`${token}${long.length}`).slice(1, -1));
        long.push(body);
        copied = end;
      }
    }
    at = bytes.indexOf(QUOTE, end + 1);
  }
  pieces.push(bytes.toString('utf8', copied));
  const text = pieces.join('');
  return {
    text,
    restore: (value) => (long.length ? restoreStrings(value, token, long) : value),
  };
}

function restoreStrings(value: unknown, token: string, long: string[]): unknown {
  if (typeof value === 'string') {
    return value.startsWith(token) ? (long[Number(value.slice(token.length))] ?? value) : value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreStrings(value[i], token, long);
    return value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = restoreStrings(record[key], token, long);
  }
  return value;
}
