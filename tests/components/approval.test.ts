import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ApprovalState, HistoryEntry } from '../../domain/ipc/channels/approval';
import { AppError } from '../../domain/ipc/result';
import type { Activity } from '../../domain/model/activity';
import { makeFinding } from '../../domain/rules/engine/finding-builder';
import type { ActivityFinding } from '../../domain/rules/findings';
import { withStatus } from '../../domain/rules/status-workflow';
import type { FakeHandlers } from './support/fake-bridge';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';

// The gate's findings come from the engine: code = rule id, message in both languages.
const WARNING: ActivityFinding = makeFinding(
  'retention.missing',
  { kind: 'activity', id: 'act-1', name: 'Lohnabrechnung' },
  { section: 'data_category', id: 'dc-1' },
  { category: 'Bankverbindung' },
);

function state(overrides: Partial<ApprovalState> = {}): ApprovalState {
  return { revision: null, pending: false, changedFields: [], errors: [], warnings: [], ...overrides };
}

async function openInReview(extra: FakeHandlers) {
  const activity = makeActivity({ status: 'in_review' });
  const base = openRegisterHandlers([activity]);
  const handlers: FakeHandlers = {
    ...base,
    'activities.departments': () => [],
    'parties.list': () => [],
    'channels.list': () => [],
    'toms.list': () => [],
    'findings.list': () => [],
    ...extra,
  };
  const app = await mountApp(handlers);
  await byTestId(app.wrapper, 'activity-row').trigger('click');
  await flushPromises();
  return { ...app, activity, base };
}

describe('approval in the activity editor', () => {
  it('asks for a reason when the gate reports warnings and approves with it', async () => {
    let approved: Activity | null = null;
    const { wrapper, fake, activity } = await openInReview({
      'approval.state': () => state({ warnings: [WARNING] }),
      'activities.setStatus': () => {
        throw new AppError('validation', 'refused', { messageKey: 'approval.errors.acknowledgement_required', name: 'Lohnabrechnung', count: 1 });
      },
      'activities.approve': ({ acknowledgement }) => {
        approved = { ...withStatus(activity, 'approved', '2026-11-28'), version: activity.version + 1 };
        expect(acknowledgement).toBe('Löschkonzept folgt');
        return approved;
      },
    });
    await wrapper.get('[data-testid="status-transition"][data-status="approved"]').trigger('click');
    await flushPromises();
    const question = byTestId(wrapper, 'approval-question');
    expect(question.attributes('data-kind')).toBe('warnings');
    expect(allByTestId(wrapper, 'approval-question-finding').map((f) => f.attributes('data-code'))).toEqual(['retention.missing']);
    expect(byTestId(wrapper, 'approval-question-finding').text()).toContain(WARNING.message.de);
    expect(byTestId(wrapper, 'error-message').text()).toBe('');

    // Without a reason nothing is sent.
    await click(wrapper, 'approval-confirm');
    expect(fake.payloads('activities.approve')).toEqual([]);
    expect(wrapper.text()).toContain('Bitte eine Begründung angeben.');

    await byTestId(wrapper, 'approval-reason').setValue('Löschkonzept folgt');
    await click(wrapper, 'approval-confirm');
    expect(fake.payloads('activities.approve')).toEqual([{ id: activity.id, version: activity.version, acknowledgement: 'Löschkonzept folgt' }]);
    expect(approved).not.toBeNull();
    expect(byTestId(wrapper, 'activity-status').attributes('data-status')).toBe('approved');
    expect(wrapper.find('[data-testid="approval-question"]').exists()).toBe(false);
  }, 20_000);

  it('shows the approved revision and a change in progress with the changed fields', async () => {
    const { wrapper } = await openInReview({
      'approval.state': () =>
        state({
          revision: { activityVersion: 3, approvedAt: '2026-11-20T10:00:00.000Z', approvedBy: 'Dr. Freigabe', acknowledgement: null },
          pending: true,
          changedFields: [{ field: 'description', before: 'alt', after: 'neu' }],
        }),
    });
    expect(byTestId(wrapper, 'approved-revision-meta').text()).toBe('Freigegeben am 20.11.2026 von Dr. Freigabe (Version 3).');
    expect(byTestId(wrapper, 'activity-pending-change').text()).toBe('Änderung in Arbeit');
    expect(byTestId(wrapper, 'approved-revision-change').text()).toBe('Beschreibung: alt → neu');
  }, 20_000);

  it('shows the history with labels and filters by author', async () => {
    const entry: HistoryEntry = {
      seq: 7,
      at: '2026-11-21T09:30:00.000Z',
      actor: 'Anna',
      entity: 'activity',
      entityId: 'act-payroll',
      action: 'update',
      name: 'Lohnabrechnung',
      fields: [{ field: 'description', label: 'Beschreibung', before: 'alt', after: 'neu' }],
    };
    const { wrapper, fake } = await openInReview({
      'approval.state': () => state(),
      'history.list': ({ actor }) => (actor && actor !== 'Anna' ? [] : [entry]),
      'history.actors': () => ['Anna', 'Bernd'],
    });
    await click(wrapper, 'activity-history-toggle');
    expect(byTestId(wrapper, 'history-field').text()).toBe('Beschreibung: alt → neu');
    expect(byTestId(wrapper, 'history-entry').text()).toContain('Anna');
    await byTestId(wrapper, 'history-actor').setValue('Bernd');
    await flushPromises();
    expect(fake.payloads('history.list').at(-1)).toMatchObject({ entity: 'activity', entityId: 'act-payroll', actor: 'Bernd' });
    expect(wrapper.find('[data-testid="history-empty"]').exists()).toBe(true);
  }, 20_000);
});
