import type { LocalizedText } from '../../model/common';

/** Shorthand for a German/English text pair. */
export function t(de: string, en: string): LocalizedText {
  return { de, en };
}

/** A legal-basis reference of a template purpose, with an optional note in both languages. */
export function lb(code: string, noteDe?: string, noteEn?: string): { code: string; note?: LocalizedText } {
  return noteDe === undefined ? { code } : { code, note: { de: noteDe, en: noteEn ?? noteDe } };
}

/** Measures nearly every activity relies on. */
export const BASE_TOMS = [
  'role_based_access',
  'password_policy',
  'multi_factor_authentication',
  'automatic_screen_lock',
  'endpoint_protection',
  'patch_management',
  'backups',
  'confidentiality_commitment',
  'staff_training',
  'processor_agreements',
  'deletion_concept',
];

/** Measures for activities that run over a messenger on a phone (seed checklist). */
export const MESSENGER_TOMS = [
  'mobile_device_management',
  'separate_business_devices',
  'messenger_e2e',
  'address_book_access_denied',
  'messenger_policy',
  'multi_factor_authentication',
  'automatic_screen_lock',
  'access_rights_review',
  'staff_training',
  'processor_agreements',
  'backups',
  'deletion_concept',
];

/** Measures for web-facing systems. */
export const WEB_TOMS = ['transport_encryption', 'firewall', 'patch_management', 'monitoring', 'backups', 'log_protection', 'processor_agreements', 'vulnerability_scans'];

export const WHATSAPP_US_TRANSFER = {
  countryCode: 'US',
  recipient: t('WhatsApp LLC / Meta Platforms, Inc.', 'WhatsApp LLC / Meta Platforms, Inc.'),
  mechanism: 'dpf' as const,
  note: t(
    'EU-U.S. Data Privacy Framework nach dem WhatsApp Business Data Transfer Addendum; Standardvertragsklauseln als Ausweichlösung. DPF-Zertifizierung prüfen und Datum festhalten.',
    'EU–U.S. Data Privacy Framework under the WhatsApp Business Data Transfer Addendum; standard contractual clauses as fallback. Check the DPF certification and record the date.',
  ),
};
