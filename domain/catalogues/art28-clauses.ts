import type { Art28ClauseEntry } from './schema';

const GDPR = 'Art. 28(3) GDPR';

function s1(id: Art28ClauseEntry['id'], de: string, en: string): Art28ClauseEntry {
  return { id, letter: '', citation: { de: 'Art. 28 Abs. 3 Satz 1 DSGVO', en: 'Art. 28(3) first sentence GDPR' }, label: { de, en }, source: GDPR };
}

function lit(id: Art28ClauseEntry['id'], letter: Art28ClauseEntry['letter'], de: string, en: string): Art28ClauseEntry {
  return {
    id,
    letter,
    citation: { de: `Art. 28 Abs. 3 Satz 2 lit. ${letter} DSGVO`, en: `Art. 28(3)(${letter}) GDPR` },
    label: { de, en },
    source: GDPR,
  };
}

/** Mandatory content of a data processing agreement (AVV / DPA), Art. 28(3) GDPR. */
export const ART28_CLAUSE_CATALOGUE: Art28ClauseEntry[] = [
  s1('subject_duration', 'Gegenstand und Dauer der Verarbeitung', 'Subject matter and duration of the processing'),
  s1('nature_purpose', 'Art und Zweck der Verarbeitung', 'Nature and purpose of the processing'),
  s1('data_types', 'Art der personenbezogenen Daten', 'Type of personal data'),
  s1('subject_categories', 'Kategorien betroffener Personen', 'Categories of data subjects'),
  s1('controller_rights', 'Pflichten und Rechte des Verantwortlichen', 'Obligations and rights of the controller'),
  lit('documented_instructions', 'a', 'Verarbeitung nur auf dokumentierte Weisung, auch bei Übermittlungen in Drittländer', 'Processing only on documented instructions, including transfers to third countries'),
  lit('confidentiality', 'b', 'Verpflichtung der befugten Personen zur Vertraulichkeit', 'Persons authorised to process are committed to confidentiality'),
  lit('security_measures', 'c', 'Ergreifen aller Maßnahmen nach Art. 32 (Sicherheit der Verarbeitung)', 'All measures required under Art. 32 (security of processing)'),
  lit('sub_processors', 'd', 'Bedingungen für Unterauftragsverarbeiter (vorherige Genehmigung, Weitergabe der Pflichten)', 'Conditions for engaging sub-processors (prior authorisation, flow-down of obligations)'),
  lit('data_subject_rights', 'e', 'Unterstützung bei der Erfüllung der Betroffenenrechte', 'Assistance with data subject rights requests'),
  lit('assistance_32_36', 'f', 'Unterstützung bei den Pflichten nach Art. 32 bis 36', 'Assistance with the obligations under Art. 32 to 36'),
  lit('deletion_return', 'g', 'Löschung oder Rückgabe aller Daten nach Ende der Leistungen', 'Deletion or return of all data after the end of the services'),
  lit('audits_information', 'h', 'Bereitstellung von Informationen und Ermöglichung von Überprüfungen (Audits)', 'Making information available and allowing for audits, including inspections'),
];
