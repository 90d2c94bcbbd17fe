import type { PdfCell, PdfContent, PdfDocumentDefinition, PdfNode, PdfStyle } from '../../domain/documents/art30/pdf-types';

/**
 * A speed-up for pdfmake, not a change of output (tests/documents/inline-styles.test.ts
 * renders the same PDF both ways). pdfmake looks up some twenty style properties for every
 * word it measures, each time walking the whole stack of enclosing nodes, and allocates a
 * closure and a Set for every named style on that stack. So:
 * 1. named styles (`style: 'cellLead'`) become the style's properties on the node itself, with
 *    pdfmake's precedence (later names over earlier ones, the node's own properties over all);
 *    a named style's margin stays the node's own margin, as in pdfmake;
 * 2. the inherited text properties (font, size, weight, colour, …) are written onto every text
 *    node, so a word finds them one level up instead of at the bottom of the stack.
 * The `styles` table is kept for the names pdfmake itself applies (tocStyle, tocNumberStyle).
 */

type Styles = Record<string, PdfStyle>;

function merged(names: string | string[], styles: Styles, cache: Map<string, PdfStyle>): PdfStyle {
  const key = Array.isArray(names) ? names.join('\u0000') : names;
  let style = cache.get(key);
  if (!style) {
    style = Object.assign({}, ...(Array.isArray(names) ? names : [names]).map((name) => styles[name] ?? {})) as PdfStyle;
    cache.set(key, style);
  }
  return style;
}

/** Text properties every measured word looks up; they are written onto each text node (see below). */
const TEXT_PROPERTIES = ['font', 'fontSize', 'lineHeight', 'bold', 'italics', 'color', 'alignment', 'characterSpacing'] as const;
type TextStyle = Pick<PdfStyle, (typeof TEXT_PROPERTIES)[number]>;

function inherit(context: TextStyle, node: PdfNode): TextStyle {
  let next = context;
  for (const key of TEXT_PROPERTIES) {
    if (node[key] !== undefined && node[key] !== null) next = next === context ? { ...context, [key]: node[key] } : Object.assign(next, { [key]: node[key] });
  }
  return next;
}

interface Pass {
  styles: Styles;
  cache: Map<string, PdfStyle>;
}

function inlineNode(node: PdfNode, context: TextStyle, pass: Pass): PdfNode {
  const { style, ...own } = node;
  const out: PdfNode = style === undefined ? own : { ...merged(style, pass.styles, pass.cache), ...own };
  const inner = inherit(context, out);
  const content = (value: PdfContent) => inlineContent(value, inner, pass);
  if (out.text !== undefined) {
    // The resolved text properties on the text node itself: each word finds them one level up
    // instead of walking every enclosing node (pdfmake would find the same values there).
    for (const key of TEXT_PROPERTIES) if (out[key] === undefined && inner[key] !== undefined) Object.assign(out, { [key]: inner[key] });
    if (Array.isArray(out.text)) out.text = out.text.map((part) => (typeof part === 'string' ? part : inlineNode(part, inner, pass)));
  }
  if (out.stack) out.stack = out.stack.map(content);
  if (out.columns) out.columns = out.columns.map((column) => inlineNode(column, inner, pass));
  if (out.ul) out.ul = out.ul.map(content);
  if (out.ol) out.ol = out.ol.map(content);
  if (out.table) {
    const cell = (value: PdfCell): PdfCell => (typeof value === 'string' ? value : inlineNode(value, inner, pass));
    out.table = { ...out.table, body: out.table.body.map((row) => row.map(cell)) };
  }
  if (out.toc?.title) out.toc = { ...out.toc, title: inlineNode(out.toc.title, inner, pass) };
  return out;
}

function inlineContent(content: PdfContent, context: TextStyle, pass: Pass): PdfContent {
  if (typeof content === 'string') return inlineNode({ text: content }, context, pass);
  if (Array.isArray(content)) return content.map((child) => inlineContent(child, context, pass));
  return inlineNode(content, context, pass);
}

export function inlineNamedStyles(definition: PdfDocumentDefinition): PdfDocumentDefinition {
  const pass: Pass = { styles: definition.styles, cache: new Map() };
  const root = inherit({}, definition.defaultStyle);
  const { header, footer } = definition;
  return {
    ...definition,
    content: definition.content.map((content) => inlineContent(content, root, pass)),
    header: header && ((page, pages) => inlineContent(header(page, pages), root, pass)),
    footer: footer && ((page, pages) => inlineContent(footer(page, pages), root, pass)),
  };
}

/**
 * The nodes `pick` selects (it sees each node as built), each as inlineNamedStyles writes it, in
 * document order, found by a walk that copies nothing else: the TOC lines of a 10,000-section
 * register cost a walk instead of a copy of the whole content (parallel/chunk-render.ts). Nodes
 * under a `section` are left as they are, as inlineNamedStyles leaves them.
 */
export function inlinedNodesWhere(definition: PdfDocumentDefinition, content: PdfContent[], pick: (node: PdfNode) => boolean): PdfNode[] {
  const pass: Pass = { styles: definition.styles, cache: new Map() };
  const found: PdfNode[] = [];
  const visit = (value: PdfContent | PdfCell, context: TextStyle, raw: boolean): void => {
    if (typeof value === 'string') return;
    if (Array.isArray(value)) {
      for (const child of value) visit(child, context, raw);
      return;
    }
    const node = value as PdfNode & { section?: PdfContent };
    if (pick(node)) found.push(raw ? node : inlineNode(node, context, pass));
    let inner = context;
    if (!raw && node.style === undefined) inner = inherit(context, node);
    else if (!raw) {
      const { style, ...own } = node;
      inner = inherit(context, { ...merged(style!, pass.styles, pass.cache), ...own });
    }
    if (Array.isArray(node.text)) for (const part of node.text) visit(part, inner, raw);
    if (node.stack) visit(node.stack, inner, raw);
    if (node.columns) visit(node.columns, inner, raw);
    if (node.ul) visit(node.ul, inner, raw);
    if (node.ol) visit(node.ol, inner, raw);
    if (node.table) for (const row of node.table.body) visit(row, inner, raw);
    if (node.toc?.title) visit(node.toc.title, inner, raw);
    if (node.section) visit(node.section, inner, true);
  };
  const root = inherit({}, definition.defaultStyle);
  for (const value of content) visit(value, root, false);
  return found;
}
