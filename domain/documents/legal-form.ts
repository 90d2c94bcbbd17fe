import { messages } from '../i18n/messages';
import type { Language } from '../model/common';

/**
 * Who legally represents an organisation, from its legal form (free text such as "GmbH",
 * "e.V.", "Einzelunternehmen"): the Art. 30 record is signed by them — the management of a
 * GmbH, the board of an association (§ 26 BGB), the owner of a sole trader's business.
 */
export type RepresentativeKind = 'management' | 'executiveBoard' | 'board' | 'owner' | 'partners' | 'generalPartners' | 'publicBody' | 'unknown';

const RULES: Array<[RegExp, RepresentativeKind]> = [
  [/\bg?gmbh\b|\bug\b|haftungsbeschränkt|beschränkter haftung|\bltd\b|limited|\bllc\b|\bs(a)?rl\b|\bbv\b|\binc\b/, 'management'],
  [/\bkgaa\b/, 'generalPartners'],
  [/\bag\b|aktiengesellschaft|\bse\b|\bplc\b/, 'executiveBoard'],
  [/\bev\b|eingetragener verein|\bverein\b|stiftung|foundation|association|genossenschaft|\beg\b|cooperative|charity/, 'board'],
  [/\bek\b|einzelunternehm|einzelkauf|kaufmann|kauffrau|inhaber|sole trader|sole proprietor|freiberuf|selbstst(ä|a)ndig|self-employed|praxis/, 'owner'],
  [/\bkg\b|kommanditgesellschaft|limited partnership/, 'generalPartners'],
  [/\bgbr\b|\bohg\b|\bpartg(mbb)?\b|partnerschaft|partnership|gesellschaft bürgerlichen rechts/, 'partners'],
  [/körperschaft|anstalt|öffentlichen rechts|\bkdör\b|\badör\b|behörde|gemeinde|kommune|public (body|authority)|municipality/, 'publicBody'],
];

export function representativeKind(legalForm: string): RepresentativeKind {
  // "GmbH & Co. KG": the general partner (the GmbH) acts through its management.
  const form = legalForm.toLocaleLowerCase('de-DE').split('&')[0]!.replace(/\./g, '').replace(/\s+/g, ' ').trim();
  if (!form) return 'unknown';
  return RULES.find(([pattern]) => pattern.test(form))?.[1] ?? 'unknown';
}

/** "Geschäftsführung", "Vorstand", "Inhaberin / Inhaber" … in the document language. */
export function representativeWording(legalForm: string, language: Language): string {
  return messages[language].legalTexts.representatives[representativeKind(legalForm)];
}
