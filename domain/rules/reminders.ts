import { CHECKLIST_ITEMS, type Channel } from '../model/channel';
import type { Activity } from '../model/activity';
import type { Party } from '../model/party';
import type { FindingParams } from './finding';
import { partyLinkIndex } from './party-links';
import { dpfCheckState, latestDpfCheck } from './transfer-assessment';

/**
 * Dates the DPO must act on: AVVs running out, reviews falling due, missing AVVs and signed
 * documents, DPF certifications to re-check, channel checklists and activity reviews.
 * Messages: i18n key `parties.reminders.<code>` with `params`.
 */
export const REMINDER_KINDS = [
  'avv_expiry',
  'contract_review',
  'processor_without_avv',
  'contract_document_missing',
  'dpf_check',
  'channel_checklist',
  'activity_review',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_SEVERITIES = ['overdue', 'soon', 'info'] as const;
export type ReminderSeverity = (typeof REMINDER_SEVERITIES)[number];

export const REMINDER_CODES = [
  'avv_expired',
  'avv_expiring',
  'contract_review_due',
  'contract_review_soon',
  'processor_without_avv',
  'contract_document_missing',
  'dpf_check_missing',
  'dpf_check_outdated',
  'dpf_check_soon',
  'checklist_items_open',
  'checklist_review_due',
  'checklist_review_soon',
  'activity_review_due',
  'activity_review_soon',
] as const;
export type ReminderCode = (typeof REMINDER_CODES)[number];

export interface ReminderSubject {
  type: 'party' | 'channel' | 'activity';
  id: string;
  name: string;
}

export interface Reminder {
  kind: ReminderKind;
  severity: ReminderSeverity;
  subject: ReminderSubject;
  /** YYYY-MM-DD, or '' when nothing has a date yet (e.g. a missing AVV). */
  dueDate: string;
  code: ReminderCode;
  params: FindingParams;
}

export interface ReminderInput {
  parties: readonly Party[];
  channels: readonly Channel[];
  activities: readonly Activity[];
  /** Today as YYYY-MM-DD. */
  today: string;
  /** How far ahead "soon" reaches. */
  soonDays?: number;
}

export const SOON_DAYS = 60;

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Where a date stands: passed (or, for deadlines that fall due on the day, reached), soon, or later. */
function dateState(date: string, today: string, soonUntil: string, overdueOnTheDay: boolean): ReminderSeverity | null {
  if (!date) return null;
  if (date < today || (overdueOnTheDay && date === today)) return 'overdue';
  return date <= soonUntil ? 'soon' : null;
}

type DatedKind = 'avv_expiry' | 'contract_review' | 'channel_checklist' | 'activity_review';

const DATED_CODES: Record<DatedKind, { overdue: ReminderCode; soon: ReminderCode }> = {
  avv_expiry: { overdue: 'avv_expired', soon: 'avv_expiring' },
  contract_review: { overdue: 'contract_review_due', soon: 'contract_review_soon' },
  channel_checklist: { overdue: 'checklist_review_due', soon: 'checklist_review_soon' },
  activity_review: { overdue: 'activity_review_due', soon: 'activity_review_soon' },
};

function reminder(
  kind: ReminderKind,
  severity: ReminderSeverity,
  subject: ReminderSubject,
  dueDate: string,
  code: ReminderCode,
  params: FindingParams = {},
): Reminder {
  return { kind, severity, subject, dueDate, code, params: { name: subject.name, ...(dueDate ? { dueDate } : {}), ...params } };
}

export function collectReminders(input: ReminderInput): Reminder[] {
  const { today } = input;
  const soonUntil = addDays(today, input.soonDays ?? SOON_DAYS);
  /** Review dates fall due on the day; an AVV valid until today is still valid today. */
  const due = (kind: DatedKind, subject: ReminderSubject, date: string, params: FindingParams = {}): Reminder[] => {
    const severity = dateState(date, today, soonUntil, kind !== 'avv_expiry');
    const code = DATED_CODES[kind][severity === 'overdue' ? 'overdue' : 'soon'];
    return severity ? [reminder(kind, severity, subject, date, code, params)] : [];
  };
  const links = partyLinkIndex(input.activities, input.channels);

  const partyReminders = input.parties.flatMap((party): Reminder[] => {
    const subject: ReminderSubject = { type: 'party', id: party.id, name: party.name };
    const contracts = party.contracts.flatMap((contract) => {
      const params = { contract: contract.title || contract.type };
      return [
        ...(contract.type === 'avv' ? due('avv_expiry', subject, contract.validUntil, params) : []),
        ...due('contract_review', subject, contract.nextReviewOn, params),
        // Terms accepted online have no signed document to store.
        ...(!contract.attachmentId && !contract.documentLocation && contract.conclusion !== 'accepted_online'
          ? [reminder('contract_document_missing', 'info', subject, '', 'contract_document_missing', params)]
          : []),
      ];
    });
    const linkedAsProcessor = input.activities.some((a) => a.recipients.some((r) => r.partyId === party.id && r.kind === 'processor'));
    const lacksAvv = (party.roles.includes('processor') || linkedAsProcessor) && !party.contracts.some((c) => c.type === 'avv');
    const activities = (links.get(party.id)?.activities ?? []).map((a) => a.name).join(', ');
    if (!lacksAvv) return contracts;
    return [...contracts, reminder('processor_without_avv', 'overdue', subject, '', 'processor_without_avv', { activities })];
  });

  const channelReminders = input.channels.flatMap((channel): Reminder[] => {
    const subject: ReminderSubject = { type: 'channel', id: channel.id, name: channel.name };
    const open = CHECKLIST_ITEMS.filter((item) => (channel.checklist[item]?.status ?? 'open') === 'open').length;
    const reviews = CHECKLIST_ITEMS.flatMap((item, index) => {
      const entry = channel.checklist[item];
      if (!entry || entry.status === 'not_applicable') return [];
      return due('channel_checklist', subject, entry.nextReviewOn, { item, itemNumber: index + 1 });
    });
    if (!open) return reviews;
    return [...reviews, reminder('channel_checklist', 'info', subject, '', 'checklist_items_open', { count: open, total: CHECKLIST_ITEMS.length })];
  });

  const activityReminders = input.activities
    .filter((a) => a.status !== 'archived')
    .flatMap((a) => due('activity_review', { type: 'activity', id: a.id, name: a.name }, a.nextReviewOn));

  return sortReminders([...partyReminders, ...dpfReminders(input, soonUntil), ...channelReminders, ...activityReminders]);
}

/** DPF certifications relied on by transfers (and claimed by parties) must be re-checked yearly. */
function dpfReminders(input: ReminderInput, soonUntil: string): Reminder[] {
  const checks = new Map<string, { subject: ReminderSubject; checkedOn: string; inEffect: boolean }>();
  // inEffect: an approved activity (or the party itself) relies on the certification now.
  const note = (key: string, subject: ReminderSubject, checkedOn: string, inEffect: boolean) => {
    const known = checks.get(key);
    checks.set(key, { subject, checkedOn: [known?.checkedOn ?? '', checkedOn].sort().at(-1)!, inEffect: inEffect || (known?.inEffect ?? false) });
  };
  const partiesById = new Map(input.parties.map((p) => [p.id, p]));
  for (const party of input.parties) {
    if (party.dpfCertified) note(party.id, { type: 'party', id: party.id, name: party.name }, party.dpfCheckedOn, true);
  }
  for (const activity of input.activities) {
    if (activity.status === 'archived') continue;
    for (const transfer of activity.transfers.filter((t) => t.mechanism === 'dpf')) {
      const party = partiesById.get(transfer.partyId);
      const inEffect = activity.status === 'approved';
      if (party) note(party.id, { type: 'party', id: party.id, name: party.name }, latestDpfCheck(transfer, party), inEffect);
      else note(`${activity.id}/${transfer.id}`, { type: 'activity', id: activity.id, name: activity.name }, transfer.dpfCheckedOn, inEffect);
    }
  }
  return [...checks.values()].flatMap(({ subject, checkedOn, inEffect }): Reminder[] => {
    const check = dpfCheckState(checkedOn, input.today);
    // A check never made is overdue once something relies on it; for drafts (e.g. a fresh
    // register from a template) it is a to-do, not a missed date.
    if (check.state === 'missing') return [reminder('dpf_check', inEffect ? 'overdue' : 'soon', subject, '', 'dpf_check_missing')];
    const params = { checkedOn: check.checkedOn };
    if (check.state === 'outdated') return [reminder('dpf_check', 'overdue', subject, check.dueOn, 'dpf_check_outdated', params)];
    return check.dueOn <= soonUntil ? [reminder('dpf_check', 'soon', subject, check.dueOn, 'dpf_check_soon', params)] : [];
  });
}

const SEVERITY_ORDER: Record<ReminderSeverity, number> = { overdue: 0, soon: 1, info: 2 };

/** Overdue first, then soon, then notices; within each the earliest date (undated first) first. */
export function sortReminders(reminders: Reminder[]): Reminder[] {
  return reminders.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.subject.name.localeCompare(b.subject.name, 'de'),
  );
}

export type SeverityCounts = Record<ReminderSeverity, number>;

export interface ReminderCounts {
  total: number;
  bySeverity: SeverityCounts;
  byKind: Record<ReminderKind, SeverityCounts>;
}

export function countReminders(reminders: readonly Reminder[]): ReminderCounts {
  const zero = (): SeverityCounts => ({ overdue: 0, soon: 0, info: 0 });
  const counts: ReminderCounts = {
    total: reminders.length,
    bySeverity: zero(),
    byKind: Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, zero()])) as Record<ReminderKind, SeverityCounts>,
  };
  for (const r of reminders) {
    counts.bySeverity[r.severity] += 1;
    counts.byKind[r.kind][r.severity] += 1;
  }
  return counts;
}
