import { describe, expect, it } from 'vitest';
import type { BulkUpdateResult } from '../../domain/ipc/channels/workspace';
import { cleanActivity, useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

describe('bulk status "approved" goes through the approval gate', () => {
  it('approves only activities the gate lets through, each with its approved revision; the others are named and stay as they are', async () => {
    const { call, register, store } = start();
    await register();
    const clean = await call('activities.save', { activity: cleanActivity('a-clean', 'Lohnabrechnung', { status: 'in_review' }) });
    const warned = await call('activities.save', { activity: cleanActivity('a-warn', 'Kundenkartei', { status: 'in_review', retention: [] }) });
    const failing = await call('activities.save', {
      activity: cleanActivity('a-error', 'Betriebsarzt', { status: 'in_review', dataCategories: [{ id: 'a-error-c', label: 'Diagnosen', special: 'art9' }] }),
    });
    const result = (await call('activities.bulkUpdate', { ids: [clean.id, warned.id, failing.id], change: { kind: 'status', status: 'approved' } })) as BulkUpdateResult;
    expect(result.updated).toBe(1);
    expect(result.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['Kundenkartei', 'approval_gate'],
      ['Betriebsarzt', 'approval_gate'],
    ]);
    expect((await store().activities.get('a-clean'))?.status).toBe('approved');
    expect(await store().approvals.get('a-clean')).toMatchObject({ approvedBy: 'tester', activity: { description: clean.description } });
    for (const id of ['a-warn', 'a-error']) {
      expect((await store().activities.get(id))?.status).toBe('in_review');
      expect(await store().approvals.get(id)).toBeNull();
    }
  });

  it('a re-approval after a change in progress stores the new state as the approved revision', async () => {
    const { call, register, store } = start();
    await register();
    const saved = await call('activities.save', { activity: cleanActivity('a-pay', 'Lohnabrechnung', { status: 'in_review' }) });
    const approved = await call('activities.approve', { id: saved.id, version: saved.version });
    const edited = await call('activities.save', { activity: { ...approved, description: 'Neue Beschreibung' } });
    await call('activities.setStatus', { id: saved.id, status: 'in_review', version: edited.version });
    await call('activities.bulkUpdate', { ids: [saved.id], change: { kind: 'status', status: 'approved' } });
    expect((await store().approvals.get(saved.id))?.activity.description).toBe('Neue Beschreibung');
  });
});
