import { describe, expect, it } from 'vitest';
import { ActivitySchema, emptyOrganisation, type Activity } from '../../domain/model';
import { approvalGate, approvalVerdict } from '../../domain/rules/approval-gate';
import { authorityStates, hasPendingChange, statusAfterSave } from '../../domain/rules/approved-revision';
import { organisationGaps } from '../../domain/rules/export-check';
import { fieldChanges, fieldLabel } from '../../domain/rules/field-changes';
import type { Finding } from '../../domain/rules/finding';
import { changesSinceSubmission } from '../../domain/rules/submission-changes';

const activity = (input: Partial<Activity> & { id: string }): Activity => ActivitySchema.parse({ name: input.id, ...input });
const finding = (severity: Finding['severity']): Finding => ({ code: `c-${severity}`, severity, params: {} });

describe('approval gate', () => {
  it('blocks on errors, asks for a reason on warnings, allows otherwise; infos do not count', () => {
    const a = activity({ id: 'a' });
    expect(approvalVerdict(approvalGate(a, [finding('error'), finding('warning')]), 'Grund')).toBe('blocked_by_errors');
    expect(approvalVerdict(approvalGate(a, [finding('warning')]), '  ')).toBe('acknowledgement_required');
    expect(approvalVerdict(approvalGate(a, [finding('warning')]), 'Grund')).toBe('allowed');
    expect(approvalVerdict(approvalGate(a, [finding('info')]), undefined)).toBe('allowed');
  });
});

describe('approved revisions', () => {
  const approved = activity({ id: 'a', status: 'approved', description: 'alt', version: 3 });

  it('a content change of an approved activity becomes a draft; review dates and status steps do not', () => {
    expect(statusAfterSave(approved, { ...approved, description: 'neu' })).toBe('draft');
    expect(statusAfterSave(approved, { ...approved, nextReviewOn: '2030-01-01', version: 3 })).toBe('approved');
    expect(statusAfterSave(approved, { ...approved, status: 'in_review' })).toBe('in_review');
    expect(statusAfterSave(null, activity({ id: 'n' }))).toBe('draft');
  });

  it('the authority prints the approved state while a change is in progress, nothing for never-approved or archived', () => {
    const pending = { ...approved, status: 'draft' as const, description: 'neu' };
    const never = activity({ id: 'b', status: 'in_review' });
    const archived = activity({ id: 'c', status: 'archived' });
    const revisions = new Map([['a', approved], ['c', activity({ id: 'c', status: 'approved' })]]);
    expect(authorityStates([pending, never, archived], revisions, false)).toEqual([approved]);
    expect(authorityStates([pending, never, archived], revisions, true).map((a) => a.description)).toEqual(['neu', '']);
    expect(hasPendingChange(pending, { activity: approved })).toBe(true);
    expect(hasPendingChange(approved, { activity: approved })).toBe(false);
  });
});

describe('field changes', () => {
  it('compares nested objects field by field, reads ids as names, lists readably, ignores re-created ids', () => {
    const before = activity({
      id: 'a',
      owner: { department: 'IT', contactName: '', contactEmail: '' },
      purposes: [{ id: 'p1', description: 'Abrechnung', legalBases: [{ code: '6-1-c', note: '§ 41 EStG' }], additionalRequirements: [], legitimateInterest: '', consentRecord: '' }],
      jointControllerPartyIds: ['party-1'],
    });
    const after = activity({
      ...before,
      owner: { ...before.owner, department: 'Personal' },
      purposes: [{ ...before.purposes[0], id: 'p2' }],
      jointControllerPartyIds: ['party-2'],
      dpia: { ...before.dpia, performed: true },
    });
    const names = new Map([['party-1', 'Alpha GmbH'], ['party-2', 'Beta AG']]);
    expect(fieldChanges(before, after, { language: 'de', names })).toEqual([
      { field: 'owner.department', before: 'IT', after: 'Personal' },
      { field: 'dpia.performed', before: 'nein', after: 'ja' },
      { field: 'jointControllerPartyIds', before: 'Alpha GmbH', after: 'Beta AG' },
    ]);
    expect(fieldChanges(before, { ...before, purposes: [] }, { language: 'en' })).toEqual([
      { field: 'purposes', before: 'Abrechnung (Art. 6(1)(c) GDPR, § 41 EStG)', after: '' },
    ]);
    expect(fieldLabel('activity', 'owner.department', 'de')).toBe('Verantwortliche Abteilung');
    expect(fieldLabel('activity', 'unknown.path', 'en')).toBe('unknown.path');
  });
});

describe('changes since a submission', () => {
  it('new, changed and archived (or deleted); never-submitted archived ones and untouched ones are not mentioned', () => {
    const kept = activity({ id: 'kept', status: 'approved' });
    const changed = activity({ id: 'changed', status: 'approved', description: 'alt' });
    const gone = activity({ id: 'gone', status: 'approved' });
    const retired = activity({ id: 'retired', status: 'approved' });
    const now = [
      kept,
      { ...changed, description: 'neu', status: 'draft' as const, version: 9 },
      { ...retired, status: 'archived' as const },
      activity({ id: 'fresh' }),
      activity({ id: 'old-archive', status: 'archived' }),
    ];
    const report = changesSinceSubmission([kept, changed, gone, retired], now, { since: '2026-11-01T10:00:00Z', language: 'de' });
    expect(report.activities.map((a) => [a.id, a.change, a.fields])).toEqual([
      ['fresh', 'new', []],
      ['changed', 'changed', [{ field: 'description', before: 'alt', after: 'neu' }]],
      ['gone', 'archived', []],
      ['retired', 'archived', []],
    ]);
    expect(changesSinceSubmission(null, now, { since: null, language: 'de' })).toEqual({ since: null, activities: [] });
  });
});

describe('organisation details for the authority (Art. 30(1)(a))', () => {
  it('asks for address, contact, authority; a representative outside the EU; DPO details once designated', () => {
    const empty = emptyOrganisation();
    expect(organisationGaps(empty).map((g) => g.code)).toEqual(['controller_name', 'controller_address', 'controller_contact', 'supervisory_authority']);
    const swiss = { ...empty, name: 'Berg AG', email: 'x@y.ch', address: { street: 'Weg 1', postalCode: '8000', city: 'Zürich', countryCode: 'CH' } };
    expect(organisationGaps(swiss).map((g) => g.code)).toEqual(['representative_name', 'representative_address', 'supervisory_authority']);
    const withDpo = { ...swiss, address: { ...swiss.address, countryCode: 'DE' }, dpo: { ...empty.dpo, kind: 'internal' as const, name: 'Dr. D' } };
    expect(organisationGaps(withDpo).map((g) => g.code)).toEqual(['dpo_contact', 'supervisory_authority']);
  });
});
