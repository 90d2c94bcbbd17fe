/** Escaping and value checks for the print HTML: user text never becomes markup or CSS. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * A CSS string literal ("…") for `content:` in @page margin boxes: quotes, backslashes and
 * line breaks escaped, and "<" escaped too so the text cannot end the <style> element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** Only hex colours and plain colour names reach the stylesheet; anything else is dropped. */
export function safeColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^[a-z]{3,20}$/i.test(value) ? value : null;
}

/** A finite number as "12.5pt"; null otherwise. */
export function pt(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return `${Math.round(value * 100) / 100}pt`;
}

/** Ids and class names from the definition, restricted to a safe character set. */
export function safeToken(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_');
}
