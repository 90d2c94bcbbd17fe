/**
 * The privacy-notice preview shows the HTML fragment main generates (escaped there). Before it
 * goes into the page it is rebuilt from an allowlist, so that nothing else can ever run or
 * restyle the window, whatever the register contains:
 * - elements: h2, h3, p, ul, ol, li, strong, em, a, div, section and mark (the generator's
 *   missing-data marker); script-like and embedding elements are dropped with their content,
 *   any other element is replaced by its content;
 * - attributes: `href` on a (https: and mailto: only, else the link becomes plain text) and
 *   `class` on div, section and mark (only the generator's `privacy-notice…` classes);
 *   everything else (on… handlers, style, id, src …) is removed.
 */

const ALLOWED_ELEMENTS = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'div', 'section', 'mark']);
const CLASS_ELEMENTS = new Set(['div', 'section', 'mark']);
/** Dropped together with everything inside them. */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'head', 'title', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'img', 'picture', 'video',
  'audio', 'source', 'track', 'canvas', 'dialog', 'portal',
]);
/** Deeper nesting than the generator ever produces is flattened to text. */
const MAX_DEPTH = 32;
const CLASS_TOKEN = /^privacy-notice(-[a-z0-9]+)*$/;

/** Only https and mailto links survive (no javascript:, data:, file:, relative or http links). */
export function isAllowedHref(href: string): boolean {
  return /^(https:\/\/|mailto:)[^\s<>"'`\\]+$/i.test(href);
}

function allowedClasses(value: string): string {
  return value
    .split(/\s+/)
    .filter((token) => CLASS_TOKEN.test(token))
    .join(' ');
}

function copyChildren(from: Node, to: Node, target: Document, depth: number): void {
  for (const child of Array.from(from.childNodes)) copyNode(child, to, target, depth);
}

function copyNode(node: Node, parent: Node, target: Document, depth: number): void {
  if (node.nodeType === Node.TEXT_NODE) {
    parent.appendChild(target.createTextNode(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, processing instructions …
  const element = node as Element;
  const name = element.localName.toLowerCase();
  if (DROPPED_ELEMENTS.has(name) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  if (depth >= MAX_DEPTH) {
    parent.appendChild(target.createTextNode(element.textContent ?? ''));
    return;
  }
  if (!ALLOWED_ELEMENTS.has(name)) {
    copyChildren(element, parent, target, depth + 1);
    return;
  }
  let href = '';
  if (name === 'a') {
    href = (element.getAttribute('href') ?? '').trim();
    if (!isAllowedHref(href)) {
      copyChildren(element, parent, target, depth + 1);
      return;
    }
  }
  const clean = target.createElement(name);
  if (name === 'a') {
    clean.setAttribute('href', href);
    clean.setAttribute('rel', 'noopener noreferrer');
  }
  if (CLASS_ELEMENTS.has(name)) {
    const classes = allowedClasses(element.getAttribute('class') ?? '');
    if (classes) clean.setAttribute('class', classes);
  }
  copyChildren(element, clean, target, depth + 1);
  parent.appendChild(clean);
}

/** The fragment rebuilt from the allowlist, as HTML for v-html. Parsing happens in an inert document. */
export function sanitizeNoticeHtml(html: string): string {
  const source = new DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
  const target = document.implementation.createHTMLDocument('');
  const container = target.createElement('div');
  copyChildren(source.body, container, target, 0);
  return container.innerHTML;
}
