import { AppError } from '../../domain/ipc/result';
import { collectFindings } from '../../domain/rules/findings';
import { collectReminders, countReminders } from '../../domain/rules/reminders';
import { localIsoDate } from '../../domain/rules/status-workflow';
import type { AppContext } from '../app/context';
import type { RegisterStore } from '../storage/register-store';
import type { FeatureHandlers } from './types';

type ReminderChannel = 'reminders.list' | 'reminders.counts' | 'reminders.recentCounts' | 'findings.list';

async function registerFacts(store: RegisterStore) {
  const [parties, channels, activities] = await Promise.all([store.parties.list(), store.channels.list(), store.activities.list()]);
  return { parties, channels, activities };
}

export function reminderHandlers(ctx: AppContext): FeatureHandlers<ReminderChannel> {
  const remindersOf = async (store: RegisterStore, today = localIsoDate()) => collectReminders({ ...(await registerFacts(store)), today });
  const reminders = (today?: string) => remindersOf(ctx.session.require(), today);
  return {
    'reminders.recentCounts': async ({ today }) => {
      const results = [];
      for (const { path } of ctx.settings.get().recentRegisters) {
        try {
          results.push({ path, counts: countReminders(await ctx.session.peek(path, (store) => remindersOf(store, today))) });
        } catch (error) {
          results.push({ path, counts: null, error: error instanceof AppError ? error.code : ('internal' as const) });
        }
      }
      return results;
    },
    'reminders.list': ({ today }) => reminders(today),
    'reminders.counts': async ({ today }) => countReminders(await reminders(today)),
    'findings.list': async ({ today, language }) => {
      const { parties, channels, activities } = await registerFacts(ctx.session.require());
      return collectFindings(activities, { parties, channels, today: today ?? localIsoDate(), language });
    },
  };
}
