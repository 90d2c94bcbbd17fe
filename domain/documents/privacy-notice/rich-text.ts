import type { MissingCode, NoticeBlock, NoticeRun } from './types';

/** Builders for the notice's rich text. Strings become plain runs; adjacent plain runs are merged. */

export type RunInput = NoticeRun | string | RunInput[];

export function emphasis(text: string): NoticeRun {
  return { kind: 'emphasis', text };
}

export function runs(...parts: RunInput[]): NoticeRun[] {
  const out: NoticeRun[] = [];
  const push = (part: RunInput): void => {
    if (Array.isArray(part)) return part.forEach(push);
    const run: NoticeRun = typeof part === 'string' ? { kind: 'text', text: part } : part;
    if (run.text === '') return;
    const last = out[out.length - 1];
    if (run.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + run.text };
    else out.push(run);
  };
  parts.forEach(push);
  return out;
}

/** Fills `{name}` placeholders of a message with rich runs (links, markers …), keeping the sentence order of the language. */
export function fillRuns(template: string, params: Record<string, RunInput>): NoticeRun[] {
  const parts: RunInput[] = [];
  let last = 0;
  // A value ending in "." ("Newsletter Inc.") swallows the full stop the sentence puts after it.
  const literal = (text: string) => (plainText(runs(parts)).endsWith('.') ? text.replace(/^\./, '') : text);
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    parts.push(literal(template.slice(last, match.index)));
    parts.push(match[1] in params ? params[match[1]] : match[0]);
    last = match.index + match[0].length;
  }
  parts.push(literal(template.slice(last)));
  return runs(parts);
}

/** Joins pieces with a separator, skipping empty ones. */
export function joinRuns(pieces: RunInput[], separator: string): NoticeRun[] {
  const filled = pieces.map((piece) => runs(piece)).filter((piece) => piece.length > 0);
  return runs(filled.flatMap((piece, index) => (index === 0 ? [piece] : [separator, piece])));
}

export function paragraph(...parts: RunInput[]): NoticeBlock {
  return { kind: 'paragraph', runs: runs(...parts) };
}

export function list(items: RunInput[]): NoticeBlock {
  return { kind: 'list', items: items.map((item) => runs(item)) };
}

/** mailto link for an address that looks like one; plain text otherwise. */
export function emailRun(email: string): NoticeRun {
  const value = email.trim();
  return /^[^\s<>"'()]+@[^\s<>"'()]+\.[^\s<>"'()]+$/.test(value)
    ? { kind: 'link', text: value, href: `mailto:${value}` }
    : { kind: 'text', text: value };
}

/** https link for a web address ("www.example.de" gets https://); plain text for anything else. */
export function webRun(url: string): NoticeRun {
  const value = url.trim();
  if (/^https?:\/\/[^\s<>"']+$/i.test(value)) return { kind: 'link', text: value, href: value };
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s<>"']*)?$/i.test(value)) return { kind: 'link', text: value, href: `https://${value}` };
  return { kind: 'text', text: value };
}

/** Codes of the missing-data markers in the blocks, first occurrence first. */
export function missingCodes(blocks: NoticeBlock[]): MissingCode[] {
  const codes: MissingCode[] = [];
  const visit = (list: NoticeRun[]) => {
    for (const run of list) if (run.kind === 'missing' && !codes.includes(run.code)) codes.push(run.code);
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') visit(block.runs);
    else block.items.forEach(visit);
  }
  return codes;
}

/** The text of a run list without any formatting (used by the plain-text and PDF renderers and tests). */
export function plainText(list: NoticeRun[]): string {
  return list.map((run) => run.text).join('');
}
