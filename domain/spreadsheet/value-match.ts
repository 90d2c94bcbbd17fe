import { COUNTRIES } from '../catalogues/countries';
import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import type { CountryEntry } from '../catalogues/schema';
import { messages } from '../i18n/messages';
import type { ActivityStatus, PeriodUnit, RecipientKind, SpecialCategory } from '../model/activity';
import { ActivityStatusSchema, PeriodUnitSchema, RecipientKindSchema } from '../model/activity';
import { TRANSFER_MECHANISMS, type TransferMechanism } from '../model/transfer';
import { normaliseHeader } from './fields';

/** Lines of a cell; `;` also separates entries, as people type lists into one line. */
export function cellEntries(text: string, splitSemicolons = true): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const parts = splitSemicolons ? lines.flatMap(splitOutsideParentheses) : lines;
  return parts
    .map((part) => part.replace(/^\s*(?:[-•*·–]|\d+[.)])\s+/, '').trim())
    .filter((part) => part.length > 0);
}

/** "a; b (c; d)" → ["a", "b (c; d)"]: a note in parentheses may list laws with ";". */
function splitOutsideParentheses(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** Lines of a cell kept in position (for columns aligned line by line); "–" stands for an empty line. */
export function alignedLines(text: string): string[] {
  if (!text.trim()) return [];
  return text.split(/\r\n|\r|\n/).map((line) => {
    const trimmed = line.trim();
    return trimmed === '–' || trimmed === '-' ? '' : trimmed;
  });
}

/** Words meaning "nothing here": a cell with only these counts as empty. */
const NOTHING = new Set(['', 'keine', 'kein', 'keiner', 'nein', 'none', 'no', 'n a', 'na', 'entfaellt', 'nicht zutreffend', 'not applicable', 'nicht vorgesehen', 'nicht geplant']);

export function meansNothing(text: string): boolean {
  const normalised = normaliseHeader(text);
  return NOTHING.has(normalised) || /^(?:nein|keine?|no|none)\b/.test(normalised);
}

/** A catalogue entry matched by its German or English label (case, umlauts and punctuation ignored). */
function byLabel<T extends { id: string; label: { de: string; en: string } }>(catalogue: readonly T[], text: string): T | undefined {
  const key = normaliseHeader(text);
  if (!key) return undefined;
  // "Bankverbindung (IBAN, BIC)" is also found as "Bankverbindung", "Kundinnen und Kunden" as "Kunden".
  const forms = (label: string) => {
    const short = label.replace(/\s*\([^)]*\)\s*$/, '');
    return [normaliseHeader(label), normaliseHeader(short), normaliseHeader(short.replace(/^\p{L}+innen und (\p{L}+)/u, '$1'))];
  };
  return (
    catalogue.find((entry) => normaliseHeader(entry.label.de) === key || normaliseHeader(entry.label.en) === key) ??
    catalogue.find((entry) => [...forms(entry.label.de), ...forms(entry.label.en)].includes(key))
  );
}

export function matchDataSubject(text: string) {
  return byLabel(DATA_SUBJECT_CATEGORIES, text);
}
export function matchDataCategory(text: string) {
  return byLabel(DATA_CATEGORIES, text);
}
export function matchRecipient(text: string) {
  return byLabel(RECIPIENT_CATEGORIES, text);
}

const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  amerika: 'US',
  'vereinigte staaten von amerika': 'US',
  'united states of america': 'US',
  uk: 'GB',
  england: 'GB',
  grossbritannien: 'GB',
  'great britain': 'GB',
  'vereinigtes koenigreich': 'GB',
  schweiz: 'CH',
  indien: 'IN',
};

/** A country by ISO 3166-1 alpha-2 code, German or English name or a common alias. */
export function matchCountry(text: string): CountryEntry | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  const byCode = /^[A-Za-z]{2}$/.test(trimmed) ? COUNTRIES.find((c) => c.code === trimmed.toUpperCase()) : undefined;
  if (byCode) return byCode;
  const inParentheses = /\(([A-Z]{2})\)\s*$/.exec(trimmed);
  if (inParentheses) {
    const coded = COUNTRIES.find((c) => c.code === inParentheses[1]);
    if (coded) return coded;
  }
  const alias = COUNTRY_ALIASES[normaliseHeader(trimmed)];
  if (alias) return COUNTRIES.find((c) => c.code === alias);
  return byLabel(COUNTRIES, trimmed.replace(/\s*\([A-Z]{2}\)\s*$/, ''));
}

