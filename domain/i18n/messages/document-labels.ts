/**
 * Label tables of generated documents (status, recipient kinds, transfer mechanisms, periods,
 * retention, DPIA decision, provision kind), part of the `documents` messages (documents.ts).
 */

export const documentLabelsDe = {
  status: { draft: 'Entwurf', in_review: 'In Prüfung', approved: 'Freigegeben', archived: 'Archiviert' },
  recipientKind: {
    internal: 'intern',
    processor: 'Auftragsverarbeiter',
    controller: 'anderer Verantwortlicher',
    joint_controller: 'gemeinsam Verantwortlicher',
    authority: 'Behörde oder öffentliche Stelle',
    other: 'sonstiger Empfänger',
  },
  transferMechanism: {
    none: 'keine Grundlage angegeben',
    adequacy: 'Angemessenheitsbeschluss (Art. 45 DSGVO)',
    dpf: 'EU-US Data Privacy Framework – Angemessenheitsbeschluss (Art. 45 DSGVO)',
    scc: 'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
    bcr: 'Verbindliche interne Datenschutzvorschriften (Art. 46 Abs. 2 lit. b, Art. 47 DSGVO)',
    code_of_conduct: 'Genehmigte Verhaltensregeln (Art. 46 Abs. 2 lit. e DSGVO)',
    certification: 'Genehmigter Zertifizierungsmechanismus (Art. 46 Abs. 2 lit. f DSGVO)',
    art49_consent: 'Ausdrückliche Einwilligung (Art. 49 Abs. 1 lit. a DSGVO)',
    art49_contract: 'Erfüllung eines Vertrags (Art. 49 Abs. 1 lit. b oder c DSGVO)',
    art49_public_interest: 'Wichtige Gründe des öffentlichen Interesses (Art. 49 Abs. 1 lit. d DSGVO)',
    art49_legal_claims: 'Rechtsansprüche (Art. 49 Abs. 1 lit. e DSGVO)',
    art49_vital_interests: 'Lebenswichtige Interessen (Art. 49 Abs. 1 lit. f DSGVO)',
    art49_public_register: 'Öffentliches Register (Art. 49 Abs. 1 lit. g DSGVO)',
    art49_compelling_interests: 'Zwingende berechtigte Interessen (Art. 49 Abs. 1 UAbs. 2 DSGVO)',
  },
  periodUnit: {
    days: { one: '{count} Tag', other: '{count} Tage' },
    weeks: { one: '{count} Woche', other: '{count} Wochen' },
    months: { one: '{count} Monat', other: '{count} Monate' },
    years: { one: '{count} Jahr', other: '{count} Jahre' },
  },
  retentionKind: {
    statutory: 'gesetzliche Aufbewahrungspflicht',
    practice: 'übliche Praxis',
    internal: 'interne Festlegung',
  },
  retentionAction: { delete: 'Löschung', anonymise: 'Anonymisierung', restrict: 'Einschränkung der Verarbeitung' },
  dpiaDecision: { undecided: 'noch nicht entschieden', required: 'erforderlich', not_required: 'nicht erforderlich' },
  provisionKind: {
    unspecified: 'nicht angegeben', statutory: 'gesetzlich vorgeschrieben', contractual: 'vertraglich vorgeschrieben',
    precontractual: 'für einen Vertragsabschluss erforderlich', voluntary: 'freiwillig',
  },
};

export const documentLabelsEn = {
  status: { draft: 'Draft', in_review: 'In review', approved: 'Approved', archived: 'Archived' },
  recipientKind: {
    internal: 'internal',
    processor: 'processor',
    controller: 'other controller',
    joint_controller: 'joint controller',
    authority: 'authority or public body',
    other: 'other recipient',
  },
  transferMechanism: {
    none: 'no mechanism stated',
    adequacy: 'Adequacy decision (Art. 45 GDPR)',
    dpf: 'EU-US Data Privacy Framework – adequacy decision (Art. 45 GDPR)',
    scc: 'Standard contractual clauses (Art. 46(2)(c) GDPR)',
    bcr: 'Binding corporate rules (Art. 46(2)(b), Art. 47 GDPR)',
    code_of_conduct: 'Approved code of conduct (Art. 46(2)(e) GDPR)',
    certification: 'Approved certification mechanism (Art. 46(2)(f) GDPR)',
    art49_consent: 'Explicit consent (Art. 49(1)(a) GDPR)',
    art49_contract: 'Performance of a contract (Art. 49(1)(b) or (c) GDPR)',
    art49_public_interest: 'Important reasons of public interest (Art. 49(1)(d) GDPR)',
    art49_legal_claims: 'Legal claims (Art. 49(1)(e) GDPR)',
    art49_vital_interests: 'Vital interests (Art. 49(1)(f) GDPR)',
    art49_public_register: 'Public register (Art. 49(1)(g) GDPR)',
    art49_compelling_interests: 'Compelling legitimate interests (Art. 49(1) second subparagraph GDPR)',
  },
  periodUnit: {
    days: { one: '{count} day', other: '{count} days' },
    weeks: { one: '{count} week', other: '{count} weeks' },
    months: { one: '{count} month', other: '{count} months' },
    years: { one: '{count} year', other: '{count} years' },
  },
  retentionKind: {
    statutory: 'statutory retention obligation',
    practice: 'common practice',
    internal: 'internal rule',
  },
  retentionAction: { delete: 'erasure', anonymise: 'anonymisation', restrict: 'restriction of processing' },
  dpiaDecision: { undecided: 'not yet decided', required: 'required', not_required: 'not required' },
  provisionKind: {
    unspecified: 'not stated', statutory: 'statutory requirement', contractual: 'contractual requirement',
    precontractual: 'requirement for entering into a contract', voluntary: 'voluntary',
  },
};
