import type { DataCategoryEntry } from './schema';

/** Categories of personal data, Art. 30(1)(c). Special categories (Art. 9(1)) and Art. 10 data are flagged. */

const GENERAL: DataCategoryEntry[] = [
  { id: 'identification', special: 'none', label: { de: 'Identifikationsdaten (Name, Anrede, Titel)', en: 'Identification data (name, title)' } },
  { id: 'postal_address', special: 'none', label: { de: 'Postanschrift', en: 'Postal address' } },
  { id: 'email_address', special: 'none', label: { de: 'E-Mail-Adresse', en: 'E-mail address' } },
  { id: 'phone_number', special: 'none', label: { de: 'Telefonnummer (auch als Messenger-Kennung)', en: 'Phone number (also as messenger identifier)' } },
  { id: 'date_of_birth', special: 'none', label: { de: 'Geburtsdatum', en: 'Date of birth' } },
  { id: 'id_document_data', special: 'none', label: { de: 'Ausweisdaten', en: 'Identity document data' } },
  { id: 'contract_data', special: 'none', label: { de: 'Vertragsdaten (Vertragsgegenstand, Laufzeit, Kundennummer)', en: 'Contract data (subject matter, term, customer number)' } },
  { id: 'order_data', special: 'none', label: { de: 'Bestelldaten und Bestellhistorie', en: 'Order data and order history' } },
  { id: 'payment_data', special: 'none', label: { de: 'Zahlungsdaten (Zahlungsart, Transaktionen)', en: 'Payment data (payment method, transactions)' } },
  { id: 'bank_details', special: 'none', label: { de: 'Bankverbindung (IBAN, BIC)', en: 'Bank details (IBAN, BIC)' } },
  { id: 'invoice_data', special: 'none', label: { de: 'Rechnungs- und Buchungsdaten', en: 'Invoice and accounting data' } },
  { id: 'receivables_data', special: 'none', label: { de: 'Forderungs- und Mahndaten', en: 'Receivables and dunning data' } },
  { id: 'creditworthiness_data', special: 'none', label: { de: 'Bonitätsdaten', en: 'Creditworthiness data' } },
  { id: 'correspondence', special: 'none', label: { de: 'Korrespondenz (Inhalte von E-Mails und Briefen)', en: 'Correspondence (content of e-mails and letters)' } },
  { id: 'support_case_data', special: 'none', label: { de: 'Anfrage- und Reklamationsdaten', en: 'Enquiry and complaint data' } },
  { id: 'marketing_preferences', special: 'none', label: { de: 'Werbeeinwilligungen und Interessen', en: 'Marketing consents and interests' } },
  { id: 'consent_records', special: 'none', label: { de: 'Einwilligungsnachweise (z. B. Double-Opt-in-Protokoll)', en: 'Consent records (e.g. double opt-in log)' } },
  { id: 'appointment_data', special: 'none', label: { de: 'Termindaten', en: 'Appointment data' } },
  { id: 'membership_data', special: 'none', label: { de: 'Mitgliedschaftsdaten (Eintritt, Beiträge, Funktionen)', en: 'Membership data (joining date, fees, functions)' } },
  { id: 'visit_data', special: 'none', label: { de: 'Besuchsdaten (Firma, Zeitpunkt, Ansprechpartner)', en: 'Visit data (company, time, host)' } },
  { id: 'report_content', special: 'none', label: { de: 'Inhalt von Hinweisen und Meldungen', en: 'Content of reports' },
    description: { de: 'Kann besondere Kategorien oder Daten über Straftaten enthalten; dann zusätzlich diese Kategorien erfassen.', en: 'May contain special categories or criminal-offence data; record those categories as well then.' } },
];

