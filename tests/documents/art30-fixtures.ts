import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { ActivitySchema, OrganisationSchema, TomMeasureSchema, type Activity, type ActivityInput } from '../../domain/model';
import { IDS } from './fixture-ids';
import { channel, parties, processorRecords } from './related-fixtures';

export { IDS, channel, parties, processorRecords };

export function activity(input: Omit<ActivityInput, 'id'> & { id: string }): Activity {
  return ActivitySchema.parse(input);
}

export const organisation = OrganisationSchema.parse({
  name: 'Müller & Söhne Feinkost GmbH',
  legalForm: 'Gesellschaft mit beschränkter Haftung',
  address: { street: 'Königstraße 12', postalCode: '70173', city: 'Stuttgart', countryCode: 'DE' },
  email: 'info@mueller-soehne.example',
  phone: '+49 711 123456-0',
  website: 'https://www.mueller-soehne.example',
  legalRepresentatives: [{ name: 'Dr. Jürgen Weiß', function: 'Geschäftsführer', email: 'j.weiss@mueller-soehne.example' }],
  privacyContact: { name: 'Anna Schäfer', function: 'Assistenz der Geschäftsführung', email: 'datenschutz@mueller-soehne.example' },
  dpo: {
    kind: 'external',
    name: 'Petra Groß',
    organisation: 'Datenschutz Süd GmbH',
    email: 'p.gross@datenschutz-sued.example',
    phone: '+49 711 987654',
    address: { street: 'Schloßplatz 3', postalCode: '70174', city: 'Stuttgart', countryCode: 'DE' },
  },
  supervisoryAuthority: {
    name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
    address: 'Lautenschlagerstraße 20, 70173 Stuttgart',
    email: 'poststelle@lfdi.bwl.de',
    website: 'https://www.baden-wuerttemberg.datenschutz.de',
  },
});

/** A fully filled activity: every field the record prints has a value. */
export const payroll = activity({
  id: IDS.payroll,
  reference: 'VT-002',
  name: 'Lohn- und Gehaltsabrechnung',
  description: 'Monatliche Abrechnung der Bezüge für alle Beschäftigten über das Lohnbüro.',
  status: 'approved',
  owner: { department: 'Personalabteilung', contactName: 'Aylin Özdemir', contactEmail: 'personal@mueller-soehne.example' },
  purposes: [
    {
      id: 'pu-1',
      description: 'Berechnung und Auszahlung der Vergütung (Zuschläge ab 1.000 €)',
      legalBases: [{ code: '6-1-b' }, { code: '6-1-c', note: '§ 41 EStG' }],
    },
    {
      id: 'pu-2',
      description: 'Auswertung der Fehlzeiten für das betriebliche Eingliederungsmanagement',
      legalBases: [{ code: '6-1-f' }],
      legitimateInterest: 'Senkung krankheitsbedingter Fehlzeiten und Fürsorge gegenüber Beschäftigten',
    },
    {
      id: 'pu-3',
      description: 'Geburtstagsgrüße im Intranet',
      legalBases: [{ code: '6-1-a' }],
      consentRecord: 'Unterschriebene Einwilligungserklärung in der Personalakte',
    },
  ],
  dataSubjectCategories: [{ id: 'ds-1', label: 'Beschäftigte' }, { id: 'ds-2', label: 'Auszubildende' }],
  dataCategories: [
    { id: IDS.catBank, label: 'Bankverbindung (IBAN)' },
    { id: IDS.catHealth, label: 'Arbeitsunfähigkeitszeiten', special: 'art9' },
    { id: IDS.catCriminal, label: 'Führungszeugnis', special: 'art10' },
  ],
  recipients: [
    { id: 'r-1', label: 'Steuerberatung', kind: 'processor', partyId: IDS.taxAdvisor },
    { id: 'r-2', label: 'Finanzamt Stuttgart', kind: 'authority' },
  ],
  transfers: [
    {
      id: 'tr-1',
      countryCode: 'US',
      recipient: 'Übersee Cloud Inc.',
      mechanism: 'scc',
      sccModule: '3',
      safeguardsDocumentation: 'Verschlüsselung vor der Übermittlung, Schlüssel verbleiben in der EU',
      tiaNote: 'Transfer-Folgenabschätzung vom 01.03.2026',
    },
  ],
  retention: [
    {
      id: 'rt-1',
      description: 'Lohnkonten und Belege',
      dataCategoryIds: [IDS.catBank, IDS.catHealth],
      periodAmount: 6,
      periodUnit: 'years',
      trigger: 'Ende des Kalenderjahres der letzten Eintragung',
      basis: '§ 41 Abs. 1 Satz 9 EStG',
      kind: 'statutory',
      action: 'delete',
    },
    { id: 'rt-2', periodText: 'bis zum Widerruf der Einwilligung', trigger: 'Widerruf', action: 'anonymise' },
  ],
  toms: { measureIds: [IDS.tomLocked, IDS.tomEncryption], specific: 'Lohnordner im abschließbaren Stahlschrank', securityConceptRef: 'SiKo-2026-03' },
  dpia: {
    criteria: ['sensitive_data', 'vulnerable_subjects'],
    onMandatoryList: true,
    decision: 'not_required',
    reason: 'Standardverarbeitung im Beschäftigungsverhältnis ohne Profiling',
    performed: true,
    performedOn: '2026-04-20',
    reference: 'DSFA-2026-07',
  },
  dataSource: { fromDataSubject: true, otherSources: 'Krankenkassen (elektronische AU-Bescheinigung)', publiclyAccessible: true },
  automatedDecision: {
    exists: true,
    logic: 'Automatische Berechnung der Zuschläge nach dem Tarifvertrag',
    consequences: 'Höhe der Auszahlung; manuelle Prüfung durch das Lohnbüro auf Antrag',
  },
  provision: { kind: 'statutory', obliged: true, consequences: 'Ohne Steuer-ID Lohnsteuerabzug nach Steuerklasse VI' },
  channelIds: [IDS.channel],
  jointControllerPartyIds: [IDS.partner],
  createdAt: '2026-01-15T09:30:00.000Z',
  updatedAt: '2026-11-02T14:00:00.000Z',
  lastReviewedOn: '2026-10-01',
  nextReviewOn: '2027-10-01',
  version: 7,
});

