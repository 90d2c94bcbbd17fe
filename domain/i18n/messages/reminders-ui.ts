import { bilingual } from '../types';

/** The reminders view and the reminder counts in the shell header. Reminder texts: parties.reminders.*. */
export const remindersUi = bilingual(
  {
    nav: 'Fristen und Erinnerungen',
    heading: 'Fristen und Erinnerungen',
    intro: 'Was fällig ist: auslaufende AVV, Vertragsprüfungen, fehlende AVV und Dokumente, DPF-Prüfungen, offene Checklisten und Überprüfungen von Tätigkeiten.',
    loading: 'Erinnerungen werden geladen …',
    emptyTitle: 'Nichts fällig',
    emptyText: 'Es gibt derzeit keine offenen Fristen oder Erinnerungen.',
    groupCount: '({count})',
    dueOn: 'fällig am {date}',
    open: {
      party: 'Beteiligten öffnen',
      channel: 'Kanal öffnen',
      activity: 'Tätigkeit öffnen',
    },
    openLabel: '{name} öffnen',
    counts: {
      label: 'Erinnerungen',
      overdue: '{count} überfällig',
      soon: '{count} demnächst',
      info: '{count} zur Kenntnis',
      show: 'Fristen und Erinnerungen anzeigen',
    },
  },
  {
    nav: 'Deadlines and reminders',
    heading: 'Deadlines and reminders',
    intro: 'What is due: DPAs running out, contract reviews, missing DPAs and documents, DPF checks, open checklists and activity reviews.',
    loading: 'Loading reminders …',
    emptyTitle: 'Nothing due',
    emptyText: 'There are no open deadlines or reminders at the moment.',
    groupCount: '({count})',
    dueOn: 'due on {date}',
    open: {
      party: 'Open party',
      channel: 'Open channel',
      activity: 'Open activity',
    },
    openLabel: 'Open {name}',
    counts: {
      label: 'Reminders',
      overdue: '{count} overdue',
      soon: '{count} soon',
      info: '{count} for information',
      show: 'Show deadlines and reminders',
    },
  },
);
