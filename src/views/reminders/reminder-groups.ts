import { REMINDER_KINDS, REMINDER_SEVERITIES, type Reminder, type ReminderKind, type ReminderSeverity } from '../../../domain/rules/reminders';

export interface ReminderKindGroup {
  kind: ReminderKind;
  reminders: Reminder[];
}

export interface ReminderSeverityGroup {
  severity: ReminderSeverity;
  count: number;
  kinds: ReminderKindGroup[];
}

/**
 * Reminders grouped by severity (overdue, soon, info) and, inside, by kind in the rules' order;
 * empty groups are left out, the order within a group is the one main sent (earliest first).
 */
export function groupReminders(reminders: readonly Reminder[]): ReminderSeverityGroup[] {
  return REMINDER_SEVERITIES.map((severity) => {
    const ofSeverity = reminders.filter((reminder) => reminder.severity === severity);
    const kinds = REMINDER_KINDS.map((kind) => ({ kind, reminders: ofSeverity.filter((reminder) => reminder.kind === kind) })).filter(
      (group) => group.reminders.length > 0,
    );
    return { severity, count: ofSeverity.length, kinds };
  }).filter((group) => group.count > 0);
}
