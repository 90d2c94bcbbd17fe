import { z } from 'zod';

/**
 * The activity fields a spreadsheet column can feed. One row of a sheet is one processing
 * activity (the layout of the DSK template "Muster – Verzeichnis von Verarbeitungstätigkeiten"
 * and of most self-made registers).
 */
export const IMPORT_FIELDS = [
  'reference',
  'name',
  'description',
  'purposes',
  'legalBases',
  'legitimateInterest',
  'dataSubjects',
  'dataSubjectIds',
  'dataCategories',
  'dataCategoryIds',
  'recipients',
  'recipientIds',
  'thirdCountries',
  'transferRecipients',
  'transferSafeguards',
  'retention',
  'toms',
  'department',
  'contactName',
  'contactEmail',
  'dataSource',
  'status',
  'dpia',
  'lastReviewedOn',
  'nextReviewOn',
  'notes',
] as const;
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportFieldSchema>;

/** A column's target: a field, or deliberately left out. */
export const ColumnTargetSchema = z.union([ImportFieldSchema, z.literal('ignore')]);
export type ColumnTarget = z.infer<typeof ColumnTargetSchema>;

/** Corrections of the recognised mapping: sheet name → column letter → target. */
export const MappingOverridesSchema = z.record(z.string().max(200), z.record(z.string().regex(/^[A-Z]{1,3}$/), ColumnTargetSchema));
export type MappingOverrides = z.infer<typeof MappingOverridesSchema>;

/** Column choices remembered from earlier imports (settings): normalised header text → target. */
export const RememberedMappingSchema = z.record(z.string().max(200), ColumnTargetSchema);
export type RememberedMapping = z.infer<typeof RememberedMappingSchema>;

/**
 * Lower case, umlauts and ß folded, punctuation and "(s)"/"(e)" plural markers removed,
 * whitespace collapsed: "Zweck(e) der Verarbeitung:" → "zweck der verarbeitung".
 */
