import { z } from 'zod';
import { LanguageSchema } from '../../model/common';
import type { Settings } from '../../model/register';
import { channel } from '../define';

export interface AppInfo {
  version: string;
  platform: string;
  settingsPath: string;
}

export const appChannels = {
  'app.info': channel<AppInfo>()(z.void()),
  'settings.get': channel<Settings>()(z.void()),
  'settings.update': channel<Settings>()(
    z.object({
      language: LanguageSchema.optional(),
      actorName: z.string().trim().max(200).optional(),
    }),
  ),
  /** Opens a web link in the system browser after the safety check in main. */
  'app.openExternal': channel<boolean>()(z.object({ url: z.string().max(2000) })),
} as const;