/** Short keywords for transfer mechanisms besides their full labels. */
const MECHANISM_KEYWORDS: [RegExp, TransferMechanism][] = [
  [/\b(?:dpf|data privacy framework|privacy framework)\b/, 'dpf'],
  [/\b(?:scc|sccs|standardvertragsklauseln|standarddatenschutzklauseln|standard contractual clauses|standardklauseln)\b/, 'scc'],
  [/\b(?:bcr|binding corporate rules|verbindliche interne datenschutzvorschriften)\b/, 'bcr'],
  [/\b(?:angemessenheitsbeschluss|angemessenheit|adequacy|adequacy decision)\b/, 'adequacy'],
  [/\b(?:verhaltensregeln|code of conduct)\b/, 'code_of_conduct'],
  [/\b(?:zertifizierung|certification)\b/, 'certification'],
];

function mechanismLabel(mechanism: TransferMechanism, language: 'de' | 'en'): string {
  return messages[language].activityFields.transfers.mechanisms[mechanism];
}

export function matchMechanism(text: string): TransferMechanism | undefined {
  const key = normaliseHeader(text);
  if (!key) return undefined;
  const exact = TRANSFER_MECHANISMS.find((m) => m !== 'none' && (normaliseHeader(mechanismLabel(m, 'de')) === key || normaliseHeader(mechanismLabel(m, 'en')) === key));
  if (exact) return exact;
  return MECHANISM_KEYWORDS.find(([pattern]) => pattern.test(key))?.[1];
}

export function matchStatus(text: string): ActivityStatus | undefined {
  const key = normaliseHeader(text);
  const extra: Record<string, ActivityStatus> = { freigegeben: 'approved', genehmigt: 'approved', aktiv: 'approved', active: 'approved', entwurf: 'draft', offen: 'draft', 'in bearbeitung': 'draft', 'in pruefung': 'in_review', archiviert: 'archived', inaktiv: 'archived' };
  if (extra[key]) return extra[key];
  return ActivityStatusSchema.options.find(
    (status) => status.replace('_', ' ') === key || normaliseHeader(messages.de.activity.status[status]) === key || normaliseHeader(messages.en.activity.status[status]) === key,
  );
}

export function matchRecipientKind(text: string): RecipientKind | undefined {
  const key = normaliseHeader(text);
  return RecipientKindSchema.options.find(
    (kind) => kind === key || normaliseHeader(messages.de.activityFields.recipients.kinds[kind]) === key || normaliseHeader(messages.en.activityFields.recipients.kinds[kind]) === key,
  );
}

/** "[Art. 9]" / "[Art. 10]" after a data category marks its special kind. */
export function matchSpecialTag(text: string): SpecialCategory | undefined {
  const key = normaliseHeader(text);
  if (/^art 9\b/.test(key)) return 'art9';
  if (/^art 10\b/.test(key)) return 'art10';
  return undefined;
}

/** Splits "Label [tag]" into the label and the tag text. */
export function splitTag(text: string): { label: string; tag: string } {
  const match = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(text);
  return match ? { label: match[1].trim(), tag: match[2].trim() } : { label: text.trim(), tag: '' };
}

export type YesNo = 'yes' | 'no';
export function matchYesNo(text: string): YesNo | undefined {
  const key = normaliseHeader(text);
  if (/^(?:ja|yes|j|y|x|erforderlich|required|true|wahr)\b/.test(key)) return 'yes';
  if (/^(?:nein|no|n|nicht erforderlich|not required|false|falsch)\b/.test(key)) return 'no';
  return undefined;
}

const UNIT_WORDS: Record<string, PeriodUnit> = {
  tag: 'days', tage: 'days', tagen: 'days', day: 'days', days: 'days',
  woche: 'weeks', wochen: 'weeks', week: 'weeks', weeks: 'weeks',
  monat: 'months', monate: 'months', monaten: 'months', month: 'months', months: 'months',
  jahr: 'years', jahre: 'years', jahren: 'years', year: 'years', years: 'years',
};

/** "10 Jahre", "6 months" exactly; anything longer stays text. */
export function matchPeriod(text: string): { amount: number; unit: PeriodUnit } | undefined {
  const match = /^(\d{1,4})\s+([A-Za-zäöü]+)$/.exec(text.trim());
  if (!match) return undefined;
  const unit = UNIT_WORDS[match[2].toLowerCase()];
  const amount = Number(match[1]);
  return unit && amount <= 1000 ? { amount, unit: PeriodUnitSchema.parse(unit) } : undefined;
}

/** YYYY-MM-DD for a date written as "2026-03-01", "01.03.2026" or "1.3.26"; null when the text is no date. */
export function matchDate(text: string): string | null {
  const trimmed = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(trimmed);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (german) [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3].length === 2 ? `20${german[3]}` : german[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
