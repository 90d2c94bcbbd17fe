import { describe, expect, it } from 'vitest';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';

describe('bulk status in the activity list', () => {
  it('names activities the approval gate held back separately, and says where to approve them', async () => {
    const activities = [makeActivity({ id: 'a1', name: 'Lohnabrechnung', status: 'in_review' }), makeActivity({ id: 'a2', name: 'Newsletter', status: 'in_review' }), makeActivity({ id: 'a3', name: 'Archiv alt', status: 'archived' })];
    const handlers = openRegisterHandlers(activities);
    handlers['activities.bulkUpdate'] = () => ({
      updated: 1,
      skipped: [
        { id: 'a2', name: 'Newsletter', reason: 'approval_gate', from: 'in_review' },
        { id: 'a3', name: 'Archiv alt', reason: 'invalid_transition', from: 'archived' },
      ],
    });
    const { wrapper, fake } = await mountApp(handlers);
    for (const box of allByTestId(wrapper, 'activity-select')) await box.setValue(true);
    await byTestId(wrapper, 'bulk-status').setValue('approved');
    await click(wrapper, 'bulk-status-apply');
    expect(fake.payloads('activities.bulkUpdate')).toEqual([{ ids: expect.arrayContaining(['a1', 'a2']), change: { kind: 'status', status: 'approved' } }]);
    const result = byTestId(wrapper, 'bulk-result').text();
    expect(result).toContain('1 nicht geändert (Statuswechsel so nicht möglich oder Datum vor der letzten Prüfung): Archiv alt.');
    expect(result).toContain('1 nicht freigegeben – offene Fehler, oder Warnungen, die eine Begründung brauchen; bitte einzeln im Editor freigeben: Newsletter.');
  });
});
