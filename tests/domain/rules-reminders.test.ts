import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  ChannelSchema,
  ContractSchema,
  PartySchema,
  type Activity,
  type Channel,
  type Contract,
  type Party,
} from '../../domain/model';
import { addDays, collectReminders, countReminders, type ReminderInput } from '../../domain/rules/reminders';

const TODAY = '2026-06-15';

function avv(extra: Partial<Contract> = {}): Contract {
  return ContractSchema.parse({ id: `c-${Math.random()}`, type: 'avv', title: 'AVV', attachmentId: 'doc', ...extra });
}

function party(extra: Partial<Party> = {}): Party {
  return PartySchema.parse({ id: 'p1', name: 'Hosting GmbH', roles: ['processor'], contracts: [avv()], ...extra });
}

function reminders(input: Partial<ReminderInput>) {
  return collectReminders({ parties: [], channels: [], activities: [], today: TODAY, ...input });
}

describe('reminders', () => {
  it('shows an expired AVV as overdue and one expiring in 30 days as soon, one in 90 days not at all', () => {
    const expired = reminders({ parties: [party({ contracts: [avv({ validUntil: '2026-06-14' })] })] });
    expect(expired).toEqual([
      expect.objectContaining({ kind: 'avv_expiry', severity: 'overdue', code: 'avv_expired', dueDate: '2026-06-14', subject: { type: 'party', id: 'p1', name: 'Hosting GmbH' } }),
    ]);
    const soon = reminders({ parties: [party({ contracts: [avv({ validUntil: addDays(TODAY, 30) })] })] });
    expect(soon).toEqual([expect.objectContaining({ kind: 'avv_expiry', severity: 'soon', code: 'avv_expiring', dueDate: '2026-07-15' })]);
    expect(reminders({ parties: [party({ contracts: [avv({ validUntil: addDays(TODAY, 90) })] })] })).toEqual([]);
    // valid until today: still valid, so "soon", not expired
    expect(reminders({ parties: [party({ contracts: [avv({ validUntil: TODAY })] })] })[0].severity).toBe('soon');
  });

  it('reminds of contract reviews that are due or coming up', () => {
    const due = reminders({ parties: [party({ contracts: [avv({ nextReviewOn: TODAY })] })] });
    expect(due.map((r) => [r.code, r.severity])).toEqual([['contract_review_due', 'overdue']]);
    const upcoming = reminders({ parties: [party({ contracts: [avv({ nextReviewOn: addDays(TODAY, 59) })] })] });
    expect(upcoming.map((r) => [r.code, r.severity])).toEqual([['contract_review_soon', 'soon']]);
  });

  it('finds processors without any AVV, also when only an activity names them as processor', () => {
    expect(reminders({ parties: [party({ contracts: [] })] }).map((r) => r.code)).toEqual(['processor_without_avv']);
    const recipientOnly = party({ roles: [], contracts: [] });
    const activity = ActivitySchema.parse({
      id: 'a1',
      name: 'Hosting',
      recipients: [{ id: 'r1', label: 'Hoster', kind: 'processor', partyId: 'p1' }],
    });
    expect(reminders({ parties: [recipientOnly], activities: [activity] })).toEqual([
      expect.objectContaining({ code: 'processor_without_avv', params: expect.objectContaining({ activities: 'Hosting' }) }),
    ]);
    expect(reminders({ parties: [party({ roles: ['recipient'], contracts: [] })] })).toEqual([]);
  });

  it('lists contracts without an attached signed document unless the paper original is located', () => {
    expect(reminders({ parties: [party({ contracts: [avv({ attachmentId: '' })] })] }).map((r) => [r.code, r.severity])).toEqual([
      ['contract_document_missing', 'info'],
    ]);
    expect(reminders({ parties: [party({ contracts: [avv({ attachmentId: '', documentLocation: 'Ordner AVV 3' })] })] })).toEqual([]);
  });

  it('flags DPF checks older than a year, missing ones, and those due within 60 days', () => {
    const transferActivity = (partyId: string, dpfCheckedOn = ''): Activity =>
      ActivitySchema.parse({ id: 'a1', name: 'Support', transfers: [{ id: 't1', countryCode: 'US', mechanism: 'dpf', partyId, dpfCheckedOn }] });
    const meta = (dpfCheckedOn: string) => party({ id: 'meta', name: 'Meta', roles: [], contracts: [], dpfCertified: true, dpfCheckedOn });

    const outdated = reminders({ parties: [meta('2025-06-01')], activities: [transferActivity('meta')] });
    expect(outdated).toEqual([expect.objectContaining({ kind: 'dpf_check', severity: 'overdue', code: 'dpf_check_outdated', dueDate: '2026-06-01' })]);
    expect(reminders({ parties: [meta('')], activities: [transferActivity('meta')] }).map((r) => r.code)).toEqual(['dpf_check_missing']);
    expect(reminders({ parties: [meta('2025-07-20')], activities: [transferActivity('meta')] }).map((r) => r.code)).toEqual(['dpf_check_soon']);
    expect(reminders({ parties: [meta('2026-03-01')], activities: [transferActivity('meta')] })).toEqual([]);
    // a DPF transfer without a linked party is reminded on the activity
    expect(reminders({ activities: [transferActivity('', '2024-01-01')] })).toEqual([
      expect.objectContaining({ code: 'dpf_check_outdated', subject: { type: 'activity', id: 'a1', name: 'Support' } }),
    ]);
  });

  it('reports open checklist items and checklist reviews that are due', () => {
    const channel: Channel = ChannelSchema.parse({
      id: 'ch1',
      catalogueId: 'whatsapp_business_app',
      name: 'WhatsApp Business',
      checklist: {
        two_factor: { status: 'done', nextReviewOn: '2026-06-01' },
        security_reviewed: { status: 'done', nextReviewOn: addDays(TODAY, 10) },
        e2e_encryption_on: { status: 'not_applicable', nextReviewOn: '2020-01-01' },
      },
    });
    const found = reminders({ channels: [channel] });
    expect(found.map((r) => [r.code, r.severity, r.params.itemNumber ?? r.params.count])).toEqual([
      ['checklist_review_due', 'overdue', 14],
      ['checklist_review_soon', 'soon', 11],
      ['checklist_items_open', 'info', 12],
    ]);
  });

  it('reminds of activity reviews, but not for archived activities', () => {
    const activity = (status: Activity['status']) => ActivitySchema.parse({ id: 'a1', name: 'CRM', status, nextReviewOn: '2026-01-01' });
    expect(reminders({ activities: [activity('approved')] }).map((r) => [r.code, r.severity])).toEqual([['activity_review_due', 'overdue']]);
    expect(reminders({ activities: [activity('archived')] })).toEqual([]);
  });

  it('counts reminders per kind and severity', () => {
    const found = reminders({
      parties: [party({ contracts: [avv({ validUntil: '2026-01-01' }), avv({ validUntil: addDays(TODAY, 5), attachmentId: '' })] })],
    });
    const counts = countReminders(found);
    expect(counts.total).toBe(3);
    expect(counts.bySeverity).toEqual({ overdue: 1, soon: 1, info: 1 });
    expect(counts.byKind.avv_expiry).toEqual({ overdue: 1, soon: 1, info: 0 });
    expect(counts.byKind.contract_document_missing).toEqual({ overdue: 0, soon: 0, info: 1 });
    expect(counts.byKind.activity_review).toEqual({ overdue: 0, soon: 0, info: 0 });
  });
});
