import type { LocalizedText } from '../model/common';
import type { RetentionPreset } from './schema';

/**
 * Retention presets (retention.md): one per row. `statutory` periods are minimums set by law —
 * a rule shortening them is a finding; `practice` rows are recommendations the user may adapt.
 */
export const RETENTION_PRESETS: RetentionPreset[] = [
  {
    id: 'books_records',
    label: { de: 'Bücher, Inventare, Eröffnungsbilanzen, Jahresabschlüsse, Lageberichte', en: 'Books, inventories, opening balance sheets, annual financial statements, management reports' },
    periodAmount: 10, periodUnit: 'years',
    periodText: { de: '10 Jahre', en: '10 years' },
    trigger: { de: 'Ende des Kalenderjahres der letzten Eintragung bzw. der Erstellung', en: 'End of the calendar year of the last entry or of creation' },
    basis: { de: '§ 147 Abs. 1 Nr. 1, Abs. 3 AO; § 257 Abs. 1 Nr. 1, Abs. 4 HGB', en: 'Section 147(1) no. 1, (3) AO; section 257(1) no. 1, (4) HGB' },
    kind: 'statutory', action: 'delete', source: 'Abgabenordnung (AO); Handelsgesetzbuch (HGB)',
  },
  {
    id: 'accounting_vouchers',
    label: { de: 'Buchungsbelege (einschließlich Rechnungen)', en: 'Accounting vouchers (including invoices)' },
    description: {
      de: 'Durch das Vierte Bürokratieentlastungsgesetz von 10 auf 8 Jahre verkürzt; vor dem 1. Januar 2025 galten 10 Jahre.',
      en: 'Shortened from 10 to 8 years by the Fourth Bureaucracy Relief Act; before 1 January 2025 the period was 10 years.',
    },
    periodAmount: 8, periodUnit: 'years',
    periodText: { de: '8 Jahre', en: '8 years' },
    trigger: { de: 'Ende des Kalenderjahres der Entstehung', en: 'End of the calendar year of creation' },
    basis: { de: '§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 257 Abs. 1 Nr. 4, Abs. 4 HGB; § 14b UStG', en: 'Section 147(1) no. 4, (3) AO; section 257(1) no. 4, (4) HGB; section 14b UStG' },
    kind: 'statutory', action: 'delete', source: 'AO; HGB; UStG, as amended by the Viertes Bürokratieentlastungsgesetz',
  },
  {
    id: 'business_letters',
    label: { de: 'Empfangene Handels- und Geschäftsbriefe, Kopien abgesandter Briefe', en: 'Commercial and business letters received, copies of letters sent' },
    periodAmount: 6, periodUnit: 'years',
    periodText: { de: '6 Jahre', en: '6 years' },
    trigger: { de: 'Ende des Kalenderjahres', en: 'End of the calendar year' },
    basis: { de: '§ 147 Abs. 1 Nr. 2–3, Abs. 3 AO; § 257 Abs. 1 Nr. 2–3, Abs. 4 HGB', en: 'Section 147(1) nos. 2–3, (3) AO; section 257(1) nos. 2–3, (4) HGB' },
    kind: 'statutory', action: 'delete', source: 'Abgabenordnung (AO); Handelsgesetzbuch (HGB)',
  },
  {
    id: 'payroll_account',
    label: { de: 'Lohnkonto', en: 'Payroll account (Lohnkonto)' },
    periodAmount: 6, periodUnit: 'years',
    periodText: { de: 'bis zum Ablauf des 6. Kalenderjahres nach der letzten Eintragung', en: 'until the end of the 6th calendar year after the last entry' },
    trigger: { de: 'Letzte Eintragung (Fristbeginn mit Ende dieses Kalenderjahres)', en: 'Last entry (period runs from the end of that calendar year)' },
    basis: { de: '§ 41 Abs. 1 EStG', en: 'Section 41(1) EStG' },
    kind: 'statutory', action: 'delete', source: 'Einkommensteuergesetz (EStG)',
  },
  {
    id: 'working_time_records',
    label: { de: 'Aufzeichnungen über Arbeitszeit über 8 Stunden werktäglich', en: 'Records of working time beyond 8 hours per working day' },
    periodAmount: 2, periodUnit: 'years',
    periodText: { de: 'mindestens 2 Jahre', en: 'at least 2 years' },
    trigger: { de: 'Erstellung der Aufzeichnung', en: 'Creation of the record' },
    basis: { de: '§ 16 Abs. 2 ArbZG', en: 'Section 16(2) ArbZG' },
    kind: 'statutory', action: 'delete', source: 'Arbeitszeitgesetz (ArbZG)',
  },
  {
    id: 'patient_records',
    label: { de: 'Patientenakte', en: 'Patient records' },
    description: { de: 'Soweit nicht andere Vorschriften längere Fristen vorsehen.', en: 'Unless other provisions require longer periods.' },
    periodAmount: 10, periodUnit: 'years',
    periodText: { de: '10 Jahre', en: '10 years' },
    trigger: { de: 'Abschluss der Behandlung', en: 'End of treatment' },
    basis: { de: '§ 630f Abs. 3 BGB', en: 'Section 630f(3) BGB' },
    kind: 'statutory', action: 'delete', source: 'Bürgerliches Gesetzbuch (BGB)',
  },
  {
    id: 'customer_contract_data',
    label: { de: 'Kunden- und Vertragsdaten ohne steuerliche Relevanz', en: 'Customer and contract data without tax relevance' },
    periodAmount: 3, periodUnit: 'years',
    periodText: { de: '3 Jahre', en: '3 years' },
    trigger: { de: 'Ende des Kalenderjahres, in dem der Vertrag endete (Verjährung)', en: 'End of the calendar year in which the contract ended (limitation)' },
    basis: { de: '§§ 195, 199 BGB', en: 'Sections 195, 199 BGB' },
    kind: 'practice', action: 'delete', source: 'Bürgerliches Gesetzbuch (BGB), regular limitation period',
  },
  {
    id: 'applicant_rejection',
    label: { de: 'Bewerberdaten nach Absage', en: 'Applicant data after rejection' },
    periodAmount: 6, periodUnit: 'months',
    periodText: { de: '6 Monate', en: '6 months' },
    trigger: { de: 'Versand der Absage', en: 'Rejection sent' },
    basis: { de: 'Frist nach § 15 Abs. 4 AGG und § 61b ArbGG zuzüglich Puffer', en: 'Deadline under section 15(4) AGG and section 61b ArbGG plus buffer' },
    kind: 'practice', action: 'delete', source: 'Allgemeines Gleichbehandlungsgesetz (AGG); Arbeitsgerichtsgesetz (ArbGG)',
  },
  {
    id: 'personnel_file',
    label: { de: 'Personalakte nach Austritt', en: 'Personnel file after leaving' },
    description: { de: 'Längere Fristen für einzelne Bestandteile nach den gesetzlichen Vorgaben (z. B. Lohnkonto, Buchungsbelege).', en: 'Longer periods for individual parts under the statutory rows (e.g. payroll account, accounting vouchers).' },
    periodAmount: 3, periodUnit: 'years',
    periodText: { de: '3 Jahre (einzelne Bestandteile länger)', en: '3 years (longer for some parts)' },
    trigger: { de: 'Ende des Jahres, in dem das Beschäftigungsverhältnis endete', en: 'End of the year in which employment ended' },
    basis: { de: '§§ 195, 199 BGB', en: 'Sections 195, 199 BGB' },
    kind: 'practice', action: 'delete', source: 'Bürgerliches Gesetzbuch (BGB), regular limitation period',
  },
  {
    id: 'video_footage',
    label: { de: 'Aufnahmen der Videoüberwachung', en: 'Video surveillance footage' },
    periodAmount: 3, periodUnit: 'days',
    periodText: { de: '72 Stunden', en: '72 hours' },
    trigger: { de: 'Aufzeichnung', en: 'Recording' },
    basis: { de: 'Orientierungshilfe der deutschen Aufsichtsbehörden zur Videoüberwachung', en: 'German supervisory authorities’ guidance on video surveillance' },
    kind: 'practice', action: 'delete', source: 'DSK guidance on video surveillance by non-public bodies',
  },
  {
    id: 'web_server_logs',
    label: { de: 'Webserver-Protokolle', en: 'Web server logs' },
    periodAmount: 7, periodUnit: 'days',
    periodText: { de: '7 Tage', en: '7 days' },
    trigger: { de: 'Abruf', en: 'Request' },
    basis: {
      de: 'Berechtigtes Interesse an der Sicherheit des Angebots (Art. 6 Abs. 1 lit. f DSGVO); Rechtsprechung: BGH, Urteil vom 16.05.2017 – VI ZR 135/13 (Websitebetreiber); BGH, Urteil vom 13.01.2011 – III ZR 146/10 (7 Tage bei Zugangsanbietern)',
      en: 'Legitimate interest in the security of the service (Art. 6(1)(f) GDPR); case law: BGH, judgment of 16 May 2017, VI ZR 135/13 (website operators); BGH, judgment of 13 Jan 2011, III ZR 146/10 (7 days for access providers)',
    },
    kind: 'practice', action: 'delete', source: 'BGH VI ZR 135/13 (16 May 2017); BGH III ZR 146/10 (13 January 2011)',
  },
  {
    id: 'consent_proof',
    label: { de: 'Einwilligungsnachweise (z. B. Double-Opt-in-Protokoll)', en: 'Proof of consent (e.g. double opt-in log)' },
    periodAmount: null, periodUnit: 'years',
    periodText: { de: 'solange die Einwilligung genutzt wird, danach 3 Jahre', en: 'as long as the consent is used, plus 3 years' },
    trigger: { de: 'Widerruf bzw. letzte Nutzung', en: 'Withdrawal or last use' },
    basis: { de: 'Rechenschaftspflicht (Art. 5 Abs. 2, Art. 7 Abs. 1 DSGVO); §§ 195, 199 BGB', en: 'Accountability (Art. 5(2), Art. 7(1) GDPR); sections 195, 199 BGB' },
    kind: 'practice', action: 'delete', source: 'GDPR; Bürgerliches Gesetzbuch (BGB)',
  },
  {
    id: 'messenger_chats',
    label: { de: 'Chatverläufe mit Kunden (Messenger)', en: 'Chat histories with customers (messenger)' },
    periodAmount: null, periodUnit: 'years',
    periodText: {
      de: 'bis die Anfrage erledigt ist; sind Chats Handels- oder Geschäftsbriefe, nach den Fristen dafür',
      en: 'until the request is settled; where a chat is a business letter, per the periods for those',
    },
    trigger: { de: 'Abschluss der Anfrage', en: 'Request closed' },
    basis: { de: 'Zweckbindung; § 257 HGB, soweit ein Chat ein Handelsbrief ist', en: 'Purpose limitation; section 257 HGB where a chat is a business letter' },
    kind: 'practice', action: 'delete', source: 'GDPR Art. 5(1)(b), (e); Handelsgesetzbuch (HGB)',
  },
];

