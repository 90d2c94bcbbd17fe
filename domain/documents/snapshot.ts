import type { Activity, ApprovedRevision, AttachmentMeta, Channel, Organisation, Party, ProcessorRecord, TomMeasure } from '../model';
import type { ChangesReport } from '../rules/submission-changes';

/** Everything documents are generated from, read once so a document is consistent in itself. */
export interface RegisterSnapshot {
  organisation: Organisation;
  activities: Activity[];
  parties: Party[];
  channels: Channel[];
  processorRecords: ProcessorRecord[];
  toms: TomMeasure[];
  attachments: AttachmentMeta[];
  /**
   * Approved revisions of activities. The authority version prints the revision while a change
   * is in progress; the internal version shows both states. Absent: no activity has one.
   */
  approvedRevisions?: ApprovedRevision[];
  /** When present, the controller record ends with it as an annex: changes since the last submission. */
  changesAnnex?: ChangesAnnex;
}

export interface ChangesAnnex {
  report: ChangesReport;
  /** The submission compared with; null when none was recorded. */
  submission: { submittedAt: string; authority: string } | null;
}
