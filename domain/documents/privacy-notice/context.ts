import { messages, type Messages } from '../../i18n/messages';
import type { Language } from '../../model/common';
import type { Organisation } from '../../model/organisation';
import type { Party } from '../../model/party';
import type { RegisterSnapshot } from '../snapshot';
import { fill } from '../art30/texts';
import { emailRun, missingCodes, runs, type RunInput } from './rich-text';
import { NOTICE_ELEMENTS, type MissingCode, type NoticeBlock, type NoticeRun, type NoticeSection, type NoticeSectionCode } from './types';

export type NoticeTexts = Messages['notice'];
export type NoticeArticle = 'art13' | 'art14';

/** What every section builder needs: texts, the article the notice follows and lookups into the snapshot. */
export interface NoticeContext {
  language: Language;
  article: NoticeArticle;
  t: NoticeTexts;
  docs: Messages['documents'];
  organisation: Organisation;
  party(id: string): Party | undefined;
}

export function createNoticeContext(snapshot: RegisterSnapshot, language: Language, article: NoticeArticle): NoticeContext {
  const parties = new Map(snapshot.parties.map((party) => [party.id, party]));
  return {
    language,
    article,
    t: messages[language].notice,
    docs: messages[language].documents,
    organisation: snapshot.organisation,
    party: (id) => parties.get(id),
  };
}

/** The visible marker for data the register lacks, e.g. "[FEHLT: Kontaktdaten des Datenschutzbeauftragten]". */
export function missing(ctx: NoticeContext, code: MissingCode): NoticeRun {
  return { kind: 'missing', code, text: fill(ctx.t.marker, { item: ctx.t.missing[code] }) };
}

/** The trimmed value, or the marker when it is empty. */
export function valueOr(ctx: NoticeContext, value: string, code: MissingCode): RunInput {
  return value.trim() ? value.trim() : missing(ctx, code);
}

/** Paragraph and letter of Art. 13 and Art. 14 per element; absent where the article has no such element. */
const PROVISIONS: Record<NoticeArticle, Partial<Record<NoticeSectionCode, [number, string]>>> = {
  art13: {
    controller: [1, 'a'], dpo: [1, 'b'], purposes: [1, 'c'], legitimate_interests: [1, 'd'], recipients: [1, 'e'],
    transfers: [1, 'f'], storage_period: [2, 'a'], rights: [2, 'b'], withdrawal: [2, 'c'], complaint: [2, 'd'],
    provision: [2, 'e'], automated_decision: [2, 'f'], channel_provider: [1, 'e'],
  },
  art14: {
    controller: [1, 'a'], dpo: [1, 'b'], purposes: [1, 'c'], data_categories: [1, 'd'], recipients: [1, 'e'],
    transfers: [1, 'f'], storage_period: [2, 'a'], legitimate_interests: [2, 'b'], rights: [2, 'c'], withdrawal: [2, 'd'],
    complaint: [2, 'e'], source: [2, 'f'], automated_decision: [2, 'g'], channel_provider: [1, 'e'],
  },
};

/** "Art. 13 Abs. 1 lit. a DSGVO" / "Art. 13(1)(a) GDPR"; the Art. 21(4) and 14(3) sections cite those. */
export function sectionReference(ctx: NoticeContext, element: NoticeSectionCode): string {
  const de = ctx.language === 'de';
  if (element === 'objection') return de ? 'Art. 21 Abs. 4 DSGVO' : 'Art. 21(4) GDPR';
  if (element === 'art14_timing') return de ? 'Art. 14 Abs. 3 DSGVO' : 'Art. 14(3) GDPR';
  // In an Art. 13 notice with Art. 14 parts (mixed sources) those parts cite Art. 14.
  const articleOf = PROVISIONS[ctx.article][element] ? ctx.article : 'art14';
  const provision = PROVISIONS[articleOf][element];
  if (!provision) return '';
  const article = articleOf === 'art13' ? 13 : 14;
  const [paragraph, letter] = provision;
  return de ? `Art. ${article} Abs. ${paragraph} lit. ${letter} DSGVO` : `Art. ${article}(${paragraph})(${letter}) GDPR`;
}

export interface SectionOptions {
  heading?: string;
  /** The register says the element does not occur (no DPO, no transfers …); the section still says so. */
  notApplicable?: boolean;
  highlighted?: boolean;
}

export function section(ctx: NoticeContext, element: NoticeSectionCode, paragraphs: NoticeBlock[], options: SectionOptions = {}): NoticeSection {
  const codes = missingCodes(paragraphs);
  const number = (NOTICE_ELEMENTS as readonly string[]).indexOf(element);
  const heading = options.heading ?? (ctx.t.heading as Record<NoticeSectionCode, string>)[element];
  return {
    element,
    number: number >= 0 ? number + 1 : null,
    reference: sectionReference(ctx, element),
    heading,
    paragraphs,
    status: codes.length ? 'missing' : options.notApplicable ? 'not_applicable' : 'complete',
    missing: codes,
    highlighted: options.highlighted ?? false,
  };
}

/**
 * Where data subjects send requests (rights, withdrawal, objection, copies of safeguards): the
 * privacy contact, else the organisation, else the DPO; a marker when the register has none.
 */
export function requestContact(ctx: NoticeContext): NoticeRun[] {
  const o = ctx.organisation;
  const dpoEmail = o.dpo.kind !== 'none' ? o.dpo.email : '';
  const email = [o.privacyContact.email, o.email, dpoEmail].map((value) => value.trim()).find((value) => value !== '');
  if (email) return [emailRun(email)];
  const phone = [o.privacyContact.phone, o.phone].map((value) => value.trim()).find((value) => value !== '');
  return phone ? runs(phone) : [missing(ctx, 'controller_contact')];
}
