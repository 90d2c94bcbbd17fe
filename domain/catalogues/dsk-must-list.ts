import type { LocalizedText } from '../model/common';

/**
 * The German supervisory authorities' list of processing operations that always need a DPIA
 * (Art. 35(4) GDPR; "DSFA-Muss-Liste" of the DSK for the non-public sector). Selecting an item
 * in the DPIA screening makes a DPIA required, whatever the WP248 criteria say. The labels
 * summarise each item; the wording is not the list's own, so the entries are marked
 * unverified and the UI says to check them against the published list.
 */
export interface MustListItem {
  id: string;
  number: number;
  label: LocalizedText;
}

export const DSK_MUST_LIST_SOURCE =
  'Datenschutzkonferenz (DSK): Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist (Art. 35 Abs. 4 DSGVO), nicht-öffentlicher Bereich, Version 1.1 vom 17.10.2018';
/** When the summary below was last compared with the published list. */
export const DSK_MUST_LIST_AS_OF = '2026-12-01';
export const DSK_MUST_LIST_UNVERIFIED = true;

function item(number: number, id: string, de: string, en: string): MustListItem {
  return { id, number, label: { de, en } };
}

export const DSK_MUST_LIST: MustListItem[] = [
  item(1, 'secrecy_data_large_scale',
    'Umfangreiche Verarbeitung von Daten, die einem Berufs-, Sozial- oder besonderen Amtsgeheimnis unterliegen',
    'Large-scale processing of data subject to professional, social or special official secrecy'),
  item(2, 'location_data_large_scale',
    'Umfangreiche Verarbeitung von Daten über den Aufenthaltsort von Personen',
    'Large-scale processing of data on where people are'),
  item(3, 'combining_sources',
    'Zusammenführung von Daten aus verschiedenen Quellen und ihre Weiterverarbeitung in großem Umfang',
    'Combining data from different sources and processing the combined data on a large scale'),
  item(4, 'mobile_optical_capture',
    'Mobile optoelektronische Erfassung öffentlich zugänglicher Bereiche',
    'Mobile optical-electronic capture of publicly accessible areas'),
  item(5, 'employee_behaviour_monitoring',
    'Umfangreiche Verarbeitung von Daten über das Verhalten von Beschäftigten, die zur Bewertung ihrer Arbeitstätigkeit genutzt werden können',
    'Large-scale processing of data on employees’ behaviour that can be used to assess their work'),
  item(6, 'comprehensive_profiles',
    'Erstellung umfassender Profile über Interessen, persönliche Beziehungen oder die Persönlichkeit',
    'Building comprehensive profiles of interests, personal relationships or personality'),
  item(7, 'movement_purchase_profiles',
    'Erstellung umfassender Profile über das Bewegungs- und Kaufverhalten',
    'Building comprehensive profiles of movement and purchasing behaviour'),
  item(8, 'contactless_interfaces',
    'Erhebung von Daten über Schnittstellen persönlicher Geräte, die nicht gegen Auslesen geschützt sind (z. B. RFID, NFC)',
    'Collecting data via interfaces of personal devices that are not protected against reading (e.g. RFID, NFC)'),
  item(9, 'artificial_intelligence',
    'Einsatz künstlicher Intelligenz, um die Interaktion mit Betroffenen zu steuern oder persönliche Aspekte zu bewerten',
    'Using artificial intelligence to steer the interaction with data subjects or to assess personal aspects'),
  item(10, 'device_sensors_tracking',
    'Nicht bestimmungsgemäße Nutzung von Sensoren oder Funksignalen mobiler Geräte, um Aufenthaltsort oder Bewegung über längere Zeit zu bestimmen',
    'Using sensors or radio signals of mobile devices beyond their intended use to determine location or movement over time'),
  item(11, 'automated_video_audio_assessment',
    'Automatisierte Auswertung von Video- oder Audioaufnahmen zur Bewertung der Persönlichkeit',
    'Automated analysis of video or audio recordings to assess personality'),
  item(12, 'special_categories_anonymisation_for_transfer',
    'Anonymisierung besonderer Kategorien (Art. 9 DSGVO) nicht nur im Einzelfall, um sie an Dritte zu übermitteln',
    'Anonymising special categories (Art. 9 GDPR) not only in single cases in order to transfer them to third parties'),
  item(13, 'telemedicine',
    'Einsatz von Telemedizin-Lösungen zur detaillierten Verarbeitung von Gesundheitsdaten',
    'Using telemedicine solutions for detailed processing of health data'),
  item(14, 'scoring_credit_insurance',
    'Umfangreiche Bewertung von Personen (Scoring) durch Auskunfteien, Banken oder Versicherungen',
    'Large-scale scoring of people by credit agencies, banks or insurers'),
  item(15, 'fraud_prevention',
    'Umfangreiche Verarbeitung zur Betrugsbekämpfung (Fraud Prevention)',
    'Large-scale processing for fraud prevention'),
  item(16, 'whistleblowing_special_data',
    'Umfangreiche Verarbeitung im Rahmen von Hinweisgebersystemen mit besonderen Kategorien oder Daten über Straftaten',
    'Large-scale processing in whistleblowing systems with special categories or criminal-offence data'),
];

export function findMustListItem(id: string): MustListItem | undefined {
  return DSK_MUST_LIST.find((entry) => entry.id === id);
}
