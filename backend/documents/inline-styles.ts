import type { PdfCell, PdfContent, PdfDocumentDefinition, PdfNode, PdfStyle } from '../../domain/documents/art30/pdf-types';

/**
 * A speed-up for pdfmake, not a change of output: named styles (`style: 'cellLead'`) become
 * the style's properties on the node itself. pdfmake looks up some twenty style properties for
 * every word it measures, walking the whole stack of enclosing nodes; for each named style on
 * that stack it allocates a closure and a Set per lookup. Properties on the nodes themselves
 * are a plain field check. Same precedence as pdfmake: later named styles win over earlier
 * ones, the node's own properties over all of them; properties stay inherited by descendants,
 * and a named style's margin stays the node's own margin. The `styles` table is kept for the
 * names pdfmake itself applies (tocStyle, tocNumberStyle).
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

function inlineNode(node: PdfNode, styles: Styles, cache: Map<string, PdfStyle>): PdfNode {
  const { style, ...own } = node;
  const out: PdfNode = style === undefined ? own : { ...merged(style, styles, cache), ...own };
  const content = (value: PdfContent) => inlineContent(value, styles, cache);
  if (Array.isArray(out.text)) out.text = out.text.map((part) => (typeof part === 'string' ? part : inlineNode(part, styles, cache)));
  if (out.stack) out.stack = out.stack.map(content);
  if (out.columns) out.columns = out.columns.map((column) => inlineNode(column, styles, cache));
  if (out.ul) out.ul = out.ul.map(content);
  if (out.ol) out.ol = out.ol.map(content);
  if (out.table) {
    const cell = (value: PdfCell): PdfCell => (typeof value === 'string' ? value : inlineNode(value, styles, cache));
    out.table = { ...out.table, body: out.table.body.map((row) => row.map(cell)) };
  }
  if (out.toc?.title) out.toc = { ...out.toc, title: inlineNode(out.toc.title, styles, cache) };
  return out;
}

function inlineContent(content: PdfContent, styles: Styles, cache: Map<string, PdfStyle>): PdfContent {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((child) => inlineContent(child, styles, cache));
  return inlineNode(content, styles, cache);
}

export function inlineNamedStyles(definition: PdfDocumentDefinition): PdfDocumentDefinition {
  const cache = new Map<string, PdfStyle>();
  const styles = definition.styles;
  const { header, footer } = definition;
  return {
    ...definition,
    content: definition.content.map((content) => inlineContent(content, styles, cache)),
    header: header && ((page, pages) => inlineContent(header(page, pages), styles, cache)),
    footer: footer && ((page, pages) => inlineContent(footer(page, pages), styles, cache)),
  };
}
