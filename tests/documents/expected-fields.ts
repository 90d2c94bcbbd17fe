import { DPIA_CONSEQUENCE_LABELS } from '../../domain/catalogues';

/**
 * Values of the fully filled payroll fixture (art30-fixtures.ts) beyond Art. 30(1)(b)–(g),
 * as the German controller record prints them. Shared by the PDF and the print-HTML tests.
 */

/** Printed in both variants: Art. 30(1) and what the DSK template adds. */
export const BOTH_VARIANTS = [
  'Nachweis der Einwilligung: Unterschriebene Einwilligungserklärung in der Personalakte',
  'Genuss-Verbund eG',
  'Vereinbarung nach Art. 26 DSGVO: wesentlicher Inhalt bereitgestellt unter: https://genuss-verbund.example/datenschutz',
  'Ergänzende Angaben nach dem DSK-Muster',
  'Herkunft der Daten',
  'bei der betroffenen Person erhoben',
  'Andere Quellen: Krankenkassen (elektronische AU-Bescheinigung)',
  'auch aus öffentlich zugänglichen Quellen',
  'Informationspflicht nach Art. 14 DSGVO',
  'Automatisierte Entscheidung im Einzelfall einschließlich Profiling',
  'findet statt',
  'Involvierte Logik: Automatische Berechnung der Zuschläge nach dem Tarifvertrag',
  'Tragweite und angestrebte Auswirkungen: Höhe der Auszahlung; manuelle Prüfung durch das Lohnbüro auf Antrag',
  'Pflicht zur Bereitstellung der Daten',
  'gesetzlich vorgeschrieben',
  'Betroffene Person ist verpflichtet: ja',
  'Folgen der Nichtbereitstellung: Ohne Steuer-ID Lohnsteuerabzug nach Steuerklasse VI',
  'Genutzte Kommunikationskanäle',
  'Personal-Hotline (WhatsApp Business App)',
  'Anbieter: WhatsApp Ireland Ltd.',
  'Pseudonymisierung und Verschlüsselung (Art. 32 Abs. 1 lit. a): Festplattenverschlüsselung (AES-256)',
  'Lohnordner im abschließbaren Stahlschrank',
  'Verweis auf Sicherheitskonzept: SiKo-2026-03',
];

/** Printed in the internal variant only. */
export const INTERNAL_ONLY = [
  'AVV: unterzeichnet am 01.02.2025, gültig bis 31.12.2027',
  'Konto: +49 711 123456-99',
  'Checkliste: 2 von 15 Punkten erledigt, 1 nicht zutreffend, 12 offen',
  'Offen: 2. Schriftliche interne Richtlinie',
  `Folgerung aus den Kriterien: ${DPIA_CONSEQUENCE_LABELS.required.de}`,
  'Auf der Muss-Liste der Aufsichtsbehörden (Art. 35 Abs. 4 DSGVO): ja',
  'Durchgeführt: ja, am 20.04.2026',
  'Referenz: DSFA-2026-07',
];
