import type { Activity, AttachmentMeta, Channel, Organisation, Party, ProcessorRecord, TomMeasure } from '../model';

/** Everything documents are generated from, read once so a document is consistent in itself. */
export interface RegisterSnapshot {
  organisation: Organisation;
  activities: Activity[];
  parties: Party[];
  channels: Channel[];
  processorRecords: ProcessorRecord[];
  toms: TomMeasure[];
  attachments: AttachmentMeta[];
}
