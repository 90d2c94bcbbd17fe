import { bilingual } from '../types';

/** Completion of the organisation form: supervisory authority, DPO address, contacts of representatives. */
export const organisationSheet = bilingual(
  {
    authority: {
      select: 'Aufsichtsbehörde',
      hint: 'Zuständig ist in der Regel die Behörde des Landes, in dem die Organisation ihren Sitz hat. Die Auswahl füllt Name, Anschrift, E-Mail und Website aus; alle Felder bleiben änderbar.',
      choose: '– bitte wählen –',
      other: 'Andere Behörde (freie Eingabe)',
      federal: 'Bund',
      states: 'Länder',
      name: 'Name der Aufsichtsbehörde',
      address: 'Anschrift',
      email: 'E-Mail',
      website: 'Website',
      competenceLine: 'Zuständig für: {competence}.',
      asOf: 'Angaben aus dem mitgelieferten Verzeichnis, Stand {date}.',
      unverified: 'Nicht mit der Website der Behörde abgeglichen: {fields}. Bitte vor der Verwendung prüfen.',
      competence: {
        federal: 'Bundesbehörden, Telekommunikation und Post',
        private_sector: 'nicht-öffentlicher Bereich',
        public_sector: 'öffentliche Stellen',
        private_and_public: 'öffentliche und nicht-öffentliche Stellen',
      },
    },
    dpo: {
      address: 'Anschrift der/des externen Datenschutzbeauftragten',
      internalHint: 'Erreichbar unter der Anschrift der Organisation. Die Kontaktdaten sind nach Art. 37 Abs. 7 DSGVO zu veröffentlichen und der Aufsichtsbehörde mitzuteilen.',
    },
    privacyContact: {
      heading: 'Ansprechperson für Datenschutzfragen',
      hint: 'Wer Anfragen zum Datenschutz beantwortet, solange kein Datenschutzbeauftragter bestellt ist.',
      name: 'Name',
      function: 'Funktion',
      email: 'E-Mail',
      phone: 'Telefon',
    },
    representatives: {
      email: 'E-Mail',
      phone: 'Telefon',
    },
    euRepresentative: {
      address: 'Anschrift des Vertreters',
    },
  },
  {
    authority: {
      select: 'Supervisory authority',
      hint: 'Usually the authority of the German state where the organisation has its seat. Choosing one fills in name, address, e-mail and website; every field stays editable.',
      choose: '– please choose –',
      other: 'Other authority (free entry)',
      federal: 'Federal',
      states: 'States',
      name: 'Name of the supervisory authority',
      address: 'Address',
      email: 'E-mail',
      website: 'Website',
      competenceLine: 'Competent for: {competence}.',
      asOf: 'Details from the shipped directory, as of {date}.',
      unverified: 'Not checked against the authority’s website: {fields}. Please verify before use.',
      competence: {
        federal: 'federal bodies, telecommunications and postal services',
        private_sector: 'private sector',
        public_sector: 'public bodies',
        private_and_public: 'public and private sector',
      },
    },
    dpo: {
      address: 'Address of the external data protection officer',
      internalHint: 'Reachable at the organisation’s address. The contact details must be published and communicated to the supervisory authority (Art. 37(7) GDPR).',
    },
    privacyContact: {
      heading: 'Contact for data protection matters',
      hint: 'Who answers data protection enquiries while no data protection officer is appointed.',
      name: 'Name',
      function: 'Function',
      email: 'E-mail',
      phone: 'Phone',
    },
    representatives: {
      email: 'E-mail',
      phone: 'Phone',
    },
    euRepresentative: {
      address: 'Address of the representative',
    },
  },
);
