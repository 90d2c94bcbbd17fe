import { bilingual } from '../types';

/** The list of processing activities and the Art. 30 export. */
export const activityList = bilingual(
  {
    heading: 'Verarbeitungstätigkeiten',
    new: 'Neue Verarbeitungstätigkeit',
    searchLabel: 'Suchen',
    searchHint: 'Sucht in allen Angaben der Tätigkeiten.',
    includeArchived: 'Archivierte anzeigen',
    loading: 'Liste wird geladen …',
    tableCaption: 'Verarbeitungstätigkeiten des Verzeichnisses',
    open: '{name} bearbeiten',
    emptyTitle: 'Noch keine Verarbeitungstätigkeiten',
    emptyText: 'Legen Sie für jede Verarbeitung personenbezogener Daten eine Tätigkeit an – zum Beispiel Lohnabrechnung, Bewerbermanagement oder Kundenservice.',
    export: {
      heading: 'Verzeichnis ausgeben',
      language: 'Sprache des PDF',
      button: 'Art.-30-Verzeichnis als PDF exportieren …',
      busy: 'PDF wird erstellt …',
      progress: 'PDF wird erstellt … {done} von {total}',
      saved: 'Das PDF wurde gespeichert: {path}',
    },
  },
  {
    heading: 'Processing activities',
    new: 'New processing activity',
    searchLabel: 'Search',
    searchHint: 'Searches all details of the activities.',
    includeArchived: 'Show archived',
    loading: 'Loading the list …',
    tableCaption: 'Processing activities of the register',
    open: 'Edit {name}',
    emptyTitle: 'No processing activities yet',
    emptyText: 'Create an activity for every processing of personal data – for example payroll, recruiting or customer service.',
    export: {
      heading: 'Print the record',
      language: 'Language of the PDF',
      button: 'Export Art. 30 record (PDF) …',
      busy: 'Creating the PDF …',
      progress: 'Creating the PDF … {done} of {total}',
      saved: 'The PDF has been saved: {path}',
    },
  },
);
