import { bilingual } from '../types';

/** Approval data in the JSON interchange format: problems at import and the import report. */
export const interchangeApproval = bilingual(
  {
    problem: {
      revision_other_activity: 'die freigegebene Fassung gehört zur Tätigkeit {id}, nicht zu {activityId}',
      revision_not_approved: 'eine freigegebene Fassung muss den Status "approved" haben, gefunden {value}',
      approved_content_differs:
        'die Tätigkeit „{name}“ ist in der Datei freigegeben, ihr Inhalt weicht aber von ihrer freigegebenen Fassung ab – welcher Stand freigegeben ist, bleibt offen',
      submission_count_mismatch: 'angegebene Zahl der Tätigkeiten {count}, die Übermittlung enthält {printed}',
    },
    targets: { activity: 'eine Tätigkeit' },
    assumedApprover: 'Import aus „{file}“ am {date} (Datei ohne Freigabedaten)',
    report: {
      heading: 'Freigaben und Übermittlungen:',
      noApprovalData:
        'Die Datei hat das Format {version} und enthält keine Freigabedaten (freigegebene Fassungen, Übermittlungen an die Aufsichtsbehörde).',
      revisions: '{count} freigegebene Fassungen übernommen (wer, wann, Version, freigegebener Inhalt).',
      revisionsOne: '1 freigegebene Fassung übernommen (wer, wann, Version, freigegebener Inhalt).',
      kept: '{count} freigegebene Fassungen aus dem Verzeichnis beibehalten (gleicher Inhalt bzw. Änderung in Arbeit).',
      keptOne: '1 freigegebene Fassung aus dem Verzeichnis beibehalten (gleicher Inhalt bzw. Änderung in Arbeit).',
      removed: '{count} freigegebene Fassungen entfernt: die Datei enthält für diese Tätigkeiten keine.',
      removedOne: '1 freigegebene Fassung entfernt: die Datei enthält für diese Tätigkeit keine.',
      assumed:
        '{count} Tätigkeiten sind in der Datei freigegeben, aber ohne freigegebene Fassung. Sie bleiben freigegeben; ihr jetziger Inhalt gilt als freigegebene Fassung, im Änderungsprotokoll zugeschrieben: {approver}. Wer wann freigegeben hat, ist nicht bekannt – bitte prüfen und bei Bedarf erneut freigeben:',
      assumedOne:
        '1 Tätigkeit ist in der Datei freigegeben, aber ohne freigegebene Fassung. Sie bleibt freigegeben; ihr jetziger Inhalt gilt als freigegebene Fassung, im Änderungsprotokoll zugeschrieben: {approver}. Wer wann freigegeben hat, ist nicht bekannt – bitte prüfen und bei Bedarf erneut freigeben:',
      assumedItem: '  – {name} ({id})',
      pending: '{count} Tätigkeiten mit Änderung in Arbeit: die Fassung für die Aufsichtsbehörde druckt weiter ihre freigegebene Fassung.',
      pendingOne: '1 Tätigkeit mit Änderung in Arbeit: die Fassung für die Aufsichtsbehörde druckt weiter ihre freigegebene Fassung.',
      submissions: '{count} Übermittlungen an die Aufsichtsbehörde übernommen (Datum, Behörde, SHA-256, gedruckte Tätigkeiten).',
      submissionsOne: '1 Übermittlung an die Aufsichtsbehörde übernommen (Datum, Behörde, SHA-256, gedruckte Tätigkeiten).',
      submissionsKept: '{count} Übermittlungen des Verzeichnisses beibehalten, die die Datei nicht enthält (Übermittlungen werden nie gelöscht).',
      submissionsKeptOne: '1 Übermittlung des Verzeichnisses beibehalten, die die Datei nicht enthält (Übermittlungen werden nie gelöscht).',
      noSubmissions: 'Keine Übermittlungen an die Aufsichtsbehörde.',
      logNotCarried:
        'Das Änderungsprotokoll wird nicht übernommen: das Verzeichnis führt sein eigenes, neu verkettetes Protokoll, das mit diesem Import beginnt. Die Freigaben und Übermittlungen oben sind als Daten übernommen.',
      logInFile: 'Die Datei enthält {count} Protokolleinträge (bis {last}); sie bleiben zum Nachlesen in der Datei.',
      logInFileOne: 'Die Datei enthält 1 Protokolleintrag ({last}); er bleibt zum Nachlesen in der Datei.',
      exported: 'Freigegebene Fassungen: {revisions}; Übermittlungen an die Aufsichtsbehörde: {submissions}.',
      exportedLog: 'Das Änderungsprotokoll ist zum Nachlesen enthalten (Einträge: {count}); ein Import übernimmt es nicht.',
      exportedNoLog: 'Das Änderungsprotokoll ist nicht enthalten (mit --with-log zum Nachlesen); ein Import übernimmt es ohnehin nicht.',
    },
    ui: {
      imported: 'Importiert nach {path}. Bitte den Importbericht unten unter „Daten austauschen“ lesen.',
      reportHeading: 'Importbericht: {file}',
      dismiss: 'Bericht schließen',
    },
    errors: {
      submissionConflict:
        'Die Übermittlung {id} ({submittedAt}) steht mit anderem Inhalt schon im Verzeichnis. Übermittlungen werden nie geändert; der Import wurde nicht ausgeführt.',
    },
  },
  {
    problem: {
      revision_other_activity: 'the approved revision belongs to activity {id}, not to {activityId}',
      revision_not_approved: 'an approved revision must have the status "approved", found {value}',
      approved_content_differs:
        'the activity "{name}" is approved in the file but its content differs from its approved revision – which state was approved is unclear',
      submission_count_mismatch: 'the stated number of activities is {count}, the submission holds {printed}',
    },
    targets: { activity: 'an activity' },
    assumedApprover: 'import of "{file}" on {date} (file without approval data)',
    report: {
      heading: 'Approvals and submissions:',
      noApprovalData: 'The file has format {version} and carries no approval data (approved revisions, submissions to the authority).',
      revisions: '{count} approved revisions taken over (who, when, version, approved content).',
      revisionsOne: '1 approved revision taken over (who, when, version, approved content).',
      kept: '{count} approved revisions of the register kept (same content, or a change in progress).',
      keptOne: '1 approved revision of the register kept (same content, or a change in progress).',
      removed: '{count} approved revisions removed: the file has none for these activities.',
      removedOne: '1 approved revision removed: the file has none for this activity.',
      assumed:
        '{count} activities are approved in the file but have no approved revision. They stay approved; their current content counts as the approved revision, attributed in the change log to: {approver}. Who approved them and when is not known – please check and approve again where needed:',
      assumedOne:
        '1 activity is approved in the file but has no approved revision. It stays approved; its current content counts as the approved revision, attributed in the change log to: {approver}. Who approved it and when is not known – please check and approve again where needed:',
      assumedItem: '  – {name} ({id})',
      pending: '{count} activities with a change in progress: the authority version keeps printing their approved revision.',
      pendingOne: '1 activity with a change in progress: the authority version keeps printing its approved revision.',
      submissions: '{count} submissions to the supervisory authority taken over (date, authority, SHA-256, printed activities).',
      submissionsOne: '1 submission to the supervisory authority taken over (date, authority, SHA-256, printed activities).',
      submissionsKept: '{count} submissions of the register kept that the file does not contain (submissions are never deleted).',
      submissionsKeptOne: '1 submission of the register kept that the file does not contain (submissions are never deleted).',
      noSubmissions: 'No submissions to the supervisory authority.',
      logNotCarried:
        'The change log is not carried over: the register keeps its own, newly chained log, which starts with this import. The approvals and submissions above are taken over as data.',
      logInFile: 'The file contains {count} change-log entries (up to {last}); they stay in the file for reading.',
      logInFileOne: 'The file contains 1 change-log entry ({last}); it stays in the file for reading.',
      exported: 'Approved revisions: {revisions}; submissions to the supervisory authority: {submissions}.',
      exportedLog: 'The change log is included for reading (entries: {count}); an import does not take it over.',
      exportedNoLog: 'The change log is not included (add --with-log to read it); an import would not take it over anyway.',
    },
    ui: {
      imported: 'Imported to {path}. Please read the import report below under "Exchange data".',
      reportHeading: 'Import report: {file}',
      dismiss: 'Close report',
    },
    errors: {
      submissionConflict:
        'Submission {id} ({submittedAt}) is already in the register with different content. Submissions are never changed; nothing was imported.',
    },
  },
);
