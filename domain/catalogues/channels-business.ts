import type { ChannelCatalogueEntry } from './schema';
import { CHANNEL_FACTS_CHECKED_ON as CHECKED_ON } from './channels-common';

const NO_ADDRESS_BOOK = {
  uploads: false,
  description: { de: 'Kein Zugriff auf das Adressbuch des Geräts.', en: 'No access to the device address book.' },
};

/** Collaboration and customer-service platforms named in messaging-channels.md. */
export const BUSINESS_CHANNELS: ChannelCatalogueEntry[] = [
  {
    id: 'slack',
    kind: 'collaboration',
    label: { de: 'Slack', en: 'Slack' },
    provider: { legalEntity: 'Slack (Gesellschaft der Salesforce-Gruppe)', country: '' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: {
        de: 'Datenregionen wählbar (Data Residency); Übermittlungen in die USA innerhalb der Salesforce-Gruppe möglich – Mechanismus im DPA prüfen.',
        en: 'Data regions selectable (data residency); transfers to the US within the Salesforce group possible — check the mechanism in the DPA.',
      },
      suggestedMechanism: 'scc',
    },
    avv: { available: 'part_of_terms', description: { de: 'DPA Bestandteil der Vertragsbedingungen.', en: 'DPA part of the terms.' } },
    e2e: { de: 'Nein.', en: 'No.' },
    addressBook: NO_ADDRESS_BOOK,
    metadataNote: {
      de: 'Der Anbieter verarbeitet Nutzungs- und Protokolldaten zum Betrieb des Dienstes; Einzelheiten im DPA und in der Datenschutzerklärung.',
      en: 'The provider processes usage and log data to operate the service; details in the DPA and privacy policy.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: ['provider.legalEntity', 'thirdCountry.suggestedMechanism'],
    source: 'Slack data processing addendum (slack.com/trust)',
  },
  {
    id: 'microsoft_teams',
    kind: 'collaboration',
    label: { de: 'Microsoft Teams', en: 'Microsoft Teams' },
    provider: { legalEntity: 'Microsoft Ireland Operations Ltd.', country: 'IE' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: {
        de: 'EU-Datengrenze (EU Data Boundary) mit Ausnahmen; Übermittlungen an Microsoft Corporation in den USA auf Grundlage von Standardvertragsklauseln.',
        en: 'EU Data Boundary with exceptions; transfers to Microsoft Corporation in the US under standard contractual clauses.',
      },
      suggestedMechanism: 'scc',
      recipient: { legalEntity: 'Microsoft Corporation' },
    },
    avv: {
      available: 'part_of_terms',
      description: { de: 'Data Protection Addendum als Teil der Lizenzbedingungen.', en: 'Data Protection Addendum as part of the licence terms.' },
      termsName: 'Microsoft Products and Services Data Protection Addendum',
    },
    e2e: { de: 'Optional (für bestimmte Anrufe und Besprechungen).', en: 'Optional (for certain calls and meetings).' },
    addressBook: NO_ADDRESS_BOOK,
    metadataNote: {
      de: 'Der Anbieter verarbeitet Diagnose- und Dienstdaten; Umfang teils durch den Administrator einstellbar.',
      en: 'The provider processes diagnostic and service-generated data; the scope can partly be set by the administrator.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Microsoft Products and Services Data Protection Addendum',
  },
  {
    id: 'twilio',
    kind: 'business_platform',
    label: { de: 'Twilio', en: 'Twilio' },
    description: {
      de: 'Kommunikationsplattform (SMS, Messenger-Schnittstellen, Telefonie) für eigene Anwendungen.',
      en: 'Communications platform (SMS, messenger interfaces, voice) for own applications.',
    },
    provider: { legalEntity: 'Twilio (EU-Gesellschaft nicht verifiziert)', country: '' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: { de: 'Übermittlungen in Drittländer; verbindliche interne Datenschutzvorschriften (BCR) für Auftragsverarbeiter.', en: 'Third-country transfers; binding corporate rules for processors.' },
      suggestedMechanism: 'bcr',
    },
    avv: { available: 'yes', description: { de: 'DPA verfügbar.', en: 'DPA available.' } },
    e2e: { de: 'Nein (nur Transportverschlüsselung).', en: 'No (transport encryption only).' },
    addressBook: NO_ADDRESS_BOOK,
    metadataNote: {
      de: 'Der Anbieter verarbeitet Verbindungs- und Nachrichtendaten zur Zustellung; Umfang nach DPA.',
      en: 'The provider processes connection and message data for delivery; scope per the DPA.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: ['provider.legalEntity'],
    source: 'Twilio data protection addendum and binding corporate rules (twilio.com/legal)',
  },
  {
    id: 'zendesk',
    kind: 'customer_service',
    label: { de: 'Zendesk', en: 'Zendesk' },
    provider: { legalEntity: 'Zendesk, Inc.', country: 'US' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: {
        de: 'Übermittlungen in die USA; Hosting im EWR als Zusatzoption; verbindliche interne Datenschutzvorschriften (BCR).',
        en: 'Transfers to the US; EEA hosting as an add-on; binding corporate rules.',
      },
      suggestedMechanism: 'bcr',
    },
    avv: { available: 'yes', description: { de: 'DPA verfügbar.', en: 'DPA available.' } },
    e2e: { de: 'Nein.', en: 'No.' },
    addressBook: NO_ADDRESS_BOOK,
    metadataNote: {
      de: 'Der Anbieter verarbeitet Ticket-, Nutzungs- und Protokolldaten zum Betrieb des Dienstes.',
      en: 'The provider processes ticket, usage and log data to operate the service.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Zendesk data processing agreement and binding corporate rules',
  },
];

/** Vendor-neutral kinds from the seed: the facts depend on the provider the business picks. */
const DEPENDS = { de: 'Abhängig vom gewählten Anbieter.', en: 'Depends on the chosen provider.' };

function generic(id: string, de: string, en: string, rest: Partial<ChannelCatalogueEntry>): ChannelCatalogueEntry {
  return {
    id,
    kind: 'generic',
    label: { de, en },
    provider: { legalEntity: '', country: '' },
    providerRole: 'none',
    businessUseIntended: true,
    thirdCountry: { countries: [], description: DEPENDS, suggestedMechanism: 'none' },
    avv: { available: 'unknown', description: DEPENDS },
    e2e: DEPENDS,
    addressBook: { uploads: null, description: DEPENDS },
    metadataNote: DEPENDS,
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Provider-neutral channel kind: the facts depend on the provider chosen',
    ...rest,
  };
}

export const GENERIC_CHANNELS: ChannelCatalogueEntry[] = [
  generic('sms', 'SMS', 'SMS', {
    avv: {
      available: 'unknown',
      description: {
        de: 'Netzbetreiber handeln als Telekommunikationsanbieter in eigener Verantwortung; SMS-Gateway-Dienste sind meist Auftragsverarbeiter (AVV abschließen).',
        en: 'Network operators act as telecommunications providers on their own responsibility; SMS gateway services are usually processors (conclude a DPA).',
      },
    },
    e2e: { de: 'Nein.', en: 'No.' },
    metadataNote: {
      de: 'Netzbetreiber verarbeiten Verkehrsdaten (Rufnummern, Zeitpunkt) nach Telekommunikationsrecht.',
      en: 'Network operators process traffic data (numbers, time) under telecommunications law.',
    },
  }),
  generic('email', 'E-Mail', 'E-mail', {
    avv: {
      available: 'unknown',
      description: { de: 'Gehostete E-Mail-Dienste sind Auftragsverarbeiter – AVV abschließen.', en: 'Hosted e-mail services are processors — conclude a DPA.' },
    },
    e2e: {
      de: 'Nicht standardmäßig; Transportverschlüsselung (TLS) üblich, Ende-zu-Ende nur mit S/MIME oder OpenPGP.',
      en: 'Not by default; transport encryption (TLS) is common, end-to-end only with S/MIME or OpenPGP.',
    },
    metadataNote: {
      de: 'Der E-Mail-Anbieter verarbeitet Kopfdaten (Absender, Empfänger, Zeitpunkt, IP-Adressen).',
      en: 'The e-mail provider processes header data (sender, recipient, time, IP addresses).',
    },
  }),
  generic('web_chat', 'Web-Chat auf der Website', 'Web chat on the website', {
    providerRole: 'processor',
    avv: {
      available: 'unknown',
      description: { de: 'Anbieter des Chat-Werkzeugs ist in der Regel Auftragsverarbeiter – AVV abschließen.', en: 'The chat tool vendor is usually a processor — conclude a DPA.' },
    },
    addressBook: NO_ADDRESS_BOOK,
  }),
  generic('other_messenger', 'Sonstiger Messenger', 'Other messenger', {}),
];
