import { messages, type Messages } from '../../i18n/messages';
import type { RegisterSnapshot } from '../snapshot';
import { createArt30Context, type Art30Context } from '../art30/context';
import type { ResolvedArt30Options } from '../art30/options';

export type ProcessorTexts = Messages['processorDocument'];

/** The controller record's context (texts, lookups) plus the processor record's own texts. */
export interface ProcessorContext extends Art30Context {
  processor: ProcessorTexts;
}

export function createProcessorContext(snapshot: RegisterSnapshot, options: ResolvedArt30Options): ProcessorContext {
  return { ...createArt30Context(snapshot, options), processor: messages[options.language].processorDocument };
}