const DIGITAL: DataCategoryEntry[] = [
  { id: 'online_identifiers', special: 'none', label: { de: 'Online-Kennungen (IP-Adresse, Geräte-IDs)', en: 'Online identifiers (IP address, device IDs)' } },
  { id: 'cookie_data', special: 'none', label: { de: 'Cookie- und Tracking-Kennungen, Einwilligungsstatus', en: 'Cookie and tracking identifiers, consent status' } },
  { id: 'usage_data', special: 'none', label: { de: 'Nutzungsdaten (aufgerufene Seiten, Zeitpunkte, Klicks)', en: 'Usage data (pages viewed, timestamps, clicks)' } },
  { id: 'device_data', special: 'none', label: { de: 'Geräte- und Verbindungsdaten (Modell, Betriebssystem, Browser)', en: 'Device and connection data (model, operating system, browser)' } },
  { id: 'log_data', special: 'none', label: { de: 'Protokolldaten (Server- und Systemlogs)', en: 'Log data (server and system logs)' } },
  { id: 'login_credentials', special: 'none', label: { de: 'Zugangsdaten (Benutzerkennung, Passwort-Hash, Rollen)', en: 'Account data (user ID, password hash, roles)' } },
  { id: 'location_data', special: 'none', label: { de: 'Standortdaten', en: 'Location data' } },
  { id: 'call_data', special: 'none', label: { de: 'Verbindungsdaten von Telefonaten (Nummern, Zeitpunkt, Dauer)', en: 'Call connection data (numbers, time, duration)' } },
  { id: 'chat_content', special: 'none', label: { de: 'Chatinhalte (Nachrichten, Sprachnachrichten, Medien)', en: 'Chat content (messages, voice messages, media)' } },
  { id: 'messenger_metadata', special: 'none', label: { de: 'Messenger-Metadaten (wer mit wem, wann, wie oft, von welchem Gerät)', en: 'Messenger metadata (who with whom, when, how often, from which device)' } },
  { id: 'address_book_contacts', special: 'none', label: { de: 'Adressbuchkontakte (Namen und Nummern auf dem Gerät)', en: 'Address book contacts (names and numbers on the device)' },
    description: { de: 'Messenger laden Adressbuchnummern zum Abgleich hoch, auch von Personen ohne Einwilligung (AG Bad Hersfeld, F 111/17 EASO).', en: 'Messengers upload address-book numbers for matching, including those of people who did not consent (AG Bad Hersfeld, F 111/17 EASO).' } },
  { id: 'profile_picture', special: 'none', label: { de: 'Profilbild und Profilname', en: 'Profile picture and profile name' } },
  { id: 'social_media_data', special: 'none', label: { de: 'Daten aus sozialen Netzwerken (Nutzername, Kommentare, Reaktionen)', en: 'Social media data (user name, comments, reactions)' } },
  { id: 'photos', special: 'none', label: { de: 'Fotos', en: 'Photos' } },
  { id: 'video_recordings', special: 'none', label: { de: 'Videoaufzeichnungen', en: 'Video recordings' } },
  { id: 'access_logs', special: 'none', label: { de: 'Zutrittsprotokolle (Ausweis-ID, Tür, Zeitpunkt)', en: 'Access logs (badge ID, door, time)' } },
  { id: 'vehicle_data', special: 'none', label: { de: 'Fahrzeugdaten (Kennzeichen, Fahrtenbuch, Kilometerstand)', en: 'Vehicle data (number plate, logbook, mileage)' } },
  { id: 'driving_licence_data', special: 'none', label: { de: 'Führerscheindaten', en: 'Driving licence data' } },
];

