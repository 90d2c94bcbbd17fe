import { z } from 'zod';
import { LanguageSchema } from '../../model/common';
import type { ActivityFindings } from '../../rules/findings';
import type { ErrorCode } from '../result';
import type { Reminder, ReminderCounts } from '../../rules/reminders';
import { channel } from '../define';

/** Reminder counts of one recent register; `error` when it could not be read (moved, too new, …). */
export interface RecentRegisterCounts {
  path: string;
  counts: ReminderCounts | null;
  error?: ErrorCode;
}

/** "Today" defaults to main's local date; tests and previews may pass another one. */
const TodaySchema = z.object({ today: z.iso.date().optional() }).default({});

export const reminderChannels = {
  /** Everything due, overdue first. */
  'reminders.list': channel<Reminder[]>()(TodaySchema),
  /** Counts per kind and severity for the start screen. */
  'reminders.counts': channel<ReminderCounts>()(TodaySchema),
  /** Counts for every register in the recent list, so an external DPO sees which client needs attention. */
  'reminders.recentCounts': channel<RecentRegisterCounts[]>()(TodaySchema),
  /** Findings of every activity that is not archived; texts in params follow `language`. */
  'findings.list': channel<ActivityFindings[]>()(
    z.object({ today: z.iso.date().optional(), language: LanguageSchema.default('de') }).default({ language: 'de' }),
  ),
} as const;
