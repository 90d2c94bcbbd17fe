import { NOTICE_ELEMENTS, plainText, type NoticeBlock, type NoticeSectionCode, type PrivacyNotice } from '../../domain/documents/privacy-notice';

/** Reading helpers for notices in tests. */

export function blockLines(block: NoticeBlock): string[] {
  return block.kind === 'paragraph' ? [plainText(block.runs)] : block.items.map(plainText);
}

/** The text of one section (lines joined by "\n"); throws when the section is absent. */
export function sectionText(notice: PrivacyNotice, element: NoticeSectionCode): string {
  const section = notice.sections.find((s) => s.element === element);
  if (!section) throw new Error(`section ${element} missing; present: ${notice.sections.map((s) => s.element).join(', ')}`);
  return [section.heading, ...section.paragraphs.flatMap(blockLines)].join('\n');
}

export function hasSection(notice: PrivacyNotice, element: NoticeSectionCode): boolean {
  return notice.sections.some((s) => s.element === element);
}

/** The sections that are among the 14 mandatory elements, in the order the notice has them. */
export function mandatoryElements(notice: PrivacyNotice): string[] {
  return notice.sections.map((s) => s.element).filter((e) => (NOTICE_ELEMENTS as readonly string[]).includes(e));
}

/** Every line of text the notice carries (title, intro, headings, paragraphs, list items). */
export function facts(notice: PrivacyNotice): string[] {
  return [
    notice.title,
    ...notice.intro.flatMap(blockLines),
    ...notice.sections.flatMap((s) => [s.heading, ...s.paragraphs.flatMap(blockLines)]),
  ];
}
