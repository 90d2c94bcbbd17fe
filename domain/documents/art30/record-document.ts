import type { RecordKind } from '../../ipc/channels/documents';
import { buildArt30Document } from './build-art30-document';
import type { Art30DocumentOptions } from './options';
import type { PdfDocumentDefinition } from './pdf-types';
import { buildProcessorRecordDocument } from '../processor-record/build-processor-record';
import type { RegisterSnapshot } from '../snapshot';

export type { RecordKind };

export interface RecordDocumentOptions extends Art30DocumentOptions {
  /** Default 'controller'. */
  record?: RecordKind;
}

/** The controller record (Art. 30(1)) or the processor record (Art. 30(2)) as a document definition. */
export function buildRecordDocument(snapshot: RegisterSnapshot, options: RecordDocumentOptions): PdfDocumentDefinition {
  const { record = 'controller', ...rest } = options;
  return record === 'processor' ? buildProcessorRecordDocument(snapshot, rest) : buildArt30Document(snapshot, rest);
}
