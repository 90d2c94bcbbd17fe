import { LEGAL_BASES } from '../catalogues/legal-bases';
import type { LegalBasisEntry } from '../catalogues/schema';
import { normaliseHeader } from './fields';

/**
 * Provisions that are requirements on top of a legal basis, never one themselves: § 25 TDDDG
 * (access to terminal equipment) and § 7 UWG (advertising by e-mail, messenger, phone). The
 * import keeps them as a note and never as a legal basis; this is the one place that decides it.
 */
export const ADDITIONAL_REQUIREMENT_CODES = ['tdddg-25', 'uwg-7'] as const;

export function isAdditionalRequirement(code: string): boolean {
  return (ADDITIONAL_REQUIREMENT_CODES as readonly string[]).includes(code);
}

export type LegalBasisMatch =
  | { kind: 'basis'; code: string; note: string }
  /** A provision named where a basis was expected that is no basis (§ 7 UWG, § 25 TDDDG). */
  | { kind: 'requirement'; code: string; citation: string }
  | { kind: 'none' };

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3' };

/** "Art. 6 Abs. 1 lit. b", "Art. 6(1)(b)", "6 I b", "Art. 6 Abs. 1 S. 1 Buchst. b", "Art. 9 Abs. 2 lit. a". */
const ARTICLE = /(?:^|[^0-9§])(6|9)\s*(?:abs\.?|absatz|para\.?|\(|\s)\s*(1|2|i{1,2})\s*\)?\s*(?:(?:s\.?|satz|uabs\.?|unterabs\.?)\s*1\s*)?(?:lit\.?|buchst\.?|buchstabe|letter|\()?\s*([a-j])(?![a-z])/i;
const ART10 = /(?:art\.?|artikel|article)\s*10(?![0-9])/i;

/** Everyday words DPOs write instead of citations, normalised. */
const KEYWORDS: [RegExp, string][] = [
  [/\b(?:ausdrueckliche einwilligung|explicit consent)\b/, '9-2-a'],
  [/\b(?:einwilligung|consent)\b/, '6-1-a'],
  [/\b(?:vertrag|vertragserfuellung|vertragsanbahnung|vorvertraglich\w*|contract|contractual)\b/, '6-1-b'],
  [/\b(?:rechtliche verpflichtung|gesetzliche verpflichtung|gesetzliche pflicht|rechtspflicht|legal obligation)\b/, '6-1-c'],
  [/\b(?:lebenswichtige interessen|vital interests?)\b/, '6-1-d'],
  [/\b(?:oeffentliche aufgabe|oeffentliches interesse|public task|public interest|official authority)\b/, '6-1-e'],
  [/\b(?:berechtigte interessen?|berechtigtes interesse|legitimate interests?)\b/, '6-1-f'],
];

function citationKey(entry: LegalBasisEntry, language: 'de' | 'en'): string {
  return normaliseHeader(entry.citation[language]);
}

const NATIONAL = LEGAL_BASES.filter((entry) => entry.group === 'national' && entry.id !== 'national-other');

/** "(…)" at the end or "i. V. m. …" after the citation: the law named with the basis. */
function noteOf(text: string): string {
  const parenthesised = /\(([^()]*)\)\s*$/.exec(text);
  if (parenthesised && !/^\s*(?:\d|[a-j]|i{1,2})\s*$/i.test(parenthesised[1])) return parenthesised[1].trim();
  const combined = /(?:i\.\s*v\.\s*m\.|in verbindung mit|in conjunction with|together with)\s*(.+)$/i.exec(text);
  return combined ? combined[1].trim() : '';
}

/** Full citations first ("§ 26 Abs. 1 BDSG", "Section 26(1) BDSG"), then without the paragraph ("§ 26 BDSG"). */
function nationalMatch(normalised: string): LegalBasisEntry | undefined {
  const padded = ` ${normalised.replace(/^section /, '')} `;
  const contains = (key: string) => padded.includes(` ${key.replace(/^section /, '')} `);
  return (
    NATIONAL.find((entry) => [citationKey(entry, 'de'), citationKey(entry, 'en')].some(contains)) ??
    NATIONAL.find((entry) => contains(citationKey(entry, 'de').replace(/ abs \d+/, '')))
  );
}

/** One legal-basis entry of a cell, e.g. "Art. 6 Abs. 1 lit. c DSGVO (§ 147 AO)" or "Vertrag". */
export function matchLegalBasis(text: string): LegalBasisMatch {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'none' };
  const note = noteOf(trimmed);
  const head = note ? trimmed.slice(0, trimmed.length - note.length).replace(/[(\s]*$/, '') : trimmed;
  const headNormalised = normaliseHeader(head);

  const article = ARTICLE.exec(head.replace(/§/g, ' § '));
  if (article) {
    const [, number, paragraph, letter] = article;
    const para = ROMAN[paragraph.toLowerCase()] ?? paragraph;
    const code = `${number}-${para}-${letter.toLowerCase()}`;
    if (LEGAL_BASES.some((entry) => entry.id === code)) return { kind: 'basis', code, note };
  }
  if (ART10.test(head)) return { kind: 'basis', code: 'art10', note };

  const national = nationalMatch(headNormalised);
  if (national) {
    if (isAdditionalRequirement(national.id)) return { kind: 'requirement', code: national.id, citation: trimmed };
    return { kind: 'basis', code: national.id, note };
  }
  for (const entry of LEGAL_BASES) {
    if (isAdditionalRequirement(entry.id)) continue;
    if (normaliseHeader(entry.citation.de) === headNormalised || normaliseHeader(entry.citation.en) === headNormalised) return { kind: 'basis', code: entry.id, note };
    if (normaliseHeader(entry.label.de) === headNormalised || normaliseHeader(entry.label.en) === headNormalised) {
      return { kind: 'basis', code: entry.id, note };
    }
  }
  for (const [pattern, code] of KEYWORDS) {
    if (pattern.test(headNormalised)) return { kind: 'basis', code, note };
  }
  return { kind: 'none' };
}
