import { z } from 'zod';
import { IdSchema } from '../../model/common';
import { ProcessorRecordSchema, type ProcessorRecord } from '../../model/processor-record';
import { checkedAgainstCatalogues, processorRecordCatalogueIssues } from '../../rules/catalogue-boundary';
import { channel } from '../define';

/** The processor record, Art. 30(2): processing this organisation does on behalf of controllers. */
export const processorChannels = {
  'processorRecords.list': channel<ProcessorRecord[]>()(z.void()),
  'processorRecords.get': channel<ProcessorRecord>()(z.object({ id: IdSchema })),
  /**
   * Creates or updates (version must match). Refused with a validation error (issue path
   * `record.controllerPartyId`) unless the controller is a party with the role
   * "client_controller", and (path `record.tomMeasureIds.N`) for unknown measures.
   */
  'processorRecords.save': channel<ProcessorRecord>()(z.object({ record: checkedAgainstCatalogues(ProcessorRecordSchema, processorRecordCatalogueIssues) })),
  'processorRecords.delete': channel<null>()(z.object({ id: IdSchema })),
} as const;