const EMPLOYMENT: DataCategoryEntry[] = [
  { id: 'employment_data', special: 'none', label: { de: 'Beschäftigungsdaten (Position, Abteilung, Eintritt, Vertrag)', en: 'Employment data (position, department, start date, contract)' } },
  { id: 'salary_data', special: 'none', label: { de: 'Entgeltdaten (Gehalt, Zulagen, Abzüge)', en: 'Pay data (salary, allowances, deductions)' } },
  { id: 'tax_data', special: 'none', label: { de: 'Steuerdaten (Steuer-ID, Steuerklasse)', en: 'Tax data (tax ID, tax class)' },
    description: { de: 'Das Kirchensteuermerkmal lässt auf die Religionszugehörigkeit schließen: zusätzlich „Religiöse oder weltanschauliche Überzeugungen“ erfassen.', en: 'The church-tax attribute reveals religious affiliation: also record “Religious or philosophical beliefs”.' } },
  { id: 'social_security_data', special: 'none', label: { de: 'Sozialversicherungsdaten (SV-Nummer, Krankenkasse)', en: 'Social security data (insurance number, health insurance fund)' } },
  { id: 'working_time_data', special: 'none', label: { de: 'Arbeitszeitdaten', en: 'Working-time data' } },
  { id: 'absence_data', special: 'none', label: { de: 'Urlaubs- und Abwesenheitsdaten (ohne Diagnosen)', en: 'Leave and absence data (without diagnoses)' } },
  { id: 'qualification_data', special: 'none', label: { de: 'Qualifikations- und Schulungsdaten', en: 'Qualification and training data' } },
  { id: 'application_documents', special: 'none', label: { de: 'Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse)', en: 'Application documents (cover letter, CV, references)' } },
  { id: 'performance_data', special: 'none', label: { de: 'Leistungs- und Beurteilungsdaten', en: 'Performance and appraisal data' } },
];

const SPECIAL: DataCategoryEntry[] = [
  { id: 'racial_ethnic_origin', special: 'art9', label: { de: 'Rassische oder ethnische Herkunft', en: 'Racial or ethnic origin' } },
  { id: 'political_opinions', special: 'art9', label: { de: 'Politische Meinungen', en: 'Political opinions' } },
  { id: 'religious_beliefs', special: 'art9', label: { de: 'Religiöse oder weltanschauliche Überzeugungen', en: 'Religious or philosophical beliefs' },
    description: { de: 'Auch die Religionszugehörigkeit aus dem Kirchensteuermerkmal.', en: 'Includes religious affiliation derived from the church-tax attribute.' } },
  { id: 'trade_union_membership', special: 'art9', label: { de: 'Gewerkschaftszugehörigkeit', en: 'Trade union membership' } },
  { id: 'genetic_data', special: 'art9', label: { de: 'Genetische Daten', en: 'Genetic data' } },
  { id: 'biometric_data', special: 'art9', label: { de: 'Biometrische Daten zur eindeutigen Identifizierung', en: 'Biometric data for the purpose of uniquely identifying a natural person' } },
  { id: 'health_data', special: 'art9', label: { de: 'Gesundheitsdaten', en: 'Data concerning health' },
    description: { de: 'z. B. Diagnosen, Arbeitsunfähigkeit, Schwerbehinderung, Behandlungsdaten.', en: 'e.g. diagnoses, incapacity for work, severe disability, treatment data.' } },
  { id: 'sex_life_orientation', special: 'art9', label: { de: 'Daten zum Sexualleben oder zur sexuellen Orientierung', en: 'Data concerning sex life or sexual orientation' } },
  { id: 'criminal_offence_data', special: 'art10', label: { de: 'Daten über strafrechtliche Verurteilungen und Straftaten', en: 'Data relating to criminal convictions and offences' },
    description: { de: 'z. B. Führungszeugnis, Hinweise auf Straftaten.', en: 'e.g. certificate of good conduct, reports of offences.' } },
];

export const DATA_CATEGORIES: DataCategoryEntry[] = [...GENERAL, ...DIGITAL, ...EMPLOYMENT, ...SPECIAL];

/** The Art. 9(1) categories, in the order the article lists them. */
export const ART9_CATEGORY_IDS = [
  'racial_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union_membership',
  'genetic_data',
  'biometric_data',
  'health_data',
  'sex_life_orientation',
] as const;

export const ART10_CATEGORY_IDS = ['criminal_offence_data'] as const;
