import { bilingual } from '../types';

/** The application frame: header, navigation, shared buttons, messages and confirmations. */
export const app = bilingual(
  {
    title: 'VVT Desk',
    tagline: 'Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 DSGVO',
    loading: 'Wird geladen …',
    noBridge: 'Die Verbindung zur Anwendung fehlt. Bitte starten Sie VVT Desk neu.',
    language: {
      label: 'Sprache',
      de: 'Deutsch',
      en: 'English',
    },
    nav: {
      label: 'Bereiche des Verzeichnisses',
      organisation: 'Organisation',
      activities: 'Verarbeitungstätigkeiten',
    },
    header: {
      register: 'Geöffnetes Verzeichnis',
      file: 'Datei',
      unnamedOrganisation: 'Organisation ohne Namen',
      saveAs: 'Speichern unter …',
      close: 'Verzeichnis schließen',
    },
    actions: {
      save: 'Speichern',
      saving: 'Wird gespeichert …',
      cancel: 'Abbrechen',
      delete: 'Löschen',
      remove: 'Entfernen',
      dismiss: 'Meldung schließen',
    },
    form: {
      unsaved: 'Ungespeicherte Änderungen',
      allSaved: 'Alle Änderungen gespeichert',
      notSavedYet: 'Noch nicht gespeichert',
      noChanges: 'Es gibt keine Änderungen zu speichern.',
      required: 'Pflichtfeld',
      shortcutHint: 'Speichern mit Strg+S (macOS: Cmd+S)',
      checkFields: 'Bitte prüfen Sie die markierten Felder.',
      choose: '– bitte wählen –',
    },
  },
  {
    title: 'VVT Desk',
    tagline: 'Record of processing activities under Art. 30 GDPR',
    loading: 'Loading …',
    noBridge: 'The connection to the application is missing. Please restart VVT Desk.',
    language: {
      label: 'Language',
      de: 'Deutsch',
      en: 'English',
    },
    nav: {
      label: 'Sections of the register',
      organisation: 'Organisation',
      activities: 'Processing activities',
    },
    header: {
      register: 'Open register',
      file: 'File',
      unnamedOrganisation: 'Unnamed organisation',
      saveAs: 'Save as …',
      close: 'Close register',
    },
    actions: {
      save: 'Save',
      saving: 'Saving …',
      cancel: 'Cancel',
      delete: 'Delete',
      remove: 'Remove',
      dismiss: 'Dismiss message',
    },
    form: {
      unsaved: 'Unsaved changes',
      allSaved: 'All changes saved',
      notSavedYet: 'Not saved yet',
      noChanges: 'There are no changes to save.',
      required: 'Required',
      shortcutHint: 'Save with Ctrl+S (macOS: Cmd+S)',
      checkFields: 'Please check the marked fields.',
      choose: '– please choose –',
    },
  },
);
