import type { NoticeBlock, NoticeRun, NoticeSection, PrivacyNotice } from './types';

/**
 * A semantic HTML fragment (section, h2/h3, p, ul, strong, a, mark) for a website or shop
 * CMS: every text escaped, no inline styles; class names let the site style the objection box
 * (`privacy-notice-objection`) and the missing-data markers (`privacy-notice-missing`).
 */

export const NOTICE_CSS_CLASSES = {
  notice: 'privacy-notice',
  objection: 'privacy-notice-objection',
  missing: 'privacy-notice-missing',
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only mailto and http(s) links survive; anything else is rendered as text. */
export function isSafeHref(href: string): boolean {
  return /^(mailto:|https?:\/\/)[^\s<>"']+$/i.test(href);
}

function runHtml(run: NoticeRun): string {
  const text = escapeHtml(run.text);
  switch (run.kind) {
    case 'emphasis':
      return `<strong>${text}</strong>`;
    case 'link':
      return isSafeHref(run.href) ? `<a href="${escapeHtml(run.href)}">${text}</a>` : text;
    case 'missing':
      return `<mark class="${NOTICE_CSS_CLASSES.missing}">${text}</mark>`;
    default:
      return text;
  }
}

const inline = (runs: NoticeRun[]) => runs.map(runHtml).join('');

function blockHtml(block: NoticeBlock): string {
  if (block.kind === 'paragraph') return `<p>${inline(block.runs)}</p>`;
  return ['<ul>', ...block.items.map((item) => `  <li>${inline(item)}</li>`), '</ul>'].join('\n');
}

function sectionHtml(section: NoticeSection): string {
  const body = [`<h3>${escapeHtml(section.heading)}</h3>`, ...section.paragraphs.map(blockHtml)];
  if (!section.highlighted) return body.join('\n');
  return [`<section class="${NOTICE_CSS_CLASSES.objection}">`, ...body, '</section>'].join('\n');
}

export function toHtml(notice: PrivacyNotice): string {
  return [
    `<section class="${NOTICE_CSS_CLASSES.notice}" lang="${notice.language}">`,
    `<h2>${escapeHtml(notice.title)}</h2>`,
    ...notice.intro.map(blockHtml),
    ...notice.sections.map(sectionHtml),
    '</section>',
    '',
  ].join('\n');
}

/** A complete UTF-8 page around the fragment, for the exported .html file (opens correctly in any browser). */
export function toHtmlDocument(notice: PrivacyNotice): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${notice.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(notice.title)}</title>`,
    '</head>',
    '<body>',
    toHtml(notice).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
