import type { Language } from '../../model/common';

/** What a notice is about: one processing activity, or one messaging channel with the activities using it. */
export type NoticeSubject = { kind: 'activity'; activityId: string } | { kind: 'channel'; channelId: string };

/**
 * The 14 mandatory elements of privacy-notice.md, in the order a reader expects them.
 * `data_categories` and `source` belong to Art. 14 notices only.
 */
export const NOTICE_ELEMENTS = [
  'controller',
  'dpo',
  'purposes',
  'legitimate_interests',
  'data_categories',
  'recipients',
  'transfers',
  'storage_period',
  'rights',
  'withdrawal',
  'complaint',
  'provision',
  'source',
  'automated_decision',
] as const;
export type NoticeElement = (typeof NOTICE_ELEMENTS)[number];

/** Sections beyond the 14 elements: the Art. 21(4) objection box, the Art. 14(3) timing note and channel facts. */
export type NoticeExtraSection = 'objection' | 'art14_timing' | 'channel_provider' | 'channel_metadata' | 'channel_address_book';
export type NoticeSectionCode = NoticeElement | NoticeExtraSection;

/** Data the generator could not fill from the register; shown as a visible marker where it belongs. */
export const MISSING_CODES = [
  'controller_name',
  'controller_address',
  'controller_contact',
  'dpo_contact',
  'eu_representative',
  'purposes',
  'legal_basis',
  'legitimate_interest',
  'data_categories',
  'transfer_destination',
  'transfer_mechanism',
  'retention',
  'retention_period',
  'supervisory_authority',
  'provision',
  'provision_consequences',
  'source',
  'automated_logic',
  'automated_consequences',
  'channel_provider',
  'channel_activities',
  'channel_transfer',
  'address_book_access',
] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

/** Rich text: plain runs, emphasis, links (mailto/https only) and missing-data markers. */
export type NoticeRun =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'missing'; code: MissingCode; text: string };

export type NoticeBlock = { kind: 'paragraph'; runs: NoticeRun[] } | { kind: 'list'; items: NoticeRun[][] };

export type NoticeSectionStatus = 'complete' | 'missing' | 'not_applicable';

export interface NoticeSection {
  element: NoticeSectionCode;
  /** Position among the 14 elements (1–14); null for the additional sections. */
  number: number | null;
  /** The provision requiring the information, e.g. "Art. 13 Abs. 1 lit. a DSGVO"; '' for channel facts. */
  reference: string;
  heading: string;
  paragraphs: NoticeBlock[];
  /** complete; missing: at least one marker in it; not_applicable: the register says the element does not occur. */
  status: NoticeSectionStatus;
  missing: MissingCode[];
  /** Shown apart from the other information (the Art. 21(4) objection box). */
  highlighted: boolean;
}

export interface NoticeMissingItem {
  element: NoticeSectionCode;
  code: MissingCode;
  /** Readable name of the missing data in the notice's language. */
  label: string;
}

export interface PrivacyNotice {
  subject: NoticeSubject;
  language: Language;
  /** Art. 13 (data collected from the person), Art. 14 (obtained elsewhere) or both (partly from the person, partly from elsewhere). */
  article: 'art13' | 'art14' | 'art13_14';
  title: string;
  intro: NoticeBlock[];
  sections: NoticeSection[];
  /** Everything the markers stand for, in reading order, so the UI can warn before copying. */
  missing: NoticeMissingItem[];
}
