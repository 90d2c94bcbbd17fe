import { plainText } from './rich-text';
import type { NoticeBlock, NoticeSection, PrivacyNotice } from './types';

/**
 * Markdown and plain text for pasting into a website or shop system. Both carry the same
 * facts as the HTML; the objection box is a block quote (Markdown) or framed by rules (text).
 */

/** Backslash-escapes Markdown syntax in register text, so a value never turns into markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * Characters that would start a list, quote or heading at the beginning of a line — applied
 * to every line, since register text may span several; leading blanks are dropped so that
 * indentation never turns user text into a code block.
 */
function escapeLineStart(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+>=])/, '\\$1'))
    .join('\n');
}

function markdownRuns(block: NoticeBlock & { kind: 'paragraph' }): string {
  return escapeLineStart(
    block.runs
      .map((run) => {
        const text = escapeMarkdown(run.text);
        if (run.kind === 'emphasis' || run.kind === 'missing') return `**${text}**`;
        if (run.kind === 'link') return `[${text}](${run.href.replace(/[()\s]/g, encodeURIComponent)})`;
        return text;
      })
      .join(''),
  );
}

function markdownBlock(block: NoticeBlock): string {
  if (block.kind === 'paragraph') return markdownRuns(block);
  return block.items.map((runs) => `- ${markdownRuns({ kind: 'paragraph', runs })}`).join('\n');
}

function markdownSection(section: NoticeSection): string {
  const body = [`### ${escapeMarkdown(section.heading)}`, ...section.paragraphs.map(markdownBlock)].join('\n\n');
  if (!section.highlighted) return body;
  return body
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

export function toMarkdown(notice: PrivacyNotice): string {
  const parts = [`## ${escapeMarkdown(notice.title)}`, ...notice.intro.map(markdownBlock), ...notice.sections.map(markdownSection)];
  return `${parts.join('\n\n')}\n`;
}

const RULE = '='.repeat(60);

function textBlock(block: NoticeBlock): string {
  if (block.kind === 'paragraph') return plainText(block.runs);
  return block.items.map((runs) => `- ${plainText(runs)}`).join('\n');
}

function textSection(section: NoticeSection): string {
  const body = [section.heading, '-'.repeat(Math.min(section.heading.length, 60)), '', section.paragraphs.map(textBlock).join('\n\n')].join('\n');
  return section.highlighted ? `${RULE}\n${body}\n${RULE}` : body;
}

export function toPlainText(notice: PrivacyNotice): string {
  const title = [notice.title, '='.repeat(Math.min(notice.title.length, 60))].join('\n');
  const parts = [title, ...notice.intro.map(textBlock), ...notice.sections.map(textSection)];
  return `${parts.join('\n\n')}\n`;
}
