import type { TomCatalogueEntry } from './schema';

export { ART32_GROUP_LABELS, CONTROL_AREA_LABELS, SDM_GOAL_LABELS } from './tom-labels';

/**
 * Catalogue of technical and organisational measures (Art. 32). Each measure carries the three
 * groupings the UI offers: Art. 32(1) heading, classic control area and SDM protection goal.
 */
const ENC = 'pseudonymisation_encryption' as const;
const CIA = 'confidentiality_integrity_availability_resilience' as const;
const RESTORE = 'restore_availability' as const;
const TEST = 'regular_testing' as const;

type T = TomCatalogueEntry;
function m(id: string, art32Group: T['art32Group'], controlArea: T['controlArea'], sdmGoal: T['sdmGoal'],
  de: string, en: string, descDe: string, descEn: string): T {
  return { id, art32Group, controlArea, sdmGoal, label: { de, en }, description: { de: descDe, en: descEn } };
}

export const TOM_CATALOGUE: TomCatalogueEntry[] = [
  // Physical access (Zutritt)
  m('physical_access_system', CIA, 'physical_access', 'confidentiality', 'Elektronisches Zutrittskontrollsystem', 'Electronic physical access control system',
    'Zutritt zu Gebäuden und Räumen nur mit personalisierten Chipkarten oder Transpondern.', 'Entry to buildings and rooms only with personal badges or transponders.'),
  m('key_management', CIA, 'physical_access', 'confidentiality', 'Dokumentierte Schlüsselverwaltung', 'Documented key management',
    'Ausgabe und Rückgabe von Schlüsseln werden protokolliert.', 'Issue and return of keys are recorded.'),
  m('visitor_registration', CIA, 'physical_access', 'transparency', 'Besucheranmeldung und Begleitung', 'Visitor registration and escort',
    'Besucher melden sich am Empfang an und werden begleitet.', 'Visitors sign in at reception and are escorted.'),
  m('alarm_system', CIA, 'physical_access', 'confidentiality', 'Einbruchmeldeanlage', 'Intruder alarm system',
    'Alarmanlage außerhalb der Geschäftszeiten scharf geschaltet.', 'Alarm armed outside business hours.'),
  m('secured_server_room', CIA, 'physical_access', 'confidentiality', 'Gesicherter Serverraum', 'Secured server room',
    'Serverraum verschlossen; Zutritt nur für benannte Administratoren.', 'Server room locked; access only for named administrators.'),
  // System access (Zugang)
  m('password_policy', CIA, 'system_access', 'confidentiality', 'Passwortrichtlinie', 'Password policy',
    'Verbindliche Regeln für Passwortlänge und -qualität; keine Weitergabe von Passwörtern.', 'Binding rules on password length and quality; passwords are never shared.'),
  m('multi_factor_authentication', CIA, 'system_access', 'confidentiality', 'Mehr-Faktor-Authentifizierung', 'Multi-factor authentication',
    'Zweiter Faktor für Fernzugriff, Cloud-Dienste, Administrator- und Messenger-Konten (Zwei-Schritt-Verifizierung).', 'Second factor for remote access, cloud services, administrator and messenger accounts (two-step verification).'),
  m('automatic_screen_lock', CIA, 'system_access', 'confidentiality', 'Automatische Bildschirmsperre', 'Automatic screen lock',
    'Geräte sperren sich nach kurzer Inaktivität; Entsperren per PIN oder Biometrie.', 'Devices lock after a short period of inactivity; unlock by PIN or biometrics.'),
  m('user_lifecycle', CIA, 'system_access', 'intervenability', 'Benutzerverwaltung bei Eintritt, Wechsel und Austritt', 'Joiner-mover-leaver user management',
    'Konten werden auf Antrag angelegt, bei Wechsel angepasst und beim Austritt sofort gesperrt.', 'Accounts are created on request, adjusted on change of role and disabled immediately on leaving.'),
  m('firewall', CIA, 'system_access', 'integrity', 'Firewall', 'Firewall',
    'Netzübergänge durch Firewall geschützt; nur benötigte Dienste freigegeben.', 'Network perimeters protected by a firewall; only required services open.'),
  m('endpoint_protection', CIA, 'system_access', 'integrity', 'Schutz vor Schadsoftware', 'Malware protection',
    'Aktueller Virenschutz bzw. Endpoint-Protection auf allen Endgeräten und Servern.', 'Up-to-date anti-malware or endpoint protection on all devices and servers.'),
  m('mobile_device_management', CIA, 'system_access', 'confidentiality', 'Mobile-Device-Management', 'Mobile device management',
    'Dienstliche Smartphones zentral verwaltet: Sperrcode, Updates, Fernlöschung, getrennter Geschäftsbereich.', 'Company phones centrally managed: passcode, updates, remote wipe, separate work profile.'),
  m('patch_management', CIA, 'system_access', 'integrity', 'Patch-Management', 'Patch management',
    'Sicherheitsupdates für Betriebssysteme und Anwendungen zeitnah eingespielt.', 'Security updates for operating systems and applications applied promptly.'),
  m('vpn_remote_access', ENC, 'system_access', 'confidentiality', 'Verschlüsselter Fernzugriff (VPN)', 'Encrypted remote access (VPN)',
    'Zugriff von außen nur über verschlüsselte VPN-Verbindungen.', 'External access only through encrypted VPN connections.'),
  // Data access (Zugriff)
  m('role_based_access', CIA, 'data_access', 'confidentiality', 'Rollenbasiertes Berechtigungskonzept', 'Role-based access concept',
    'Zugriffsrechte nach dem Need-to-know-Prinzip je Rolle vergeben und dokumentiert.', 'Access rights granted per role on a need-to-know basis and documented.'),
  m('separate_admin_accounts', CIA, 'data_access', 'confidentiality', 'Getrennte Administrationskonten', 'Separate administrator accounts',
    'Administrative Tätigkeiten nur mit eigenen, personalisierten Admin-Konten.', 'Administrative tasks only with separate, personal admin accounts.'),
  m('full_disk_encryption', ENC, 'data_access', 'confidentiality', 'Festplattenverschlüsselung', 'Full-disk encryption',
    'Notebooks, Smartphones und mobile Datenträger vollständig verschlüsselt.', 'Laptops, smartphones and removable media fully encrypted.'),
  m('encryption_at_rest', ENC, 'data_access', 'confidentiality', 'Verschlüsselung gespeicherter Daten', 'Encryption of stored data',
    'Datenbanken, Backups und Cloud-Speicher verschlüsselt.', 'Databases, backups and cloud storage encrypted.'),
  m('pseudonymisation', ENC, 'data_access', 'unlinkability', 'Pseudonymisierung', 'Pseudonymisation',
    'Identifizierende Merkmale werden, wo möglich, durch Kennungen ersetzt; Zuordnungstabelle getrennt gesichert.', 'Identifying attributes replaced by codes where possible; mapping table kept separately.'),
  m('confidentiality_commitment', CIA, 'data_access', 'confidentiality', 'Verpflichtung auf Vertraulichkeit', 'Confidentiality undertaking',
    'Beschäftigte sind schriftlich auf die Vertraulichkeit verpflichtet.', 'Staff have signed a confidentiality undertaking.'),
  m('clean_desk', CIA, 'data_access', 'confidentiality', 'Clean-Desk-Regel', 'Clean desk rule',
    'Unterlagen und Datenträger werden nicht offen liegen gelassen.', 'Documents and media are not left unattended.'),
  m('secure_disposal', CIA, 'data_access', 'confidentiality', 'Sichere Vernichtung von Akten und Datenträgern', 'Secure disposal of documents and media',
    'Vernichtung nach DIN 66399 mit der passenden Sicherheitsstufe; Nachweis durch Protokoll.', 'Destruction according to DIN 66399 at the appropriate security level; certificate kept.'),
  m('deletion_concept', CIA, 'data_access', 'data_minimisation', 'Löschkonzept', 'Deletion concept',
    'Löschfristen je Datenkategorie festgelegt; Löschläufe werden regelmäßig ausgeführt und dokumentiert.', 'Erasure periods per data category defined; deletion runs performed regularly and documented.'),
  m('data_minimisation_defaults', CIA, 'data_access', 'data_minimisation', 'Datenschutzfreundliche Voreinstellungen', 'Privacy-friendly default settings',
    'Formulare und Systeme erheben nur Pflichtangaben; optionale Angaben sind als solche gekennzeichnet (Art. 25).', 'Forms and systems collect only required data; optional fields are marked as such (Art. 25).'),
  // Transfer (Weitergabe)
  m('transport_encryption', ENC, 'transfer', 'confidentiality', 'Transportverschlüsselung (TLS)', 'Transport encryption (TLS)',
    'Websites, Schnittstellen und E-Mail-Server übertragen nur verschlüsselt nach aktuellem Stand der Technik.', 'Websites, interfaces and mail servers transmit only with state-of-the-art encryption.'),
  m('email_encryption', ENC, 'transfer', 'confidentiality', 'Ende-zu-Ende-verschlüsselte E-Mail', 'End-to-end encrypted e-mail',
    'Vertrauliche Inhalte per S/MIME oder OpenPGP bzw. verschlüsseltem Anhang.', 'Confidential content via S/MIME or OpenPGP or an encrypted attachment.'),
  m('secure_file_transfer', ENC, 'transfer', 'confidentiality', 'Sicherer Dateiaustausch', 'Secure file exchange',
    'Austausch größerer Dateien nur über freigegebene, verschlüsselte Plattformen.', 'Larger files exchanged only through approved, encrypted platforms.'),
  m('messenger_e2e', ENC, 'transfer', 'confidentiality', 'Ende-zu-Ende-Verschlüsselung im Messenger aktiv', 'Messenger end-to-end encryption kept on',
    'Nur Messenger mit Ende-zu-Ende-Verschlüsselung; die Verschlüsselung bleibt aktiviert.', 'Only messengers with end-to-end encryption; encryption stays enabled.'),
  m('address_book_access_denied', CIA, 'transfer', 'data_minimisation', 'Adressbuchzugriff des Messengers gesperrt', 'Messenger address-book access denied',
    'Der Messenger-App wird der Zugriff auf das Adressbuch verweigert, solange nicht alle Kontakte eingewilligt haben.', 'The messenger app is denied address-book access unless all contacts have consented.'),
  m('messenger_policy', CIA, 'transfer', 'transparency', 'Richtlinie für Messenger-Nutzung', 'Messenger use policy',
    'Schriftliche Regeln: erlaubte Kanäle, Inhalte, Geräte, Einwilligung, Aufbewahrung; den Beschäftigten bekannt.', 'Written rules: permitted channels, content, devices, consent, retention; known to staff.'),
  m('removable_media_rules', CIA, 'transfer', 'confidentiality', 'Regeln für mobile Datenträger', 'Removable media rules',
    'USB-Datenträger nur verschlüsselt und freigegeben; private Datenträger verboten.', 'USB media only encrypted and approved; private media prohibited.'),
  // Input (Eingabe)
  m('input_logging', CIA, 'input', 'transparency', 'Protokollierung von Eingaben und Änderungen', 'Logging of entries and changes',
    'Wer wann welche Daten angelegt, geändert oder gelöscht hat, wird protokolliert.', 'Who created, changed or deleted which data and when is logged.'),
  m('log_protection', CIA, 'input', 'integrity', 'Manipulationsschutz der Protokolle', 'Tamper protection for logs',
    'Protokolle sind vor Änderung geschützt und nur eingeschränkt einsehbar.', 'Logs are protected against alteration and accessible only to few.'),
  m('four_eyes_principle', CIA, 'input', 'integrity', 'Vier-Augen-Prinzip', 'Four-eyes principle',
    'Kritische Änderungen (z. B. Bankdaten, Berechtigungen) werden von einer zweiten Person freigegeben.', 'Critical changes (e.g. bank details, permissions) are approved by a second person.'),
  m('consent_documentation', CIA, 'input', 'transparency', 'Dokumentation von Einwilligungen', 'Documentation of consent',
    'Wer, wann, wie und wofür eingewilligt hat, wird nachweisbar gespeichert (z. B. Double-Opt-in-Protokoll).', 'Who consented when, how and to what is stored provably (e.g. double opt-in log).'),
  m('process_documentation', CIA, 'input', 'transparency', 'Verfahrensdokumentation', 'Process documentation',
    'Abläufe und eingesetzte Systeme sind beschrieben und aktuell.', 'Procedures and systems in use are described and kept current.'),
  // Processor control (Auftrag)
  m('processor_agreements', CIA, 'processor_control', 'transparency', 'Verträge zur Auftragsverarbeitung', 'Data processing agreements',
    'Mit allen Auftragsverarbeitern bestehen Verträge nach Art. 28 Abs. 3 DSGVO.', 'Agreements under Art. 28(3) GDPR are in place with all processors.'),
  m('processor_selection', CIA, 'processor_control', 'confidentiality', 'Sorgfältige Auswahl von Dienstleistern', 'Careful selection of service providers',
    'Auswahl nach Prüfung der TOM, Zertifizierungen und des Übermittlungsmechanismus.', 'Selection after checking TOMs, certifications and the transfer mechanism.'),
  m('processor_review', TEST, 'processor_control', 'transparency', 'Regelmäßige Kontrolle der Auftragsverarbeiter', 'Regular review of processors',
    'Nachweise (Zertifikate, Prüfberichte) werden regelmäßig angefordert und bewertet.', 'Evidence (certificates, audit reports) is requested and assessed regularly.'),
  m('sub_processor_approval', CIA, 'processor_control', 'intervenability', 'Genehmigung von Unterauftragsverarbeitern', 'Approval of sub-processors',
    'Änderungen bei Unterauftragsverarbeitern werden geprüft; Widerspruchsmöglichkeit wird genutzt.', 'Changes to sub-processors are reviewed; the right to object is exercised where needed.'),
  // Availability (Verfügbarkeit)
  m('backups', RESTORE, 'availability', 'availability', 'Regelmäßige Datensicherung', 'Regular backups',
    'Automatische Backups nach festem Plan, verschlüsselt und räumlich getrennt aufbewahrt.', 'Automatic scheduled backups, encrypted and kept at a separate location.'),
  m('restore_tests', TEST, 'availability', 'availability', 'Wiederherstellungstests', 'Restore tests',
    'Die Wiederherstellung aus Backups wird regelmäßig getestet und dokumentiert.', 'Restoring from backups is tested and documented regularly.'),
  m('emergency_plan', RESTORE, 'availability', 'availability', 'Notfallplan', 'Contingency plan',
    'Beschriebene Abläufe und Zuständigkeiten für Ausfälle und Sicherheitsvorfälle.', 'Documented procedures and responsibilities for outages and security incidents.'),
  m('ups_power', CIA, 'availability', 'availability', 'Unterbrechungsfreie Stromversorgung', 'Uninterruptible power supply',
    'USV für Server und Netzkomponenten.', 'UPS for servers and network components.'),
  m('fire_protection', CIA, 'availability', 'availability', 'Brandschutz', 'Fire protection',
    'Rauchmelder und geeignete Feuerlöscher im Serverraum.', 'Smoke detectors and suitable extinguishers in the server room.'),
  m('redundant_storage', CIA, 'availability', 'availability', 'Redundante Datenspeicherung', 'Redundant storage',
    'Spiegelung bzw. RAID für produktive Systeme.', 'Mirroring or RAID for production systems.'),
  m('monitoring', CIA, 'availability', 'availability', 'Überwachung der Systeme', 'System monitoring',
    'Verfügbarkeit und Kapazität werden überwacht; Alarmierung bei Störungen.', 'Availability and capacity are monitored; alerts on failures.'),
  m('incident_response', RESTORE, 'availability', 'intervenability', 'Prozess für Datenschutzverletzungen', 'Personal data breach process',
    'Erkennung, Bewertung, Meldung binnen 72 Stunden (Art. 33) und Benachrichtigung (Art. 34) sind geregelt.', 'Detection, assessment, notification within 72 hours (Art. 33) and communication (Art. 34) are defined.'),
  // Separation (Trennung)
  m('client_separation', CIA, 'separation', 'unlinkability', 'Mandantentrennung', 'Client separation',
    'Daten verschiedener Mandanten bzw. Zwecke logisch getrennt gespeichert.', 'Data of different clients or purposes stored logically separated.'),
  m('test_production_separation', CIA, 'separation', 'unlinkability', 'Trennung von Test- und Produktivsystemen', 'Separation of test and production',
    'Tests nur mit Testdaten oder anonymisierten Daten.', 'Testing only with test data or anonymised data.'),
  m('separate_business_devices', CIA, 'separation', 'unlinkability', 'Getrennte dienstliche Geräte und Konten', 'Separate business devices and accounts',
    'Geschäftliche Kommunikation nur auf dienstlichen Geräten bzw. Konten, getrennt von privater Nutzung.', 'Business communication only on company devices or accounts, separate from private use.'),
  m('purpose_bound_access', CIA, 'separation', 'unlinkability', 'Zweckbindung durch getrennte Datenbestände', 'Purpose limitation through separate data sets',
    'Daten verschiedener Verarbeitungszwecke werden nicht ohne Rechtsgrundlage zusammengeführt.', 'Data of different purposes are not combined without a legal basis.'),
  // Organisation and regular testing
  m('staff_training', TEST, 'data_access', 'confidentiality', 'Datenschutzschulungen', 'Data protection training',
    'Beschäftigte werden bei Eintritt und regelmäßig geschult; Teilnahme dokumentiert.', 'Staff are trained on joining and regularly; attendance recorded.'),
  m('data_subject_rights_process', CIA, 'data_access', 'intervenability', 'Prozess für Betroffenenrechte', 'Data subject rights process',
    'Anfragen nach Art. 15–22 werden fristgerecht (ein Monat) bearbeitet und dokumentiert.', 'Requests under Art. 15–22 are handled within the deadline (one month) and documented.'),
  m('vulnerability_scans', TEST, 'system_access', 'integrity', 'Schwachstellenscans und Penetrationstests', 'Vulnerability scans and penetration tests',
    'Systeme werden regelmäßig auf Schwachstellen geprüft; Befunde werden behoben.', 'Systems are regularly scanned for vulnerabilities; findings are fixed.'),
  m('tom_review', TEST, 'processor_control', 'transparency', 'Regelmäßige Überprüfung der TOM', 'Regular review of the TOMs',
    'Wirksamkeit der Maßnahmen mindestens jährlich bewertet; nächstes Prüfdatum festgelegt.', 'Effectiveness of the measures assessed at least yearly; next review date set.'),
  m('access_rights_review', TEST, 'data_access', 'intervenability', 'Rezertifizierung von Berechtigungen', 'Access rights recertification',
    'Berechtigungen und befugte Nutzer werden regelmäßig überprüft und bereinigt.', 'Permissions and authorised users are reviewed and cleaned up regularly.'),
];