export function normaliseHeader(text: string): string {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .toLowerCase()
    .replace(/\((?:e|n|en|s|es|innen)\)/g, '')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Header texts as DPOs write them, German and English, already normalised. Exact matches win
 * over prefix matches; the longest matching synonym decides among prefixes.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  reference: ['nr', 'lfd nr', 'laufende nummer', 'nummer', 'id', 'kennung', 'referenz', 'reference', 'ref', 'no', 'number', 'vt nr', 'aktenzeichen'],
  name: [
    'bezeichnung',
    'bezeichnung der verarbeitungstaetigkeit',
    'bezeichnung der verarbeitung',
    'verarbeitungstaetigkeit',
    'name der verarbeitungstaetigkeit',
    'taetigkeit',
    'verfahren',
    'name',
    'activity',
    'processing activity',
    'name of processing activity',
    'name of the processing activity',
    'title',
  ],
  description: ['beschreibung', 'kurzbeschreibung', 'beschreibung der verarbeitung', 'description', 'short description'],
  purposes: ['zweck', 'zwecke der verarbeitung', 'zweck der verarbeitung', 'zweckbestimmung', 'purpose', 'purposes', 'purposes of processing', 'purpose of processing', 'purposes of the processing'],
  legalBases: ['rechtsgrundlage', 'rechtsgrundlagen', 'rechtsgrundlage der verarbeitung', 'legal basis', 'legal bases', 'lawful basis', 'legal basis for processing'],
  legitimateInterest: ['berechtigtes interesse', 'berechtigte interessen', 'legitimate interest', 'legitimate interests'],
  dataSubjects: [
    'kategorien betroffener personen',
    'betroffene personen',
    'betroffenengruppen',
    'betroffene',
    'kategorie betroffener personen',
    'personengruppen',
    'data subjects',
    'categories of data subjects',
    'data subject categories',
  ],
  dataCategories: [
    'kategorien personenbezogener daten',
    'kategorie personenbezogener daten',
    'datenkategorien',
    'datenarten',
    'personenbezogene daten',
    'kategorien von daten',
    'kategorien von personenbezogenen daten',
    'kategorien der personenbezogenen daten',
    'daten',
    'categories of personal data',
    'personal data categories',
    'data categories',
    'personal data',
  ],
  dataSubjectIds: ['katalog ids betroffene personen', 'catalogue ids data subjects'],
  dataCategoryIds: ['katalog ids datenkategorien', 'catalogue ids data categories'],
  recipientIds: ['katalog ids empfaenger', 'catalogue ids recipients'],
  recipients: [
    'empfaenger',
    'kategorien von empfaengern',
    'empfaengerkategorien',
    'kategorien der empfaenger',
    'empfaenger der daten',
    'recipients',
    'categories of recipients',
    'recipient categories',
  ],
  thirdCountries: [
    'drittland',
    'drittlaender',
    'drittlandtransfer',
    'drittlanduebermittlung',
    'uebermittlung in drittlaender',
    'uebermittlung an drittlaender',
    'uebermittlung an ein drittland oder eine internationale organisation',
    'uebermittlung in ein drittland',
    'uebermittlungen von personenbezogenen daten an ein drittland oder an eine internationale organisation',
    'uebermittlungen in drittlaender',
    'third country',
    'third countries',
    'transfers to third countries',
    'third country transfers',
    'international transfers',
  ],
  transferRecipients: ['empfaenger im drittland', 'empfaenger drittland', 'recipient in third country', 'third country recipient'],
  transferSafeguards: ['garantien', 'geeignete garantien', 'garantien drittland', 'uebermittlungsgrundlage', 'safeguards', 'appropriate safeguards', 'transfer mechanism', 'transfer safeguards'],
  retention: [
    'loeschfrist',
    'loeschfristen',
    'fristen fuer die loeschung',
    'vorgesehene fristen fuer die loeschung',
    'aufbewahrungsfrist',
    'speicherdauer',
    'loeschung',
    'retention',
    'retention period',
    'retention periods',
    'time limits for erasure',
    'erasure',
  ],
  toms: [
    'tom',
    'toms',
    'technische und organisatorische massnahmen',
    'technisch organisatorische massnahmen',
    'allgemeine beschreibung der technischen und organisatorischen massnahmen',
    'massnahmen',
    'sicherheitsmassnahmen',
    'security measures',
    'technical and organisational measures',
    'technical and organizational measures',
  ],
  department: [
    'verantwortliche abteilung',
    'verantwortliche fachabteilung',
    'abteilung',
    'fachbereich',
    'fachabteilung',
    'zustaendige abteilung',
    'organisationseinheit',
    'verantwortlich',
    'department',
    'responsible department',
    'business unit',
    'owner',
  ],
  contactName: ['ansprechpartner', 'ansprechperson', 'kontaktperson', 'verantwortliche person', 'contact', 'contact person', 'contact name'],
  contactEmail: ['e mail', 'email', 'e mail adresse', 'kontakt e mail', 'e mail ansprechpartner', 'contact e mail', 'contact email'],
  dataSource: ['herkunft der daten', 'datenquelle', 'quelle', 'herkunft', 'source', 'data source', 'source of data'],
  status: ['status', 'bearbeitungsstand', 'freigabestatus'],
  dpia: ['dsfa', 'dsfa erforderlich', 'datenschutz folgenabschaetzung', 'datenschutzfolgenabschaetzung', 'dpia', 'dpia required', 'data protection impact assessment'],
  lastReviewedOn: ['letzte pruefung', 'zuletzt geprueft', 'geprueft am', 'last review', 'last reviewed', 'reviewed on'],
  nextReviewOn: ['naechste pruefung', 'wiedervorlage', 'next review', 'review due'],
  notes: ['bemerkungen', 'anmerkungen', 'hinweise', 'kommentar', 'notes', 'remarks', 'comments'],
};

const EXACT = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const synonym of SYNONYMS[field]) EXACT.set(synonym, field);
const BY_LENGTH = [...EXACT.entries()].sort((a, b) => b[0].length - a[0].length);

/** The field a header names, or null. "Art. 30 Abs. 1 lit. b" style prefixes are ignored. */
export function recogniseHeader(header: string): ImportField | null {
  const text = normaliseHeader(header)
    .replace(/^(?:art \d+ abs \d+ lit [a-z] |\d+ )/, '')
    .replace(/ (?:dsgvo|gdpr)$/, '')
    .trim();
  if (!text) return null;
  const exact = EXACT.get(text);
  if (exact) return exact;
  for (const [synonym, field] of BY_LENGTH) {
    if (synonym.length >= 4 && (text.startsWith(`${synonym} `) || text.endsWith(` ${synonym}`))) return field;
  }
  return null;
}
