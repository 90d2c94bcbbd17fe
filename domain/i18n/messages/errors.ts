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
    file_exists: 'Unter {path} gibt es bereits eine Datei.',
    not_found: 'Der Eintrag wurde nicht gefunden (vielleicht inzwischen gelöscht).',
    conflict: 'Der Eintrag wurde zwischenzeitlich an anderer Stelle geändert. Bitte laden Sie ihn neu.',
    io: 'Die Datei konnte nicht gelesen oder geschrieben werden: {detail}',
    import_invalid: 'Die Importdatei ist ungültig: {detail}',
    internal: 'Ein unerwarteter Fehler ist aufgetreten: {detail}',
    register_locked:
      'Das Verzeichnis {path} ist seit {since} in einem anderen Fenster oder Programm geöffnet ({program}, Prozess {pid} auf {host}). Bitte dort schließen und erneut versuchen.',
    register_damaged: 'Die Datei {path} ist beschädigt: {detail}. Betroffen ist nur das Genannte; stellen Sie eine Sicherung wieder her (vvt restore) oder exportieren Sie ohne die beschädigten Teile (vvt export --skip-damaged).',
    register_tampered: 'Das Änderungsprotokoll von {path} ist nicht mehr vollständig oder verändert: {detail}. Die Datei wird nur lesend geöffnet; Details mit vvt verify.',
    leftover_files: 'Unter {path} liegen Reste einer früheren Datenbank ({files}). Sie könnten Daten enthalten: bitte die Dateien verschieben oder das zugehörige Verzeichnis erst öffnen; es wurde nichts geschrieben.',
    disk_full: 'Der Datenträger ist voll: {detail}. Es wurde nichts verändert; bitte Platz schaffen und erneut versuchen.',
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
    file_exists: 'A file already exists at {path}.',
    not_found: 'The entry was not found (it may have been deleted meanwhile).',
    conflict: 'The entry was changed elsewhere in the meantime. Please reload it.',
    io: 'The file could not be read or written: {detail}',
    import_invalid: 'The import file is invalid: {detail}',
    internal: 'An unexpected error occurred: {detail}',
    register_locked:
      'The register {path} has been open in another window or program since {since} ({program}, process {pid} on {host}). Please close it there and try again.',
    register_damaged: 'The file {path} is damaged: {detail}. Only what is named is affected; restore a backup (vvt restore) or export without the damaged parts (vvt export --skip-damaged).',
    register_tampered: 'The change log of {path} is no longer complete or was altered: {detail}. The file is opened read-only; details with vvt verify.',
    leftover_files: 'Files of an earlier database lie at {path} ({files}). They may contain data: please move them away or first open the register they belong to; nothing was written.',
    disk_full: 'The disk is full: {detail}. Nothing was changed; please free some space and try again.',
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
