import type { ChannelCatalogueEntry } from './schema';
import { CHANNEL_FACTS_CHECKED_ON as CHECKED_ON } from './channels-common';

/** Other messengers named in messaging-channels.md. */
export const MESSENGER_CHANNELS: ChannelCatalogueEntry[] = [
  {
    id: 'telegram',
    kind: 'messenger',
    label: { de: 'Telegram', en: 'Telegram' },
    provider: { legalEntity: 'Telegram Messenger Inc.', country: '' },
    providerRole: 'controller',
    businessUseIntended: false,
    thirdCountry: {
      countries: [],
      description: {
        de: 'Verarbeitung außerhalb des EWR; der Anbieter hat einen Vertreter im EWR benannt. Kein Übermittlungsinstrument mit dem Unternehmen bekannt.',
        en: 'Processing outside the EEA; the provider has appointed a representative in the EEA. No transfer instrument with the business is known.',
      },
      suggestedMechanism: 'none',
    },
    avv: { available: 'no', description: { de: 'Kein AVV bekannt.', en: 'No DPA known.' } },
    e2e: { de: 'Nur in „geheimen Chats“; normale Chats und Gruppen nicht Ende-zu-Ende-verschlüsselt.', en: 'Only in "secret chats"; regular chats and groups are not end-to-end encrypted.' },
    addressBook: {
      uploads: true,
      description: { de: 'Synchronisiert Telefonnummern und Namen aus dem Adressbuch.', en: 'Syncs phone numbers and names from the address book.' },
    },
    metadataNote: {
      de: 'Normale Chats werden beim Anbieter in dessen Cloud gespeichert; Metadaten wie IP-Adresse und Gerätedaten verarbeitet der Anbieter nach seiner Datenschutzerklärung.',
      en: 'Regular chats are stored in the provider’s cloud; metadata such as IP address and device data are processed by the provider under its privacy policy.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: ['provider.country'],
    source: 'Telegram privacy policy (telegram.org/privacy)',
  },
  {
    id: 'signal',
    kind: 'messenger',
    label: { de: 'Signal', en: 'Signal' },
    provider: { legalEntity: 'Signal Messenger LLC', country: 'US' },
    providerRole: 'controller',
    businessUseIntended: false,
    thirdCountry: {
      countries: ['US'],
      description: { de: 'Anbieter und Server in den USA; kein Vertrag mit dem Unternehmen.', en: 'Provider and servers in the US; no contract with the business.' },
      suggestedMechanism: 'none',
    },
    avv: { available: 'no', description: { de: 'Kein AVV.', en: 'No DPA.' } },
    e2e: { de: 'Ja, für alle Nachrichten und Anrufe.', en: 'Yes, for all messages and calls.' },
    addressBook: {
      uploads: true,
      description: {
        de: 'Kontaktabgleich über gehashte Nummern (Contact Discovery); nach Angaben des Anbieters werden die Adressbücher nicht gespeichert.',
        en: 'Contact discovery using hashed numbers; according to the provider, address books are not stored.',
      },
    },
    metadataNote: {
      de: 'Nach Angaben des Anbieters werden nur sehr wenige Metadaten gespeichert (z. B. Zeitpunkt der Kontoerstellung und der letzten Verbindung).',
      en: 'According to the provider, only very little metadata is stored (e.g. account creation time and last connection time).',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Signal terms and privacy policy (signal.org/legal)',
  },
  {
    id: 'threema',
    kind: 'messenger',
    label: { de: 'Threema', en: 'Threema' },
    provider: { legalEntity: 'Threema GmbH, Pfäffikon SZ', country: 'CH' },
    providerRole: 'controller',
    businessUseIntended: false,
    thirdCountry: {
      countries: ['CH'],
      description: { de: 'Schweiz – Angemessenheitsbeschluss der Kommission.', en: 'Switzerland — Commission adequacy decision.' },
      suggestedMechanism: 'adequacy',
    },
    avv: { available: 'no', description: { de: 'Für die Privat-App kein AVV; für Unternehmen gibt es Threema Work.', en: 'No DPA for the consumer app; businesses use Threema Work.' } },
    e2e: { de: 'Ja.', en: 'Yes.' },
    addressBook: {
      uploads: null,
      description: {
        de: 'Abgleich optional und gehasht; Nutzung ohne Telefonnummer möglich.',
        en: 'Matching optional and hashed; can be used without a phone number.',
      },
    },
    metadataNote: {
      de: 'Nach Angaben des Anbieters werden Metadaten auf ein Minimum beschränkt; zugestellte Nachrichten werden vom Server gelöscht.',
      en: 'According to the provider, metadata is kept to a minimum; delivered messages are deleted from the server.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Threema privacy policy (threema.ch)',
  },
  {
    id: 'threema_work',
    kind: 'messenger',
    label: { de: 'Threema Work', en: 'Threema Work' },
    provider: { legalEntity: 'Threema GmbH, Pfäffikon SZ', country: 'CH' },
    providerRole: 'processor',
    businessUseIntended: true,
    thirdCountry: {
      countries: ['CH'],
      description: { de: 'Schweiz – Angemessenheitsbeschluss der Kommission.', en: 'Switzerland — Commission adequacy decision.' },
      suggestedMechanism: 'adequacy',
    },
    avv: { available: 'yes', description: { de: 'AVV für Threema Work verfügbar.', en: 'DPA available for Threema Work.' } },
    e2e: { de: 'Ja.', en: 'Yes.' },
    addressBook: {
      uploads: null,
      description: {
        de: 'Abgleich optional und gehasht; keine Telefonnummer nötig; zentrale Konfiguration durch das Unternehmen möglich.',
        en: 'Matching optional and hashed; no phone number needed; can be configured centrally by the business.',
      },
    },
    metadataNote: {
      de: 'Nach Angaben des Anbieters werden Metadaten auf ein Minimum beschränkt.',
      en: 'According to the provider, metadata is kept to a minimum.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: [],
    source: 'Threema Work (threema.ch/work)',
  },
  {
    id: 'viber',
    kind: 'messenger',
    label: { de: 'Viber', en: 'Viber' },
    provider: { legalEntity: 'Viber Media S.à r.l. (Rakuten)', country: 'LU' },
    providerRole: 'controller',
    businessUseIntended: true,
    thirdCountry: {
      countries: [],
      description: {
        de: 'Anbieter in Luxemburg; Verarbeitung weltweit möglich – aktuelle Angaben des Anbieters prüfen.',
        en: 'Provider in Luxembourg; processing possible worldwide — check the provider’s current information.',
      },
      suggestedMechanism: 'none',
    },
    avv: {
      available: 'unknown',
      description: { de: 'Business-Bedingungen vorhanden; ob ein AVV enthalten ist, ist nicht verifiziert.', en: 'Business terms exist; whether they include a DPA is unverified.' },
    },
    e2e: { de: 'Für Einzel- und Gruppenchats.', en: 'For one-to-one and group chats.' },
    addressBook: {
      uploads: true,
      description: {
        de: 'Speichert Telefonnummern aus dem Adressbuch, auch von Nicht-Nutzern (nicht verifiziert).',
        en: 'Stores address-book phone numbers, including those of non-users (unverified).',
      },
    },
    metadataNote: {
      de: 'Der Anbieter verarbeitet Nutzungs-, Geräte- und Verbindungsdaten nach seiner Datenschutzerklärung.',
      en: 'The provider processes usage, device and connection data under its privacy policy.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: ['avv', 'addressBook'],
    source: 'Viber privacy policy (viber.com)',
  },
  {
    id: 'wechat',
    kind: 'messenger',
    label: { de: 'WeChat', en: 'WeChat' },
    provider: { legalEntity: 'Tencent-Gesellschaften (Singapur/Niederlande)', country: '' },
    providerRole: 'controller',
    businessUseIntended: false,
    thirdCountry: {
      countries: ['CN'],
      description: {
        de: 'Übermittlung nach China möglich; China hat keinen Angemessenheitsbeschluss.',
        en: 'Transfer to China possible; China has no adequacy decision.',
      },
      suggestedMechanism: 'none',
    },
    avv: { available: 'no', description: { de: 'Kein AVV bekannt.', en: 'No DPA known.' } },
    e2e: { de: 'Nein.', en: 'No.' },
    addressBook: {
      uploads: null,
      description: { de: 'Zugriff auf Kontakte nach Erlaubnis.', en: 'Contact access with permission.' },
    },
    metadataNote: {
      de: 'Der Anbieter verarbeitet Inhalte und Metadaten auf seinen Servern; Einzelheiten nach seiner Datenschutzerklärung.',
      en: 'The provider processes content and metadata on its servers; details per its privacy policy.',
    },
    checkedOn: CHECKED_ON,
    unverifiedFields: ['provider.legalEntity', 'provider.country'],
    source: 'WeChat privacy policy (wechat.com)',
  },
];
