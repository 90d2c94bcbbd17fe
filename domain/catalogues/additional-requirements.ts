import type { LocalizedText } from '../model/common';

/**
 * Provisions DPOs cite next to a lawful basis that are NOT lawful bases of Art. 6(1) GDPR:
 * they add conditions on top (legal-checks.md, "Legal bases: what is one"). Stored on a
 * purpose as `additionalRequirements`, printed as "zusätzliche Anforderung", never as
 * "Rechtsgrundlage". Ids are stable and equal the codes older files stored as legal bases.
 */
export interface AdditionalRequirementEntry {
  id: string;
  citation: LocalizedText;
  label: LocalizedText;
  description: LocalizedText;
  source: string;
  /** Date the statement was checked. */
  asOf: string;
  /** Art. 6(1) bases the processing may rest on together with this requirement. */
  compatibleBases: string[];
}

export const ADDITIONAL_REQUIREMENTS: AdditionalRequirementEntry[] = [
  {
    id: 'uwg-7',
    citation: { de: '§ 7 UWG', en: 'Section 7 UWG' },
    label: {
      de: '§ 7 UWG – Werbung per E-Mail, Messenger oder Telefon (unzumutbare Belästigung)',
      en: 'Section 7 UWG – advertising by e-mail, messenger or phone (unacceptable nuisance)',
    },
    description: {
      de: 'Wettbewerbsrecht, keine Rechtsgrundlage der Verarbeitung: Werbung per E-Mail oder Messenger braucht vorher eine ausdrückliche Einwilligung jedes Empfängers (§ 7 Abs. 2 Nr. 2 UWG); Ausnahme für Bestandskunden per E-Mail nach § 7 Abs. 3 UWG. Die Verarbeitung stützt sich auf Art. 6 Abs. 1 lit. a oder lit. f DSGVO (Erwägungsgrund 47).',
      en: 'Competition law, not a legal basis of the processing: advertising by e-mail or messenger needs every addressee’s prior express consent (section 7(2) no. 2 UWG); existing-customer exception for e-mail under section 7(3) UWG. The processing rests on Art. 6(1)(a) or (f) GDPR (recital 47).',
    },
    source: 'Gesetz gegen den unlauteren Wettbewerb (UWG), § 7',
    asOf: '2026-12-01',
    compatibleBases: ['6-1-a', '6-1-f'],
  },
  {
    id: 'tdddg-25',
    citation: { de: '§ 25 TDDDG', en: 'Section 25 TDDDG' },
    label: {
      de: '§ 25 TDDDG – Speichern und Auslesen von Informationen auf Endeinrichtungen (Cookies)',
      en: 'Section 25 TDDDG – storing and accessing information on terminal equipment (cookies)',
    },
    description: {
      de: 'Regel über den Zugriff auf Endeinrichtungen (früher § 25 TTDSG): Einwilligung nötig, außer für unbedingt erforderliche Zwecke (§ 25 Abs. 2). Die anschließende Verarbeitung braucht zusätzlich eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO.',
      en: 'Rule on access to terminal equipment (formerly section 25 TTDSG): consent required unless strictly necessary (section 25(2)). The processing afterwards additionally needs a legal basis under Art. 6(1) GDPR.',
    },
    source: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG), § 25',
    asOf: '2026-12-01',
    compatibleBases: ['6-1-a', '6-1-b', '6-1-c', '6-1-e', '6-1-f'],
  },
];

export function findAdditionalRequirement(code: string): AdditionalRequirementEntry | undefined {
  return ADDITIONAL_REQUIREMENTS.find((entry) => entry.id === code);
}

/** Codes older register and interchange files stored as legal bases; read as additional requirements. */
export const FORMER_PSEUDO_BASIS_CODES: readonly string[] = ADDITIONAL_REQUIREMENTS.map((entry) => entry.id);
