import type { LegalBasisEntry } from './schema';

/**
 * Legal bases (legal-bases.md). Codes are stored in activities (LegalBasisRef.code), so they
 * never change. Flags drive the checks: requiresNote → the law must be named; requiresLegitimateInterest
 * → the interest must be stated; isConsent → consent must be recordable; rightToObject → Art. 21(4).
 */

const GDPR = 'Regulation (EU) 2016/679 (GDPR)';

interface Flags {
  requiresNote?: boolean;
  requiresLegitimateInterest?: boolean;
  isConsent?: boolean;
  rightToObject?: boolean;
}

function art6(letter: string, de: string, en: string, flags: Flags = {}, description?: LegalBasisEntry['description']): LegalBasisEntry {
  return {
    id: `6-1-${letter}`,
    group: 'art6',
    shortLabel: { de, en },
    citation: { de: `Art. 6 Abs. 1 lit. ${letter} DSGVO`, en: `Art. 6(1)(${letter}) GDPR` },
    label: { de: `Art. 6 Abs. 1 lit. ${letter} DSGVO – ${de}`, en: `Art. 6(1)(${letter}) GDPR – ${en}` },
    ...(description ? { description } : {}),
    source: GDPR,
    requiresNote: flags.requiresNote ?? false,
    requiresLegitimateInterest: flags.requiresLegitimateInterest ?? false,
    isConsent: flags.isConsent ?? false,
    rightToObject: flags.rightToObject ?? false,
  };
}

function art9(letter: string, de: string, en: string, flags: Flags = {}): LegalBasisEntry {
  return {
    id: `9-2-${letter}`,
    group: 'art9',
    shortLabel: { de, en },
    citation: { de: `Art. 9 Abs. 2 lit. ${letter} DSGVO`, en: `Art. 9(2)(${letter}) GDPR` },
    label: { de: `Art. 9 Abs. 2 lit. ${letter} DSGVO – ${de}`, en: `Art. 9(2)(${letter}) GDPR – ${en}` },
    source: GDPR,
    requiresNote: flags.requiresNote ?? false,
    requiresLegitimateInterest: false,
    isConsent: flags.isConsent ?? false,
    rightToObject: false,
  };
}

interface NationalInput {
  id: string;
  citation: { de: string; en: string };
  short: { de: string; en: string };
  description: { de: string; en: string };
  source: string;
  usedWith?: string[];
  flags?: Flags;
  caution?: { de: string; en: string };
}

function national(n: NationalInput): LegalBasisEntry {
  return {
    id: n.id,
    group: 'national',
    shortLabel: n.short,
    citation: n.citation,
    label: { de: `${n.citation.de} – ${n.short.de}`, en: `${n.citation.en} – ${n.short.en}` },
    description: n.description,
    source: n.source,
    requiresNote: n.flags?.requiresNote ?? false,
    requiresLegitimateInterest: false,
    isConsent: n.flags?.isConsent ?? false,
    rightToObject: false,
    ...(n.usedWith ? { usedWith: n.usedWith } : {}),
    ...(n.caution ? { caution: n.caution } : {}),
  };
}

/** Note shown with § 26(1) BDSG after the CJEU judgment C-34/21. */
export const BDSG_26_CAUTION = {
  de:
    'Nach dem Urteil des EuGH vom 30. März 2023 (C-34/21) zu einer vergleichbaren Landesregelung wird § 26 Abs. 1 Satz 1 BDSG ' +
    'verbreitet nicht als wirksame „spezifischere Vorschrift“ im Sinne von Art. 88 DSGVO angesehen. Die Praxis stützt ' +
    'Beschäftigtendatenverarbeitung daher auf Art. 6 Abs. 1 lit. b bzw. lit. c DSGVO und nennt § 26 BDSG nur noch, wo er ' +
    'weiter trägt (z. B. § 26 Abs. 3 für besondere Kategorien, § 26 Abs. 2 für Einwilligungen im Beschäftigungsverhältnis).',
  en:
    'Following the CJEU judgment of 30 March 2023 (C-34/21) on a comparable state law, section 26(1) sentence 1 BDSG is widely ' +
    'regarded as not a valid "more specific rule" within the meaning of Art. 88 GDPR. Practice therefore bases employee data ' +
    'processing on Art. 6(1)(b) or (c) GDPR and cites section 26 BDSG only where it still applies (e.g. section 26(3) for special ' +
    'categories, section 26(2) for consent in employment).',
};

