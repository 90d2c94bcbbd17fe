import { z } from 'zod';
import { IdSchema, LanguageSchema } from '../../model/common';
import { TomMeasureSchema, type TomMeasure } from '../../model/tom';
import { channel } from '../define';

export interface TomImportResult {
  imported: number;
  /** Requested entries already in the register (matched by catalogue id). */
  skipped: number;
}

export interface TomDeleteResult {
  /** Activities and processor records that referenced the measure and no longer do. */
  unlinkedActivities: number;
  unlinkedProcessorRecords: number;
}

/** The organisation-wide catalogue of technical and organisational measures (Art. 32). */
export const tomChannels = {
  'toms.list': channel<TomMeasure[]>()(z.void()),
  /** Creates or updates (version must match). */
  'toms.save': channel<TomMeasure>()(z.object({ measure: TomMeasureSchema })),
  /** Deletes the measure and removes it from the activities and processor records using it, in one transaction. */
  'toms.delete': channel<TomDeleteResult>()(z.object({ id: IdSchema })),
  /**
   * Copies shipped measures (TOM_CATALOGUE; all when catalogueIds is omitted) in `language`,
   * skipping those already imported. Unknown catalogue ids are refused (validation).
   */
  'toms.importCatalogue': channel<TomImportResult>()(
    z.object({ catalogueIds: z.array(z.string().min(1).max(100)).max(1000).optional(), language: LanguageSchema }),
  ),
} as const;
