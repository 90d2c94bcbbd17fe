import { describe, expect, it } from 'vitest';
import { ActivityStatusSchema, newActivity, type ActivityStatus } from '../../domain/model';
import { addYears, canTransition, localIsoDate, nextStatuses, withStatus } from '../../domain/rules/status-workflow';

const ALLOWED: [ActivityStatus, ActivityStatus][] = [
  ['draft', 'in_review'],
  ['draft', 'archived'],
  ['in_review', 'approved'],
  ['in_review', 'draft'],
  ['in_review', 'archived'],
  ['approved', 'in_review'],
  ['approved', 'archived'],
  ['archived', 'draft'],
];

describe('status workflow', () => {
  it('allows exactly the workflow steps, nothing else (including staying put)', () => {
    for (const from of ActivityStatusSchema.options) {
      for (const to of ActivityStatusSchema.options) {
        const expected = ALLOWED.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
    expect(nextStatuses('archived')).toEqual(['draft']);
  });

  it('refuses skipping the review and reopening an archived activity as approved', () => {
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('archived', 'approved')).toBe(false);
    expect(canTransition('approved', 'draft')).toBe(false);
  });

  it('approving records the review and schedules the next one a year later unless one is set', () => {
    const activity = { ...newActivity('CRM'), status: 'in_review' as const };
    expect(withStatus(activity, 'approved', '2026-03-10')).toMatchObject({
      status: 'approved',
      lastReviewedOn: '2026-03-10',
      nextReviewOn: '2027-03-10',
    });
    const planned = { ...activity, nextReviewOn: '2026-09-01' };
    expect(withStatus(planned, 'approved', '2026-03-10')).toMatchObject({ lastReviewedOn: '2026-03-10', nextReviewOn: '2026-09-01' });
  });

  it('other steps change only the status', () => {
    const activity = { ...newActivity('CRM'), status: 'approved' as const, lastReviewedOn: '2025-01-01', nextReviewOn: '2026-01-01' };
    expect(withStatus(activity, 'archived', '2026-03-10')).toEqual({ ...activity, status: 'archived' });
  });

  it('adds years to calendar dates, 29 February included', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2027-02-28', 1)).toBe('2028-02-28');
    expect(addYears('2026-12-31', 1)).toBe('2027-12-31');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
