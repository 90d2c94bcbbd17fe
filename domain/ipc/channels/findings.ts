import { z } from 'zod';
import { LanguageSchema } from '../../model/common';
import type { EngineFinding } from '../../rules/engine/finding-builder';
import { channel } from '../define';

export const findingChannels = {
  /**
   * Every finding of the register (organisation, activities, parties, channels, processor
   * records) — the same list `vvt check` prints; params follow `language`.
   */
  'findings.register': channel<EngineFinding[]>()(
    z.object({ today: z.iso.date().optional(), language: LanguageSchema.default('de') }).default({ language: 'de' }),
  ),
} as const;
