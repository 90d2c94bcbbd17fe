export { buildPrivacyNotice, NoticeSubjectNotFoundError } from './build';
export { toHtml, toHtmlDocument, escapeHtml, NOTICE_CSS_CLASSES } from './render-html';
export { toMarkdown, toPlainText } from './render-text';
export { toPdfDefinition, NOTICE_TABLE_LAYOUTS, type NoticePdfOptions } from './render-pdf';
export { plainText } from './rich-text';
export * from './types';
