import { z } from 'zod';
import { LanguageSchema } from '../../model/common';
import { channel } from '../define';

export const Art30VariantSchema = z.enum(['authority', 'internal']);
export type Art30Variant = z.infer<typeof Art30VariantSchema>;

export interface ExportedFile {
  path: string;
  bytes: number;
}

export const documentChannels = {
  /** Asks where to save (dialog in main) and writes the controller record as PDF; null if cancelled. */
  'documents.exportArt30Pdf': channel<ExportedFile | null>()(
    z.object({ language: LanguageSchema, variant: Art30VariantSchema.default('authority') }),
  ),
} as const;