export const LEGAL_BASES: LegalBasisEntry[] = [
  art6('a', 'Einwilligung', 'Consent', { isConsent: true }, {
    de: 'Einwilligung der betroffenen Person; Nachweis erforderlich (Art. 7 Abs. 1), jederzeit widerruflich (Art. 7 Abs. 3).',
    en: 'Consent of the data subject; must be provable (Art. 7(1)) and can be withdrawn at any time (Art. 7(3)).',
  }),
  art6('b', 'Vertrag oder vorvertragliche Maßnahmen', 'Contract or pre-contractual steps', {}, {
    de: 'Nur soweit für die Erfüllung des Vertrags oder vorvertragliche Maßnahmen auf Anfrage der betroffenen Person erforderlich.',
    en: 'Only as far as necessary for performing the contract or for steps taken at the data subject’s request before entering into it.',
  }),
  art6('c', 'Rechtliche Verpflichtung', 'Legal obligation', { requiresNote: true }, {
    de: 'Die Rechtsvorschrift ist zu benennen (z. B. § 147 AO).',
    en: 'The law must be named (e.g. section 147 AO).',
  }),
  art6('d', 'Lebenswichtige Interessen', 'Vital interests'),
  art6('e', 'Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt', 'Public task or official authority', { requiresNote: true, rightToObject: true }, {
    de: 'Für öffentliche Stellen; die Rechtsgrundlage im Unions- oder mitgliedstaatlichen Recht ist zu benennen.',
    en: 'For public bodies; the basis in Union or Member State law must be named.',
  }),
  art6('f', 'Berechtigte Interessen', 'Legitimate interests', { requiresLegitimateInterest: true, rightToObject: true }, {
    de: 'Das berechtigte Interesse ist anzugeben (Art. 13 Abs. 1 lit. d), die Interessenabwägung zu dokumentieren und auf das Widerspruchsrecht (Art. 21) gesondert hinzuweisen. Nicht für Behörden in Erfüllung ihrer Aufgaben.',
    en: 'The interest must be stated (Art. 13(1)(d)), the balancing test documented and the right to object (Art. 21) shown separately. Not available to public authorities for their tasks.',
  }),
  art9('a', 'Ausdrückliche Einwilligung', 'Explicit consent', { isConsent: true }),
  art9('b', 'Arbeitsrecht, Recht der sozialen Sicherheit und des Sozialschutzes', 'Employment, social security and social protection law', { requiresNote: true }),
  art9('c', 'Lebenswichtige Interessen bei Einwilligungsunfähigkeit', 'Vital interests where consent cannot be given'),
  art9('d', 'Politisch, weltanschaulich, religiös oder gewerkschaftlich ausgerichtete Organisationen ohne Gewinnerzielungsabsicht (Mitglieder)', 'Not-for-profit bodies with a political, philosophical, religious or trade union aim (members)'),
  art9('e', 'Offensichtlich öffentlich gemachte Daten', 'Data manifestly made public by the data subject'),
  art9('f', 'Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen; Handlungen der Gerichte', 'Establishment, exercise or defence of legal claims; courts acting in their judicial capacity'),
  art9('g', 'Erhebliches öffentliches Interesse', 'Substantial public interest', { requiresNote: true }),
  art9('h', 'Gesundheitsvorsorge, Arbeitsmedizin, Versorgung oder Behandlung im Gesundheits- oder Sozialbereich', 'Preventive or occupational medicine, health or social care or treatment', { requiresNote: true }),
  art9('i', 'Öffentliches Interesse im Bereich der öffentlichen Gesundheit', 'Public interest in the area of public health', { requiresNote: true }),
  art9('j', 'Archivzwecke im öffentlichen Interesse, Forschungs- oder Statistikzwecke', 'Archiving in the public interest, research or statistical purposes', { requiresNote: true }),
  {
    id: 'art10',
    group: 'art10',
    shortLabel: { de: 'Daten über strafrechtliche Verurteilungen und Straftaten', en: 'Personal data relating to criminal convictions and offences' },
    citation: { de: 'Art. 10 DSGVO', en: 'Art. 10 GDPR' },
    label: { de: 'Art. 10 DSGVO – Daten über strafrechtliche Verurteilungen und Straftaten', en: 'Art. 10 GDPR – Criminal convictions and offences' },
    description: {
      de: 'Nur unter behördlicher Aufsicht oder soweit eine Rechtsvorschrift es erlaubt; die Vorschrift ist zu benennen. Zusätzlich ist eine Grundlage nach Art. 6 nötig.',
      en: 'Only under the control of official authority or where authorised by law; the law must be named. An Art. 6 basis is needed as well.',
    },
    source: GDPR,
    requiresNote: true,
    requiresLegitimateInterest: false,
    isConsent: false,
    rightToObject: false,
  },
  national({
    id: 'bdsg-22',
    citation: { de: '§ 22 Abs. 1 BDSG', en: 'Section 22(1) BDSG' },
    short: { de: 'Verarbeitung besonderer Kategorien personenbezogener Daten', en: 'Processing of special categories of personal data' },
    description: {
      de: 'Nationale Ausgestaltung von Art. 9 Abs. 2 lit. b, g, h, i DSGVO; angemessene Schutzmaßnahmen nach § 22 Abs. 2 BDSG erforderlich. Nummer und Buchstabe im Hinweis angeben.',
      en: 'National rule implementing Art. 9(2)(b), (g), (h), (i) GDPR; appropriate safeguards under section 22(2) BDSG are required. State the number and letter in the note.',
    },
    source: 'Bundesdatenschutzgesetz (BDSG)',
    usedWith: ['9-2-b', '9-2-g', '9-2-h', '9-2-i'],
    flags: { requiresNote: true },
  }),
  national({
    id: 'bdsg-26-1',
    citation: { de: '§ 26 Abs. 1 BDSG', en: 'Section 26(1) BDSG' },
    short: { de: 'Beschäftigungsverhältnis', en: 'Employment relationship' },
    description: {
      de: 'Datenverarbeitung für Zwecke des Beschäftigungsverhältnisses. Siehe Hinweis zum EuGH-Urteil C-34/21.',
      en: 'Processing for employment purposes. See the note on CJEU judgment C-34/21.',
    },
    source: 'Bundesdatenschutzgesetz (BDSG); CJEU, judgment of 30 March 2023, C-34/21',
    usedWith: ['6-1-b', '6-1-c'],
    caution: BDSG_26_CAUTION,
  }),
  national({
    id: 'bdsg-26-2',
    citation: { de: '§ 26 Abs. 2 BDSG', en: 'Section 26(2) BDSG' },
    short: { de: 'Einwilligung im Beschäftigungsverhältnis', en: 'Consent in the employment relationship' },
    description: {
      de: 'Anforderungen an die Freiwilligkeit und die Form (grundsätzlich schriftlich oder elektronisch) der Einwilligung von Beschäftigten.',
      en: 'Requirements for voluntariness and form (in principle in writing or electronically) of employees’ consent.',
    },
    source: 'Bundesdatenschutzgesetz (BDSG)',
    usedWith: ['6-1-a', '9-2-a'],
    flags: { isConsent: true },
  }),
  national({
    id: 'bdsg-26-3',
    citation: { de: '§ 26 Abs. 3 BDSG', en: 'Section 26(3) BDSG' },
    short: { de: 'Besondere Kategorien im Beschäftigungsverhältnis', en: 'Special categories in the employment relationship' },
    description: {
      de: 'Verarbeitung besonderer Kategorien für Pflichten aus Arbeitsrecht, Recht der sozialen Sicherheit und des Sozialschutzes (zu Art. 9 Abs. 2 lit. b DSGVO).',
      en: 'Processing of special categories to meet obligations under employment, social security and social protection law (under Art. 9(2)(b) GDPR).',
    },
    source: 'Bundesdatenschutzgesetz (BDSG)',
    usedWith: ['9-2-b'],
  }),
  national({
    id: 'ao-147',
    citation: { de: '§ 147 AO', en: 'Section 147 AO' },
    short: { de: 'Steuerliche Aufbewahrungspflichten', en: 'Tax retention obligations' },
    description: {
      de: 'Rechtliche Verpflichtung zur Aufbewahrung steuerlich relevanter Unterlagen; zusammen mit Art. 6 Abs. 1 lit. c DSGVO anzugeben.',
      en: 'Legal obligation to retain tax-relevant records; to be cited together with Art. 6(1)(c) GDPR.',
    },
    source: 'Abgabenordnung (AO)',
    usedWith: ['6-1-c'],
  }),
  national({
    id: 'hgb-257',
    citation: { de: '§ 257 HGB', en: 'Section 257 HGB' },
    short: { de: 'Handelsrechtliche Aufbewahrungspflichten', en: 'Commercial-law retention obligations' },
    description: {
      de: 'Aufbewahrung von Handelsbüchern, Buchungsbelegen und Handelsbriefen; zusammen mit Art. 6 Abs. 1 lit. c DSGVO anzugeben.',
      en: 'Retention of commercial books, accounting vouchers and business letters; to be cited together with Art. 6(1)(c) GDPR.',
    },
    source: 'Handelsgesetzbuch (HGB)',
    usedWith: ['6-1-c'],
  }),
  national({
    id: 'ustg-14b',
    citation: { de: '§ 14b UStG', en: 'Section 14b UStG' },
    short: { de: 'Aufbewahrung von Rechnungen', en: 'Retention of invoices' },
    description: {
      de: 'Umsatzsteuerliche Pflicht zur Aufbewahrung von Rechnungen; zusammen mit Art. 6 Abs. 1 lit. c DSGVO anzugeben.',
      en: 'VAT obligation to retain invoices; to be cited together with Art. 6(1)(c) GDPR.',
    },
    source: 'Umsatzsteuergesetz (UStG)',
    usedWith: ['6-1-c'],
  }),
  national({
    id: 'national-other',
    citation: { de: 'Sonstige nationale Vorschrift', en: 'Other national provision' },
    short: { de: 'im Hinweis benennen', en: 'name it in the note' },
    description: {
      de: 'Freie Eingabe einer weiteren Rechtsvorschrift; Paragraf und Gesetz im Hinweis angeben.',
      en: 'Free entry of another provision; state section and act in the note.',
    },
    source: 'user entry',
    flags: { requiresNote: true },
  }),
];
