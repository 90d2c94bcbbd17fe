import type { LocalizedText } from '../model/common';
import type { Art32Group, ControlArea, SdmGoal } from '../model/tom';

/** Headings of Art. 32(1)(a)–(d) GDPR. */
export const ART32_GROUP_LABELS: Record<Art32Group, LocalizedText> = {
  pseudonymisation_encryption: {
    de: 'Pseudonymisierung und Verschlüsselung (Art. 32 Abs. 1 lit. a)',
    en: 'Pseudonymisation and encryption (Art. 32(1)(a))',
  },
  confidentiality_integrity_availability_resilience: {
    de: 'Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit (Art. 32 Abs. 1 lit. b)',
    en: 'Confidentiality, integrity, availability and resilience (Art. 32(1)(b))',
  },
  restore_availability: {
    de: 'Rasche Wiederherstellung nach einem Zwischenfall (Art. 32 Abs. 1 lit. c)',
    en: 'Timely restoration after an incident (Art. 32(1)(c))',
  },
  regular_testing: {
    de: 'Regelmäßige Überprüfung, Bewertung und Evaluierung (Art. 32 Abs. 1 lit. d)',
    en: 'Regular testing, assessing and evaluating (Art. 32(1)(d))',
  },
};

/** Classic German control areas (Kontrollbereiche). */
export const CONTROL_AREA_LABELS: Record<ControlArea, LocalizedText> = {
  physical_access: { de: 'Zutrittskontrolle', en: 'Physical access control' },
  system_access: { de: 'Zugangskontrolle', en: 'System access control' },
  data_access: { de: 'Zugriffskontrolle', en: 'Data access control' },
  transfer: { de: 'Weitergabekontrolle', en: 'Transfer control' },
  input: { de: 'Eingabekontrolle', en: 'Input control' },
  processor_control: { de: 'Auftragskontrolle', en: 'Processor control' },
  availability: { de: 'Verfügbarkeitskontrolle', en: 'Availability control' },
  separation: { de: 'Trennungskontrolle', en: 'Separation control' },
};

/** Protection goals of the Standard Data Protection Model (SDM). */
export const SDM_GOAL_LABELS: Record<SdmGoal, LocalizedText> = {
  data_minimisation: { de: 'Datenminimierung', en: 'Data minimisation' },
  availability: { de: 'Verfügbarkeit', en: 'Availability' },
  integrity: { de: 'Integrität', en: 'Integrity' },
  confidentiality: { de: 'Vertraulichkeit', en: 'Confidentiality' },
  unlinkability: { de: 'Nichtverkettung', en: 'Unlinkability' },
  transparency: { de: 'Transparenz', en: 'Transparency' },
  intervenability: { de: 'Intervenierbarkeit', en: 'Intervenability' },
};
