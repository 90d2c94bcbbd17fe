import { z } from 'zod';
import { LocalizedTextSchema } from '../model/common';
import { CatalogueIdSchema } from './schema';

/**
 * Starting points for a new register: which shipped activity templates (ACTIVITY_TEMPLATES)
 * it begins with. Every register template also receives the whole shipped TOM catalogue as
 * the organisation's measures, and the activities are linked to the measures they suggest.
 * The renderer may import this list directly to offer the choice.
 */
export const RegisterTemplateSchema = z.object({
  id: CatalogueIdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  activityTemplateIds: z.array(CatalogueIdSchema),
  /** Sets Organisation.actsAsProcessor: the organisation also keeps the Art. 30(2) record. */
  actsAsProcessor: z.boolean(),
});
export type RegisterTemplate = z.infer<typeof RegisterTemplateSchema>;

const EMPLOYER = ['payroll', 'personnel_file', 'time_recording', 'applicant_management'];
const OFFICE = ['accounting_bookkeeping', 'email_communication', 'it_administration', 'website_hosting_logs'];

export const REGISTER_TEMPLATES: RegisterTemplate[] = [
  {
    id: 'empty',
    name: { de: 'Leeres Verzeichnis', en: 'Empty register' },
    description: {
      de: 'Ohne Verarbeitungstätigkeiten; nur der TOM-Katalog wird übernommen.',
      en: 'No processing activities; only the TOM catalogue is added.',
    },
    activityTemplateIds: [],
    actsAsProcessor: false,
  },
  {
    id: 'online_shop',
    name: { de: 'Kleinunternehmen / Onlineshop', en: 'Small business / online shop' },
    description: {
      de: 'Bestellabwicklung, Kundenkonten, Newsletter, Kundenservice, Zahlungsverkehr, Website und Beschäftigte.',
      en: 'Order processing, customer accounts, newsletter, customer service, payments, website and staff.',
    },
    activityTemplateIds: [
      'online_shop_orders', 'crm', 'newsletter', 'contact_form', 'customer_support_whatsapp', 'debt_collection',
      'cookies_analytics', 'supplier_management', ...OFFICE, ...EMPLOYER,
    ],
    actsAsProcessor: false,
  },
  {
    id: 'medical_practice',
    name: { de: 'Arztpraxis', en: 'Medical practice' },
    description: {
      de: 'Patientenakte, Terminvergabe, Abrechnung, Telefon und Praxisorganisation mit Beschäftigten.',
      en: 'Patient records, appointments, billing, telephone and practice organisation with staff.',
    },
    activityTemplateIds: [
      'patient_records', 'appointment_booking', 'telephony', 'contact_form', 'debt_collection', 'supplier_management',
      ...OFFICE, ...EMPLOYER,
    ],
    actsAsProcessor: false,
  },
  {
    id: 'association',
    name: { de: 'Verein', en: 'Association (Verein)' },
    description: {
      de: 'Mitgliederverwaltung, Beiträge, Newsletter, Website und Social Media, Vereinskommunikation.',
      en: 'Member administration, fees, newsletter, website and social media, association communication.',
    },
    activityTemplateIds: [
      'member_administration', 'newsletter', 'social_media_page', 'contact_form', 'video_conferencing', 'debt_collection',
      ...OFFICE,
    ],
    actsAsProcessor: false,
  },
  {
    id: 'agency_processor',
    name: { de: 'Agentur (auch Auftragsverarbeiter)', en: 'Agency acting as processor' },
    description: {
      de: 'Eigene Verarbeitungen einer Agentur; zusätzlich das Verzeichnis als Auftragsverarbeiter (Art. 30 Abs. 2) für Kundenaufträge.',
      en: 'An agency’s own processing, plus the processor record (Art. 30(2)) for work done on behalf of clients.',
    },
    activityTemplateIds: [
      'crm', 'contact_form', 'video_conferencing', 'social_media_page', 'supplier_management', 'employee_training',
      ...OFFICE, ...EMPLOYER,
    ],
    actsAsProcessor: true,
  },
];

export function findRegisterTemplate(id: string): RegisterTemplate | undefined {
  return REGISTER_TEMPLATES.find((t) => t.id === id);
}