export interface ProviderRetentionFacts {
  id: string;
  label: LocalizedText;
  facts: LocalizedText[];
  source: string;
  asOf: string;
  /** Channel catalogue ids the facts apply to. */
  channelIds: string[];
}

/** What WhatsApp itself does with data (provider policy as reported), shown next to WhatsApp channels. */
export const WHATSAPP_PROVIDER_RETENTION: ProviderRetentionFacts = {
  id: 'whatsapp_provider_retention',
  label: { de: 'Löschung durch WhatsApp (Angaben des Anbieters)', en: 'Deletion by WhatsApp (provider information)' },
  facts: [
    {
      de: 'Nach Löschung des Kontos werden die Daten innerhalb von bis zu 90 Tagen gelöscht – ausgenommen Kopien bestimmter Protokolldaten, Aufzeichnungen zu Sicherheitsvorfällen und aus rechtlichen Gründen aufbewahrte Daten.',
      en: 'After an account is deleted, its data is deleted within up to 90 days — except copies of certain log records, records relating to security incidents and data kept for legal reasons.',
    },
    {
      de: 'Nicht zugestellte Nachrichten bleiben bis zu 30 Tage verschlüsselt auf den Servern.',
      en: 'Undelivered messages remain encrypted on the servers for up to 30 days.',
    },
  ],
  source: 'WhatsApp privacy policy (whatsapp.com/legal), as reported on the asOf date; re-check against the provider policy',
  asOf: '2026-11-28',
  channelIds: ['whatsapp', 'whatsapp_business_app'],
};
