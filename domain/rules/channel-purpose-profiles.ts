import { z } from 'zod';
import type { LocalizedText } from '../model/common';

/**
 * What a processing activity over a messaging channel typically contains, per purpose the
 * one-click setup offers. `{channel}` in texts is replaced by the channel's name. Ids refer to
 * the shipped catalogues (data subjects, data categories, recipients, retention presets, TOMs).
 */
export const QuickSetupPurposeSchema = z.enum(['customer_support', 'order_updates', 'marketing_messages']);
export type QuickSetupPurpose = z.infer<typeof QuickSetupPurposeSchema>;

export interface ProfilePurpose {
  description: LocalizedText;
  legalBases: { code: string; note?: LocalizedText }[];
  legitimateInterest?: LocalizedText;
}

export interface PurposeProfile {
  /** Shipped activity templates for this purpose; the one made for the chosen channel is used instead of the profile. */
  templateIds: string[];
  name: LocalizedText;
  description: LocalizedText;
  purposes: ProfilePurpose[];
  dataSubjectIds: string[];
  dataCategoryIds: string[];
  internalRecipientIds: string[];
  /** Retention presets and the catalogue data categories each covers (none given: all of them). */
  retention: { presetId: string; dataCategoryIds?: string[] }[];
  /** Suggested measures; entries the channel makes pointless (E2E, address book) are left out by the setup. */
  tomIds: string[];
}

const ADVERTISING_CONSENT_NOTE: LocalizedText = {
  de: 'Werbung per Messenger: vorherige ausdrückliche Einwilligung nach § 7 Abs. 2 UWG',
  en: 'Advertising by messenger: prior express consent under section 7(2) UWG',
};

const MESSAGING_TOMS = [
  'messenger_policy',
  'messenger_e2e',
  'address_book_access_denied',
  'multi_factor_authentication',
  'automatic_screen_lock',
  'separate_business_devices',
  'staff_training',
  'backups',
];

export const PURPOSE_PROFILES: Record<QuickSetupPurpose, PurposeProfile> = {
  // The customer starts the chat: Art. 6(1)(b) or (f), never consent (messages the business
  // starts belong to order updates or marketing, which have their own profiles).
  customer_support: {
    templateIds: ['customer_support_whatsapp'],
    name: { de: 'Kundenservice über {channel}', en: 'Customer support via {channel}' },
    description: {
      de: 'Kundinnen und Kunden sowie Interessenten wenden sich über {channel} an das Unternehmen; Beschäftigte des Kundenservice beantworten die Anfragen.',
      en: 'Customers and prospects contact the business via {channel}; customer service staff answer their requests.',
    },
    purposes: [
      {
        description: {
          de: 'Bearbeitung vertragsbezogener Anfragen (Bestellung, Lieferung, Reklamation, Fragen vor Vertragsschluss)',
          en: 'Handling contract-related requests (orders, delivery, complaints, questions before a contract)',
        },
        legalBases: [{ code: '6-1-b' }],
      },
      {
        description: { de: 'Beantwortung allgemeiner Anfragen', en: 'Answering general enquiries' },
        legalBases: [{ code: '6-1-f' }],
        legitimateInterest: {
          de: 'Anfragen über den von der Person selbst gewählten Kommunikationsweg schnell und effizient beantworten',
          en: 'Answering enquiries quickly and efficiently over the channel the person chose',
        },
      },
    ],
    dataSubjectIds: ['customers', 'prospects', 'messenger_contacts'],
    dataCategoryIds: ['identification', 'phone_number', 'profile_picture', 'chat_content', 'messenger_metadata', 'support_case_data'],
    internalRecipientIds: ['internal_customer_service'],
    retention: [{ presetId: 'messenger_chats' }],
    tomIds: MESSAGING_TOMS,
  },
  order_updates: {
    templateIds: ['order_updates_whatsapp_platform'],
    name: { de: 'Bestell- und Versandbenachrichtigungen über {channel}', en: 'Order and shipping updates via {channel}' },
    description: {
      de: 'Das Unternehmen informiert Kundinnen und Kunden über {channel} über den Stand ihrer Bestellung und Lieferung.',
      en: 'The business informs customers via {channel} about the status of their order and delivery.',
    },
    purposes: [
      {
        description: { de: 'Information über Bestell- und Lieferstatus', en: 'Information on order and delivery status' },
        legalBases: [{ code: '6-1-b' }],
      },
      {
        description: {
          de: 'Nutzung von {channel} als Benachrichtigungsweg nach Einwilligung (Opt-in)',
          en: 'Use of {channel} as the notification channel after consent (opt-in)',
        },
        legalBases: [{ code: '6-1-a' }],
      },
    ],
    dataSubjectIds: ['customers'],
    dataCategoryIds: ['identification', 'phone_number', 'order_data', 'chat_content', 'messenger_metadata'],
    internalRecipientIds: ['internal_sales'],
    retention: [{ presetId: 'messenger_chats' }],
    tomIds: MESSAGING_TOMS,
  },
  marketing_messages: {
    templateIds: ['marketing_whatsapp'],
    name: { de: 'Werbenachrichten über {channel}', en: 'Marketing messages via {channel}' },
    description: {
      de: 'Das Unternehmen sendet Werbenachrichten über {channel} an Personen, die ausdrücklich eingewilligt haben.',
      en: 'The business sends marketing messages via {channel} to people who expressly consented.',
    },
    purposes: [
      {
        description: { de: 'Versand von Werbenachrichten', en: 'Sending marketing messages' },
        legalBases: [{ code: '6-1-a', note: ADVERTISING_CONSENT_NOTE }],
      },
    ],
    dataSubjectIds: ['customers', 'prospects'],
    dataCategoryIds: ['identification', 'phone_number', 'marketing_preferences', 'consent_records', 'chat_content', 'messenger_metadata'],
    internalRecipientIds: ['internal_marketing'],
    // Consent records outlive the chats (proof of consent, Art. 7(1)): the DPO sets their period.
    retention: [{ presetId: 'messenger_chats', dataCategoryIds: ['identification', 'phone_number', 'marketing_preferences', 'chat_content', 'messenger_metadata'] }],
    tomIds: [...MESSAGING_TOMS, 'consent_documentation'],
  },
};

export function fillChannel(text: string, channelName: string): string {
  return text.replaceAll('{channel}', channelName);
}
