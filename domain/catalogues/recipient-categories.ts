import type { RecipientCategoryEntry } from './schema';

/**
 * Categories of recipients, Art. 30(1)(d). `kind` is the typical role; the user can change it
 * per activity (e.g. a debt collector may act as processor under a specific contract).
 */
export const RECIPIENT_CATEGORIES: RecipientCategoryEntry[] = [
  // internal
  { id: 'internal_management', kind: 'internal', label: { de: 'Geschäftsleitung', en: 'Management' } },
  { id: 'internal_hr', kind: 'internal', label: { de: 'Personalabteilung', en: 'HR department' } },
  { id: 'internal_accounting', kind: 'internal', label: { de: 'Buchhaltung', en: 'Accounting department' } },
  { id: 'internal_it', kind: 'internal', label: { de: 'IT-Abteilung', en: 'IT department' } },
  { id: 'internal_sales', kind: 'internal', label: { de: 'Vertrieb', en: 'Sales department' } },
  { id: 'internal_customer_service', kind: 'internal', label: { de: 'Kundenservice', en: 'Customer service' } },
  { id: 'internal_marketing', kind: 'internal', label: { de: 'Marketing', en: 'Marketing department' } },
  { id: 'internal_facility', kind: 'internal', label: { de: 'Haustechnik und Empfang', en: 'Facility management and reception' } },
  { id: 'internal_department', kind: 'internal', label: { de: 'Zuständige Fachabteilung', en: 'Responsible department' } },
  { id: 'works_council', kind: 'internal', label: { de: 'Betriebsrat / Personalrat', en: 'Works council / staff council' } },
  { id: 'internal_reporting_office', kind: 'internal', label: { de: 'Interne Meldestelle (HinSchG)', en: 'Internal reporting office (HinSchG)' } },
  // processors
  { id: 'it_service_provider', kind: 'processor', label: { de: 'IT-Dienstleister (Wartung, Support)', en: 'IT service provider (maintenance, support)' } },
  { id: 'hosting_provider', kind: 'processor', label: { de: 'Hosting-Anbieter', en: 'Hosting provider' } },
  { id: 'saas_provider', kind: 'processor', label: { de: 'Anbieter von Cloud-Software (SaaS)', en: 'Cloud software (SaaS) provider' } },
  { id: 'email_provider', kind: 'processor', label: { de: 'E-Mail-Anbieter', en: 'E-mail provider' } },
  { id: 'newsletter_provider', kind: 'processor', label: { de: 'Newsletter-Versanddienstleister', en: 'Newsletter service provider' } },
  { id: 'messenger_provider_processor', kind: 'processor', label: { de: 'Messenger-Anbieter als Auftragsverarbeiter', en: 'Messenger provider as processor' } },
  { id: 'telephony_provider', kind: 'processor', label: { de: 'Anbieter von Cloud-Telefonie', en: 'Cloud telephony provider' } },
  { id: 'payroll_provider', kind: 'processor', label: { de: 'Dienstleister für Lohnabrechnung', en: 'Payroll service provider' } },
  { id: 'analytics_provider', kind: 'processor', label: { de: 'Anbieter von Webanalyse', en: 'Web analytics provider' } },
  { id: 'document_destruction', kind: 'processor', label: { de: 'Akten- und Datenträgervernichtung', en: 'Document and data carrier destruction service' } },
  { id: 'security_service', kind: 'processor', label: { de: 'Sicherheits- und Wachdienst', en: 'Security and guard service' } },
  { id: 'training_provider', kind: 'processor', label: { de: 'Anbieter von Schulungs- und E-Learning-Plattformen', en: 'Training and e-learning platform provider' } },
  { id: 'reporting_channel_provider', kind: 'processor', label: { de: 'Anbieter eines Hinweisgebersystems', en: 'Whistleblowing system provider' } },
  // other controllers
  { id: 'tax_advisor', kind: 'controller', label: { de: 'Steuerberater', en: 'Tax advisor' },
    description: { de: 'Handelt eigenverantwortlich (§ 11 Abs. 2 StBerG).', en: 'Acts on its own responsibility (section 11(2) StBerG).' } },
  { id: 'auditors', kind: 'controller', label: { de: 'Wirtschaftsprüfer', en: 'Auditors' } },
  { id: 'lawyers', kind: 'controller', label: { de: 'Rechtsanwälte', en: 'Lawyers' } },
  { id: 'banks', kind: 'controller', label: { de: 'Kreditinstitute', en: 'Banks' } },
  { id: 'payment_service_providers', kind: 'controller', label: { de: 'Zahlungsdienstleister', en: 'Payment service providers' } },
  { id: 'logistics_providers', kind: 'controller', label: { de: 'Versand- und Logistikdienstleister', en: 'Shipping and logistics providers' } },
  { id: 'debt_collection_agency', kind: 'controller', label: { de: 'Inkassodienstleister', en: 'Debt collection agency' } },
  { id: 'credit_agencies', kind: 'controller', label: { de: 'Auskunfteien', en: 'Credit reference agencies' } },
  { id: 'insurers', kind: 'controller', label: { de: 'Versicherungen', en: 'Insurance companies' } },
  { id: 'leasing_companies', kind: 'controller', label: { de: 'Leasinggesellschaften', en: 'Leasing companies' } },
  { id: 'occupational_physician', kind: 'controller', label: { de: 'Betriebsarzt', en: 'Occupational physician' } },
  { id: 'pension_providers', kind: 'controller', label: { de: 'Träger der betrieblichen Altersversorgung', en: 'Occupational pension providers' } },
  { id: 'umbrella_associations', kind: 'controller', label: { de: 'Dachverbände', en: 'Umbrella associations' } },
  { id: 'group_companies', kind: 'controller', label: { de: 'Konzernunternehmen', en: 'Group companies' } },
  { id: 'laboratories', kind: 'controller', label: { de: 'Labore und mitbehandelnde Ärzte', en: 'Laboratories and co-treating physicians' } },
  { id: 'messenger_provider_controller', kind: 'controller', label: { de: 'Messenger-Anbieter als eigener Verantwortlicher', en: 'Messenger provider as independent controller' } },
  { id: 'business_partners', kind: 'controller', label: { de: 'Geschäftspartner und Kunden', en: 'Business partners and customers' } },
  // joint controllers
  { id: 'social_media_platform', kind: 'joint_controller', label: { de: 'Betreiber sozialer Netzwerke (gemeinsame Verantwortlichkeit)', en: 'Social network operator (joint controllership)' },
    description: { de: 'z. B. Meta für Seiten-Insights einer Unternehmensseite (EuGH C-210/16).', en: 'e.g. Meta for the Page Insights of a company page (CJEU C-210/16).' } },
  // authorities
  { id: 'tax_office', kind: 'authority', label: { de: 'Finanzamt', en: 'Tax office' } },
  { id: 'social_insurance', kind: 'authority', label: { de: 'Sozialversicherungsträger und Krankenkassen', en: 'Social insurance institutions and health insurance funds' } },
  { id: 'employers_liability_insurance', kind: 'authority', label: { de: 'Berufsgenossenschaft', en: 'Statutory accident insurance institution (Berufsgenossenschaft)' } },
  { id: 'statutory_health_physicians_association', kind: 'authority', label: { de: 'Kassenärztliche Vereinigung', en: 'Association of statutory health insurance physicians' } },
  { id: 'courts', kind: 'authority', label: { de: 'Gerichte', en: 'Courts' } },
  { id: 'law_enforcement', kind: 'authority', label: { de: 'Strafverfolgungsbehörden', en: 'Law enforcement authorities' } },
  { id: 'public_authorities', kind: 'authority', label: { de: 'Sonstige Behörden', en: 'Other public authorities' } },
  // other
  { id: 'public', kind: 'other', label: { de: 'Öffentlichkeit (Veröffentlichung)', en: 'The public (publication)' } },
  { id: 'other_recipients', kind: 'other', label: { de: 'Sonstige Empfänger', en: 'Other recipients' } },
];
