import type { ChannelCatalogueEntry } from './schema';
import { CHANNEL_FACTS_CHECKED_ON as CHECKED_ON } from './channels-common';

/** Channels of the Meta group (messaging-channels.md). */

const META_METADATA = {
  de: 'Nach den Angaben des Anbieters werden Metadaten – z. B. wer mit wem, wann, wie oft und wie lange kommuniziert, Geräte- und Verbindungsdaten, IP-Adresse – beim Anbieter verarbeitet und innerhalb der Meta-Unternehmensgruppe geteilt.',
  en: 'According to the provider, metadata — e.g. who communicates with whom, when, how often and for how long, device and connection data, IP address — is processed by the provider and shared within the Meta group of companies.',
};

export const META_CHANNELS: ChannelCatalogueEntry[] = [
  {
    id: 'whatsapp',
    kind: 'messenger',
    label: { de: 'WhatsApp (private App)', en: 'WhatsApp (private app)' },
    description: {
      de: 'Für die private Nutzung bestimmt. Bei geschäftlicher Nutzung gilt die DSGVO voll (die Haushaltsausnahme nach Art. 2 Abs. 2 lit. c erfasst nur private Nutzung); ein Vertrag mit dem Anbieter steht nicht zur Verfügung.',
      en: 'Meant for private use. In business use the GDPR applies fully (the household exemption of Art. 2(2)(c) covers private use only); no contract with the provider is available.',
    },
    provider: { legalEntity: 'WhatsApp Ireland Ltd.', country: 'IE' },
    providerRole: 'controller',
    businessUseIntended: false,
    thirdCountry: {
      countries: ['US'],
      description: {
        de: 'Daten gehen an WhatsApp LLC bzw. Meta Platforms, Inc. in den USA. Für das Unternehmen besteht keine vertragliche Grundlage für diese Übermittlung.',
        en: 'Data goes to WhatsApp LLC or Meta Platforms, Inc. in the US. The business has no contractual basis for this transfer.',
      },
      suggestedMechanism: 'none',
      recipient: { legalEntity: 'WhatsApp LLC / Meta Platforms, Inc.' },
    },
    avv: {
      available: 'no',
      description: { de: 'Kein AVV – eine geschäftliche Nutzung ist nicht vorgesehen.', en: 'No DPA — business use is not intended.' },
    },
    e2e: { de: 'Ja, Nachrichteninhalte Ende-zu-Ende-verschlüsselt.', en: 'Yes, message content is end-to-end encrypted.' },
    addressBook: {
      uploads: true,
      description: {
        de: 'Lädt die Telefonnummern des Adressbuchs zum Abgleich hoch, auch von Personen, die nicht eingewilligt haben (AG Bad Hersfeld, F 111/17 EASO).',
        en: 'Uploads the address book’s phone numbers for matching, including those of people who did not consent (AG Bad Hersfeld, F 111/17 EASO).',
      },
    },
    metadataNote: META_METADATA,
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'WhatsApp terms of service and privacy policy (whatsapp.com/legal)',
  },
  {
    id: 'whatsapp_business_app',
    kind: 'messenger',
    label: { de: 'WhatsApp Business App', en: 'WhatsApp Business app' },
    description: {
      de: 'App für kleine Unternehmen; WhatsApp verarbeitet die Kundendaten des Unternehmens als Auftragsverarbeiter nach den WhatsApp Business Data Processing Terms.',
      en: 'App for small businesses; WhatsApp processes the business’s customer data as processor under the WhatsApp Business Data Processing Terms.',
    },
    provider: { legalEntity: 'WhatsApp Ireland Ltd.', country: 'IE' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: {
        de: 'Übermittlung an WhatsApp LLC und Meta Platforms, Inc. in den USA auf Grundlage des EU-U.S. Data Privacy Framework; Standardvertragsklauseln als Ausweichlösung (WhatsApp Business Data Transfer Addendum, Stand 16. Februar 2024).',
        en: 'Transfer to WhatsApp LLC and Meta Platforms, Inc. in the US based on the EU–U.S. Data Privacy Framework; standard contractual clauses as fallback (WhatsApp Business Data Transfer Addendum, last updated 16 February 2024).',
      },
      suggestedMechanism: 'dpf',
      recipient: { legalEntity: 'WhatsApp LLC / Meta Platforms, Inc.', dpfListName: 'Meta Platforms, Inc.' },
    },
    avv: {
      available: 'part_of_terms',
      description: {
        de: 'Bestandteil der Business-Bedingungen (WhatsApp Business Data Processing Terms), online mit den Nutzungsbedingungen akzeptiert; ein unterschriebenes Dokument gibt es nicht.',
        en: 'Part of the business terms (WhatsApp Business Data Processing Terms), accepted online with the terms of service; no signed document exists.',
      },
      termsName: 'WhatsApp Business Data Processing Terms',
    },
    e2e: { de: 'Ja, Nachrichteninhalte Ende-zu-Ende-verschlüsselt.', en: 'Yes, message content is end-to-end encrypted.' },
    addressBook: {
      uploads: true,
      description: {
        de: 'Lädt Adressbuchnummern zum Abgleich hoch; Zugriff verweigern, solange nicht alle Kontakte eingewilligt haben.',
        en: 'Uploads address-book numbers for matching; deny access unless all contacts have consented.',
      },
    },
    metadataNote: META_METADATA,
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'WhatsApp Business Data Processing Terms; WhatsApp Business Data Transfer Addendum (whatsapp.com/legal/business-data-transfer-addendum)',
  },
  {
    id: 'whatsapp_business_platform',
    kind: 'business_platform',
    label: { de: 'WhatsApp Business Platform (Cloud API)', en: 'WhatsApp Business Platform (Cloud API)' },
    description: {
      de: 'Programmierschnittstelle für größere Unternehmen, meist über einen Dienstleister (Business Solution Provider) an CRM- oder Ticketsysteme angebunden.',
      en: 'Programming interface for larger businesses, usually connected to CRM or ticket systems through a business solution provider.',
    },
    provider: { legalEntity: 'Meta (WhatsApp Ireland Ltd. / Meta Platforms)', country: 'IE' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: {
        de: 'Speicherung standardmäßig in den USA; optional lokale Speicherung in der EU und einigen anderen Regionen.',
        en: 'Stored in the US by default; optional local storage in the EU and some other regions.',
      },
      suggestedMechanism: 'dpf',
      recipient: { legalEntity: 'Meta Platforms, Inc.', dpfListName: 'Meta Platforms, Inc.' },
    },
    avv: {
      available: 'yes',
      description: { de: 'Datenverarbeitungsbedingungen des Anbieters verfügbar.', en: 'Provider’s data processing terms available.' },
    },
    e2e: {
      de: 'Verschlüsselt bis zur Cloud API, die die Nachrichten entschlüsselt – keine Ende-zu-Ende-Verschlüsselung zwischen Kunde und Unternehmen.',
      en: 'Encrypted up to the Cloud API, which decrypts the messages — no end-to-end encryption between customer and business.',
    },
    addressBook: {
      uploads: false,
      description: { de: 'Nicht anwendbar: Nutzung über die Schnittstelle, kein Geräteadressbuch.', en: 'Not applicable: used through the API, no device address book.' },
    },
    metadataNote: META_METADATA,
    checkedOn: CHECKED_ON,
    unverifiedFields: ['provider.legalEntity'],
    source: 'WhatsApp Business Solution terms (whatsapp.com/legal)',
  },
  {
    id: 'facebook_messenger',
    kind: 'messenger',
    label: { de: 'Facebook Messenger', en: 'Facebook Messenger' },
    description: {
      de: 'Nachrichten an die Unternehmensseite; für Seiten-Insights besteht gemeinsame Verantwortlichkeit mit Meta (EuGH C-210/16).',
      en: 'Messages to the company page; for Page Insights there is joint controllership with Meta (CJEU C-210/16).',
    },
    provider: { legalEntity: 'Meta Platforms Ireland Ltd.', country: 'IE' },
    providerRole: 'controller',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['US'],
      description: { de: 'Übermittlung an Meta Platforms, Inc. in den USA (EU-U.S. Data Privacy Framework).', en: 'Transfer to Meta Platforms, Inc. in the US (EU–U.S. Data Privacy Framework).' },
      suggestedMechanism: 'dpf',
      recipient: { legalEntity: 'Meta Platforms, Inc.', dpfListName: 'Meta Platforms, Inc.' },
    },
    avv: {
      available: 'no',
      description: {
        de: 'Kein AVV für den Messenger; für Business-Tools (Seiten-Insights) eine Vereinbarung über gemeinsame Verantwortlichkeit (Art. 26).',
        en: 'No DPA for Messenger; for business tools (Page Insights) a joint-controller addendum (Art. 26).',
      },
    },
    e2e: {
      de: 'Seit 2023 Standard für persönliche Chats; für Chats mit Unternehmensseiten gesondert prüfen.',
      en: 'Default for personal chats since 2023; check separately for chats with business pages.',
    },
    addressBook: {
      uploads: null,
      description: { de: 'Hochladen der Kontakte optional.', en: 'Contact upload optional.' },
    },
    metadataNote: META_METADATA,
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Meta Page Insights Controller Addendum (facebook.com/legal)',
  },
];
