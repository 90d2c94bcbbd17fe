import { bilingual } from '../types';

/** Texts of file safety: locks, integrity, backups, the change-log chain, encoding checks. */
export const reliability = bilingual(
  {
    encoding:
      'Die Datei ist nicht in UTF-8 kodiert: ungültiges Byte an Position {byteOffset} (Zeile {line}, Spalte {column}). Bitte als UTF-8 speichern; nichts wurde importiert.',
    link: {
      confirm: 'Diese Adresse im Browser öffnen?',
      confirmMail: 'Eine E-Mail an diese Adresse im Mailprogramm beginnen?',
      open: 'Öffnen',
      cancel: 'Abbrechen',
    },
    option: {
      withLog: 'export: das Änderungsprotokoll mit in die Datei schreiben',
      skipDamaged: 'export: beschädigte Einträge und Anhänge weglassen (werden genannt) statt abzubrechen',
      list: 'backup: vorhandene Sicherungen auflisten',
      verify: 'backup: jede Sicherung prüfen',
    },
    usage: {
      verify: 'Prüft eine Verzeichnisdatei: Seitenstruktur, Trigger und Hash-Kette des Änderungsprotokolls, Anhänge, unlesbare Einträge.',
      backup: 'Legt eine geprüfte Sicherung in <Datei>.backups/ an; mit --list auflisten, mit --verify prüfen.',
      restore: 'Stellt eine Sicherung (Name aus backup --list) wieder her; der aktuelle Stand wird vorher gesichert.',
    },
    cli: {
      skippedRow: 'Ausgelassen (unlesbar): {table} „{name}“ ({id})',
      skippedAttachment: 'Ausgelassen (Inhalt passt nicht mehr zur Prüfsumme): Anhang „{fileName}“ ({id})',
    },
    verify: {
      ok: 'In Ordnung: {path} ({entries} Protokolleinträge, Kettenkopf {head})',
      failed: 'Die Prüfung von {path} hat Probleme gefunden (siehe oben).',
      page: 'Datenbankstruktur beschädigt: {detail}',
      trigger: 'Trigger des Änderungsprotokolls fehlt: {name} (Änderungen würden nicht protokolliert)',
      chain: {
        missing_entry: 'Änderungsprotokoll: Eintrag {seq} fehlt (gelöscht)',
        changed_entry: 'Änderungsprotokoll: Eintrag {seq} wurde verändert (Hash-Kette bricht hier)',
        missing_hash: 'Änderungsprotokoll: Eintrag {seq} ist nicht verkettet (außerhalb der App geschrieben)',
        extra_hash: 'Änderungsprotokoll: Kettenglied {seq} ohne Eintrag',
      },
      more: '… und {count} weitere Stellen',
      attachment: 'Anhang „{fileName}“ ({id}) passt nicht mehr zu seiner Prüfsumme',
      row: 'Unlesbarer Eintrag in {table}: „{name}“ ({id}): {problem}',
    },
    backup: {
      none: 'Keine Sicherungen für {path}.',
      created: 'Sicherung angelegt: {file}',
      restored: '{path} aus der Sicherung {name} wiederhergestellt; der vorherige Stand liegt in {safety}.',
      sound: '[geprüft: in Ordnung]',
      damaged: '[geprüft: BESCHÄDIGT]',
      checkFailed: 'Mindestens eine Sicherung hat die Prüfung nicht bestanden.',
      reason: {
        open: 'beim Öffnen',
        manual: 'manuell',
        import: 'vor Import',
        replace: 'vor Ersetzen',
        restore: 'vor Wiederherstellen',
        migration: 'vor Aktualisierung',
      },
    },
  },
  {
    encoding:
      'The file is not UTF-8 encoded: invalid byte at offset {byteOffset} (line {line}, column {column}). Please save it as UTF-8; nothing was imported.',
    link: {
      confirm: 'Open this address in the browser?',
      confirmMail: 'Start an e-mail to this address in the mail program?',
      open: 'Open',
      cancel: 'Cancel',
    },
    option: {
      withLog: 'export: include the change log in the file',
      skipDamaged: 'export: leave out damaged entries and attachments (they are named) instead of stopping',
      list: 'backup: list the existing backups',
      verify: 'backup: check every backup',
    },
    usage: {
      verify: 'Checks a register file: page structure, change-log triggers and hash chain, attachments, unreadable entries.',
      backup: 'Writes a checked backup into <file>.backups/; --list lists them, --verify checks them.',
      restore: 'Restores a backup (name from backup --list); the current state is backed up first.',
    },
    cli: {
      skippedRow: 'Left out (unreadable): {table} "{name}" ({id})',
      skippedAttachment: 'Left out (content no longer matches its checksum): attachment "{fileName}" ({id})',
    },
    verify: {
      ok: 'Sound: {path} ({entries} change-log entries, chain head {head})',
      failed: 'Checking {path} found problems (see above).',
      page: 'Database structure damaged: {detail}',
      trigger: 'Change-log trigger missing: {name} (changes would go unrecorded)',
      chain: {
        missing_entry: 'Change log: entry {seq} is missing (deleted)',
        changed_entry: 'Change log: entry {seq} was altered (the hash chain breaks here)',
        missing_hash: 'Change log: entry {seq} is not chained (written outside the app)',
        extra_hash: 'Change log: chain link {seq} without entry',
      },
      more: '… and {count} more',
      attachment: 'Attachment "{fileName}" ({id}) no longer matches its checksum',
      row: 'Unreadable entry in {table}: "{name}" ({id}): {problem}',
    },
    backup: {
      none: 'No backups of {path}.',
      created: 'Backup written: {file}',
      restored: '{path} restored from backup {name}; the previous state is in {safety}.',
      sound: '[checked: sound]',
      damaged: '[checked: DAMAGED]',
      checkFailed: 'At least one backup failed its check.',
      reason: {
        open: 'on open',
        manual: 'manual',
        import: 'before import',
        replace: 'before replace',
        restore: 'before restore',
        migration: 'before upgrade',
      },
    },
  },
);
