import { bilingual } from '../types';

/** The start screen shown while no register is open, and the user's own settings there. */
export const start = bilingual(
  {
    heading: 'Willkommen bei VVT Desk',
    intro:
      'VVT Desk führt das Verzeichnis von Verarbeitungstätigkeiten (VVT) nach Art. 30 DSGVO – offline, auf diesem Rechner. ' +
      'Jede Organisation hat eine eigene Verzeichnisdatei. Sie erfassen darin die Angaben zum Verantwortlichen, ' +
      'jede Verarbeitungstätigkeit mit Zwecken, Rechtsgrundlagen, Datenkategorien und Löschfristen ' +
      'und geben das Verzeichnis auf Anfrage der Aufsichtsbehörde als PDF aus (Art. 30 Abs. 4 DSGVO).',
    privacyNote: 'Die Daten verlassen diesen Rechner nicht: VVT Desk baut keine Internetverbindung auf.',
    actionsHeading: 'Verzeichnis wählen',
    newRegister: 'Neues Verzeichnis …',
    openRegister: 'Verzeichnis öffnen …',
    newForm: {
      heading: 'Neues Verzeichnis anlegen',
      nameLabel: 'Name der Organisation',
      nameHint: 'Der Name erscheint auf dem Deckblatt des Verzeichnisses und kann später geändert werden. Anschließend wählen Sie, wo die Datei gespeichert wird.',
      create: 'Anlegen und speichern unter …',
      cancel: 'Abbrechen',
    },
    recent: {
      heading: 'Zuletzt geöffnet',
      empty: 'Noch keine Verzeichnisse geöffnet.',
      unnamed: 'Organisation ohne Namen',
      openedAt: 'Zuletzt geöffnet am {date}',
      openLabel: 'Verzeichnis {name} öffnen, Datei {path}',
      overdue: '{count} überfällig',
      soon: '{count} bald fällig',
      noReminders: 'Keine offenen Fristen',
      unreadable: 'Fristen nicht lesbar: {reason}',
    },
    actor: {
      heading: 'Ihr Name im Änderungsprotokoll',
      label: 'Name',
      hint: 'Wird bei jeder Änderung als Bearbeiter vermerkt (Rechenschaftspflicht, Art. 5 Abs. 2 DSGVO). Leer lassen, um den Benutzernamen des Rechners zu verwenden.',
      save: 'Name speichern',
      saved: 'Ihr Name wurde gespeichert.',
    },
    created: 'Das Verzeichnis wurde angelegt: {path}',
    opened: 'Verzeichnis geöffnet: {path}',
    closed: 'Das Verzeichnis wurde geschlossen.',
    savedAs: 'Verzeichnis gespeichert unter: {path}',
  },
  {
    heading: 'Welcome to VVT Desk',
    intro:
      'VVT Desk keeps the record of processing activities under Art. 30 GDPR – offline, on this computer. ' +
      'Each organisation has its own register file. In it you record the controller’s details, ' +
      'every processing activity with its purposes, legal bases, data categories and erasure periods, ' +
      'and print the record as a PDF when the supervisory authority asks for it (Art. 30(4) GDPR).',
    privacyNote: 'Your data does not leave this computer: VVT Desk makes no internet connection.',
    actionsHeading: 'Choose a register',
    newRegister: 'New register …',
    openRegister: 'Open register …',
    newForm: {
      heading: 'Create a new register',
      nameLabel: 'Name of the organisation',
      nameHint: 'The name appears on the cover page of the record and can be changed later. Next you choose where the file is saved.',
      create: 'Create and save as …',
      cancel: 'Cancel',
    },
    recent: {
      heading: 'Recently opened',
      empty: 'No registers opened yet.',
      unnamed: 'Unnamed organisation',
      openedAt: 'Last opened on {date}',
      openLabel: 'Open register {name}, file {path}',
      overdue: '{count} overdue',
      soon: '{count} due soon',
      noReminders: 'No open deadlines',
      unreadable: 'Deadlines not readable: {reason}',
    },
    actor: {
      heading: 'Your name in the change log',
      label: 'Name',
      hint: 'Recorded as the author of every change (accountability, Art. 5(2) GDPR). Leave empty to use the computer’s user name.',
      save: 'Save name',
      saved: 'Your name has been saved.',
    },
    created: 'The register has been created: {path}',
    opened: 'Register opened: {path}',
    closed: 'The register has been closed.',
    savedAs: 'Register saved as: {path}',
  },
);
