import type { Language } from '../../model/common';
import type { PeriodUnit } from '../../model/activity';
import { fill, type DocumentTexts } from './texts';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Calendar dates as people write them: de "28.11.2026", en "28 Nov 2026". Accepts YYYY-MM-DD
 * or an ISO timestamp (its date part is used as stored); anything else is returned unchanged.
 */
export function formatDate(value: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (language === 'de') return `${day}.${month}.${year}`;
  return `${Number(day)} ${EN_MONTHS[Number(month) - 1] ?? month} ${year}`;
}

export function formatPeriod(amount: number, unit: PeriodUnit, texts: DocumentTexts): string {
  const forms = texts.periodUnit[unit];
  return fill(amount === 1 ? forms.one : forms.other, { count: amount });
}

/**
 * A retention period printed once: the preset's own wording ("8 Jahre", "mindestens 2 Jahre",
 * "bis zum Ablauf des 6. Kalenderjahres …") when it already states the number, else the number
 * with the wording in brackets ("3 Tage (72 Stunden)"). Never "3 Jahre – 3 Jahre".
 */
export function formatRetentionPeriod(
  rule: { periodAmount: number | null; periodUnit: PeriodUnit; periodText: string },
  texts: DocumentTexts,
): string {
  const text = rule.periodText.trim();
  if (rule.periodAmount === null) return text;
  const amount = formatPeriod(rule.periodAmount, rule.periodUnit, texts);
  if (!text) return amount;
  if (new RegExp(`(^|\\D)${rule.periodAmount}(\\D|$)`).test(text)) return text;
  return `${amount} (${text})`;
}

/** Joins the non-empty parts (after trimming). */
export function joinNonEmpty(parts: Array<string | undefined | null>, separator: string): string {
  return parts
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .join(separator);
}

const ZERO_WIDTH_SPACE = '\u200B';
/** Longer than any real word (German compounds included), shorter than a TOC line (~85 characters). */
const LONG_RUN = /\S{60,}/g;

/**
 * pdfmake cannot shrink a flexible ('*'/'auto') column below its longest word, so a long URL
 * or identifier would run off the page there (the table of contents is such a column). This
 * adds invisible break opportunities into runs of 60+ characters: after URL punctuation, and
 * at least every 40 characters. Normal words are never touched, so copying and searching in
 * the PDF keep working. Fixed-width columns do not need it: pdfmake splits over-long words itself.
 */
export function breakableText(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const pieces = run.replace(/([/.\-_?&=#:@])/g, `$1${ZERO_WIDTH_SPACE}`).split(ZERO_WIDTH_SPACE);
    return pieces
      .map((piece) => piece.replace(/(.{40})(?=.)/g, `$1${ZERO_WIDTH_SPACE}`))
      .join(ZERO_WIDTH_SPACE);
  });
}
