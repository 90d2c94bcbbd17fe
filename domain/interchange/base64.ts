/**
 * Standard base64 with padding, as Buffer.toString('base64') writes it. The same rule as a
 * regular expression for the JSON Schema; the check itself is a loop, because V8 runs the
 * expression recursively and overflows its stack on attachments of a few MiB.
 */
export const BASE64_PATTERN = '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$';

/** One character outside the alphabet; a plain class, so V8 scans it without backtracking. */
const NOT_ALPHABET = /[^A-Za-z0-9+/]/;

/** True when `text` matches BASE64_PATTERN; linear time, constant stack. */
export function isStandardBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  return !NOT_ALPHABET.test(padding ? text.slice(0, text.length - padding) : text);
}