export const newsletter = activity({
  id: IDS.newsletter,
  reference: 'VT-010',
  name: 'Newsletter-Versand',
  status: 'draft',
  purposes: [{ id: 'pu-n', description: 'Versand von Angeboten per E-Mail', legalBases: [{ code: '6-1-a' }] }],
  dataSubjectCategories: [{ id: 'ds-n', label: 'Abonnenten' }],
  dataCategories: [{ id: 'dc-n', label: 'E-Mail-Adresse' }],
});

/** Only a name: all mandatory Art. 30(1) fields are missing. */
export const emptyActivity = activity({ id: IDS.empty, reference: 'VT-003', name: 'Videoüberwachung Lager', status: 'in_review' });

export const archived = activity({
  id: IDS.archived,
  reference: 'VT-001',
  name: 'Alte Kundenkartei (aufgelöst)',
  status: 'archived',
  purposes: [{ id: 'pu-a', description: 'Kundenbindung', legalBases: [{ code: '6-1-b' }] }],
  dataSubjectCategories: [{ id: 'ds-a', label: 'Kunden' }],
  dataCategories: [{ id: 'dc-a', label: 'Kontaktdaten' }],
});

export function snapshot(activities: Activity[] = [payroll, newsletter, emptyActivity, archived]): RegisterSnapshot {
  return {
    organisation,
    activities,
    parties,
    channels: [channel],
    processorRecords,
    toms: [
      TomMeasureSchema.parse({
        id: IDS.tomLocked,
        title: 'Abschließbare Aktenschränke',
        art32Group: 'confidentiality_integrity_availability_resilience',
        controlArea: 'physical_access',
        sdmGoal: 'confidentiality',
      }),
      TomMeasureSchema.parse({
        id: IDS.tomEncryption,
        title: 'Festplattenverschlüsselung (AES-256)',
        art32Group: 'pseudonymisation_encryption',
        controlArea: 'data_access',
        sdmGoal: 'confidentiality',
      }),
    ],
    attachments: [],
  };
}
