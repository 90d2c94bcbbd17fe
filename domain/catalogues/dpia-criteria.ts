import type { DpiaCriterionEntry } from './schema';

const WP248 = 'Article 29 Working Party, Guidelines on DPIA, WP248 rev.01 (endorsed by the EDPB)';

/** The nine WP248 rev.01 criteria for the DPIA threshold (Art. 35 GDPR), in the guidelines' order. */
export const DPIA_CRITERIA_CATALOGUE: DpiaCriterionEntry[] = [
  {
    id: 'evaluation_scoring', number: 1, source: WP248,
    label: { de: 'Bewerten oder Einstufen (Scoring), einschließlich Profiling', en: 'Evaluation or scoring, including profiling' },
    description: {
      de: 'Bewertung persönlicher Aspekte wie Arbeitsleistung, wirtschaftliche Lage, Gesundheit, Vorlieben, Zuverlässigkeit, Verhalten oder Aufenthaltsort, auch zur Vorhersage.',
      en: 'Evaluating personal aspects such as work performance, economic situation, health, preferences, reliability, behaviour or location, including prediction.',
    },
  },
  {
    id: 'automated_decision', number: 2, source: WP248,
    label: { de: 'Automatisierte Entscheidung mit Rechtswirkung oder ähnlich erheblicher Wirkung', en: 'Automated decision-making with legal or similarly significant effect' },
    description: {
      de: 'Entscheidungen ohne menschliches Zutun, die die Person rechtlich oder ähnlich erheblich beeinträchtigen (Art. 22), z. B. Ausschluss oder Benachteiligung.',
      en: 'Decisions without human involvement that produce legal or similarly significant effects on the person (Art. 22), e.g. exclusion or discrimination.',
    },
  },
  {
    id: 'systematic_monitoring', number: 3, source: WP248,
    label: { de: 'Systematische Überwachung', en: 'Systematic monitoring' },
    description: {
      de: 'Beobachtung, Überwachung oder Kontrolle von Personen, auch über Netzwerke oder öffentlich zugängliche Bereiche (z. B. Videoüberwachung, Ortung).',
      en: 'Observing, monitoring or controlling people, including via networks or in publicly accessible areas (e.g. video surveillance, tracking).',
    },
  },
  {
    id: 'sensitive_data', number: 4, source: WP248,
    label: { de: 'Vertrauliche oder höchstpersönliche Daten', en: 'Sensitive data or data of a highly personal nature' },
    description: {
      de: 'Besondere Kategorien (Art. 9), Daten über Straftaten (Art. 10) sowie höchstpersönliche Daten wie Kommunikationsinhalte, Standort- oder Finanzdaten.',
      en: 'Special categories (Art. 9), criminal-offence data (Art. 10) and highly personal data such as communication content, location or financial data.',
    },
  },
  {
    id: 'large_scale', number: 5, source: WP248,
    label: { de: 'Datenverarbeitung in großem Umfang', en: 'Data processed on a large scale' },
    description: {
      de: 'Gemessen an Zahl der Betroffenen, Datenmenge und -vielfalt, Dauer und geografischer Reichweite.',
      en: 'Measured by number of data subjects, volume and range of data, duration and geographical extent.',
    },
  },
  {
    id: 'matching_datasets', number: 6, source: WP248,
    label: { de: 'Abgleichen oder Zusammenführen von Datensätzen', en: 'Matching or combining data sets' },
    description: {
      de: 'Zusammenführung von Daten aus verschiedenen Verarbeitungen oder Verantwortlichen in einer für die Person unerwarteten Weise.',
      en: 'Combining data from different processing operations or controllers in a way the person would not expect.',
    },
  },
  {
    id: 'vulnerable_subjects', number: 7, source: WP248,
    label: { de: 'Daten zu schutzbedürftigen Betroffenen', en: 'Data concerning vulnerable data subjects' },
    description: {
      de: 'Machtungleichgewicht zwischen Betroffenen und Verantwortlichem, z. B. Beschäftigte, Kinder, Patienten, Ältere, Asylsuchende.',
      en: 'Power imbalance between data subjects and controller, e.g. employees, children, patients, the elderly, asylum seekers.',
    },
  },
  {
    id: 'innovative_technology', number: 8, source: WP248,
    label: { de: 'Innovative Nutzung oder Anwendung neuer technologischer oder organisatorischer Lösungen', en: 'Innovative use or application of new technological or organisational solutions' },
    description: {
      de: 'z. B. Kombination von Fingerabdruck- und Gesichtserkennung, Internet der Dinge, KI-Anwendungen.',
      en: 'e.g. combining fingerprint and face recognition, Internet of Things, AI applications.',
    },
  },
  {
    id: 'prevents_rights', number: 9, source: WP248,
    label: { de: 'Verarbeitung hindert Betroffene an der Ausübung eines Rechts oder der Nutzung einer Leistung', en: 'Processing prevents data subjects from exercising a right or using a service or contract' },
    description: {
      de: 'z. B. Bonitätsprüfung einer Bank, die über die Gewährung eines Kredits entscheidet.',
      en: 'e.g. a bank screening customers against a credit database to decide whether to offer a loan.',
    },
  },
];

export type DpiaConsequence = 'required' | 'likely_not_required' | 'check';

/**
 * Consequence of the threshold screening: on the German authorities' mandatory list (Art. 35(4))
 * or two or more WP248 criteria → a DPIA is generally required; exactly one → check case by case;
 * none → likely not required.
 */
export function dpiaConsequence(criteriaCount: number, onMandatoryList: boolean): DpiaConsequence {
  if (onMandatoryList || criteriaCount >= 2) return 'required';
  if (criteriaCount === 1) return 'check';
  return 'likely_not_required';
}

export const DPIA_CONSEQUENCE_LABELS: Record<DpiaConsequence | 'not_assessed', { de: string; en: string }> = {
  not_assessed: { de: 'Nicht bewertet (Schwellwertprüfung nicht entschieden)', en: 'Not assessed (screening not decided)' },
  required: { de: 'DSFA in der Regel erforderlich', en: 'DPIA generally required' },
  check: { de: 'Im Einzelfall prüfen', en: 'Check case by case' },
  likely_not_required: { de: 'DSFA voraussichtlich nicht erforderlich', en: 'DPIA likely not required' },
};
