import { bilingual } from '../types';

/** Texts for AppError codes and schema issue codes, shown in the UI and printed by the CLI. */
export const errors = bilingual(
  {
    validation: 'Die Eingaben sind unvollständig oder ungültig.',
    unknown_channel: 'Unbekannte Aktion: {channel}',
    no_register_open: 'Es ist kein Verzeichnis geöffnet.',
    register_too_new:
      'Diese Datei wurde mit einer neueren Version von VVT Desk erstellt (Dateiversion {fileVersion}, diese Version liest bis {supportedVersion}). Bitte aktualisieren Sie VVT Desk.',
    register_outdated: 'Die Datei {path} stammt von einer älteren Version und wird beim Öffnen aktualisiert.',
    not_a_register: 'Die Datei {path} ist keine VVT-Desk-Verzeichnisdatei.',
    file_not_found: 'Die Datei {path} wurde nicht gefunden.',
    folder_not_found: 'Den Ordner {path} gibt es nicht (oder er ist kein Ordner).',
    file_exists: 'Unter {path} gibt es bereits eine Datei.',
    not_found: 'Der Eintrag wurde nicht gefunden (vielleicht inzwischen gelöscht).',
    conflict: 'Der Eintrag wurde zwischenzeitlich an anderer Stelle geändert. Bitte laden Sie ihn neu.',
    io: 'Die Datei konnte nicht gelesen oder geschrieben werden: {detail}',
    import_invalid: 'Die Importdatei ist ungültig: {detail}',
    internal: 'Ein unerwarteter Fehler ist aufgetreten: {detail}',
    issue: {
      invalid_type: 'Ungültiger Wert.',
      too_small: 'Bitte ausfüllen.',
      too_big: 'Der Text ist zu lang.',
      invalid_format: 'Ungültiges Format.',
      invalid_value: 'Ungültige Auswahl.',
      unrecognized_keys: 'Unbekannte Felder.',
      custom: 'Ungültiger Wert.',
      invalid_union: 'Ungültiger Wert.',
    },
  },
  {
    validation: 'The input is incomplete or invalid.',
    unknown_channel: 'Unknown action: {channel}',
    no_register_open: 'No register is open.',
    register_too_new:
      'This file was written by a newer version of VVT Desk (file version {fileVersion}, this version reads up to {supportedVersion}). Please update VVT Desk.',
    register_outdated: 'The file {path} comes from an older version and is upgraded when it is opened.',
    not_a_register: 'The file {path} is not a VVT Desk register file.',
    file_not_found: 'The file {path} was not found.',
    folder_not_found: 'The folder {path} does not exist (or is not a folder).',
    file_exists: 'A file already exists at {path}.',
    not_found: 'The entry was not found (it may have been deleted meanwhile).',
    conflict: 'The entry was changed elsewhere in the meantime. Please reload it.',
    io: 'The file could not be read or written: {detail}',
    import_invalid: 'The import file is invalid: {detail}',
    internal: 'An unexpected error occurred: {detail}',
    issue: {
      invalid_type: 'Invalid value.',
      too_small: 'Please fill in.',
      too_big: 'The text is too long.',
      invalid_format: 'Invalid format.',
      invalid_value: 'Invalid choice.',
      unrecognized_keys: 'Unknown fields.',
      custom: 'Invalid value.',
      invalid_union: 'Invalid value.',
    },
  },
);
