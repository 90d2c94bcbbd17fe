export { definitionToHtml, PRINT_CSP, type HtmlDocumentOptions } from './definition-to-html';
