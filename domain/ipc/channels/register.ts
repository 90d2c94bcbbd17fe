import { z } from 'zod';
import type { RegisterInfo } from '../../model/register';
import { channel } from '../define';

const PathSchema = z.string().min(1).max(4096);

export const registerChannels = {
  'register.current': channel<RegisterInfo | null>()(z.void()),
  /** Asks where to save (dialog in main) and creates an empty register there; null if cancelled. */
  'register.create': channel<RegisterInfo | null>()(z.object({ organisationName: z.string().trim().max(500).default('') })),
  /** Asks which file to open (dialog in main); null if cancelled. */
  'register.open': channel<RegisterInfo | null>()(z.void()),
  /** Reopens a file from the recent list; other paths are refused. */
  'register.openRecent': channel<RegisterInfo>()(z.object({ path: PathSchema })),
  /**
   * Opens the register main was asked for (file association, "Open recent" menu) after the
   * renderer protected unsaved edits; main keeps the path, so no path crosses here.
   */
  'register.openRequested': channel<RegisterInfo>()(z.void()),
  /** Asks for a new file name (dialog in main), copies the register there and continues in the copy; null if cancelled. */
  'register.saveAs': channel<RegisterInfo | null>()(z.void()),
  'register.close': channel<null>()(z.void()),
} as const;
