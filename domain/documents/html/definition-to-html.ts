import type { PdfDocumentDefinition, PdfTableLayout } from '../art30/pdf-types';
import { namedStylesCss, styleDeclarations, tableLayoutCss } from './css';
import { escapeHtml } from './escape';
import { blockHtml, collectTocEntries, type HtmlRenderContext } from './node-to-html';
import { pageRule } from './page-margin-boxes';

export interface HtmlDocumentOptions {
  /** The named table layouts the definition refers to (TABLE_LAYOUTS). */
  tableLayouts?: Record<string, PdfTableLayout>;
  /** Called after each top-level content block: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Loads nothing, runs nothing: only the inline stylesheet is allowed. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** pdfmake's default table look (1pt black rules, padding 4/2) for tables without a named layout. */
const DEFAULT_LAYOUT: PdfTableLayout = {};

const BASE_CSS = `
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:"DejaVu Sans",Roboto,"Helvetica Neue",Arial,sans-serif}
h2{margin:0;font-size:inherit;font-weight:inherit}
.text{overflow-wrap:anywhere}
table{border-collapse:collapse;table-layout:fixed;width:100%}
td,th{vertical-align:top;text-align:left;font-weight:normal;overflow-wrap:anywhere}
thead{display:table-header-group}
table.rows-unbroken tr{break-inside:avoid}
ul.list,ol.list{margin:0;padding-left:12pt}
ul.list>li::marker,ol.list>li::marker{color:var(--marker,inherit)}
.columns{display:flex;align-items:flex-start}
.column{min-width:0}
.toc-entries{list-style:none;margin:0;padding:0}
.toc-entries li{margin:2pt 0}
.toc-entries a{color:inherit;text-decoration:none}
@media screen{body{max-width:210mm;margin:0 auto;padding:20mm;box-sizing:border-box}}
`;

function stylesheet(definition: PdfDocumentDefinition, layouts: Record<string, PdfTableLayout>): string {
  const body = styleDeclarations(definition.defaultStyle, { block: false }).join(';');
  return [
    pageRule(definition),
    BASE_CSS.trim(),
    `body{${body}}`,
    tableLayoutCss('default', DEFAULT_LAYOUT),
    ...Object.entries(layouts).map(([name, layout]) => tableLayoutCss(name, layout)),
    namedStylesCss(definition.styles),
  ].join('\n');
}

/**
 * A pdfmake document definition as a complete, self-contained HTML document for the OS print
 * dialog: text, stacks, columns, tables (header rows repeat on every page), lists, the table
 * of contents as a list of headings, page breaks as CSS breaks, named styles as classes, the
 * running header and footer as @page margin boxes. No external resource, no script (CSP).
 */
export function definitionToHtml(definition: PdfDocumentDefinition, options: HtmlDocumentOptions = {}): string {
  const layouts = options.tableLayouts ?? {};
  const ctx: HtmlRenderContext = { tocEntries: collectTocEntries(definition.content), layoutNames: new Set(Object.keys(layouts)) };
  const total = definition.content.length;
  const blocks = definition.content.map((content, index) => {
    const html = blockHtml(content, ctx);
    options.onProgress?.(index + 1, total);
    return html;
  });
  const lang = definition.language ? ` lang="${escapeHtml(definition.language)}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html${lang}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(definition.info.title)}</title>`,
    `<style>\n${stylesheet(definition, layouts)}\n</style>`,
    '</head>',
    `<body>\n${blocks.join('\n')}\n</body>`,
    '</html>',
  ].join('\n');
}
