import { describe, expect, it } from 'vitest';
import { ActivitySchema, newActivity, type Activity } from '../../domain/model';
import { nestedIds } from '../../domain/rules/activity-duplicate';
import { addYears, localIsoDate } from '../../domain/rules/status-workflow';
import { useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

function richActivity(): Activity {
  return ActivitySchema.parse({
    id: 'orig',
    reference: 'VT-001',
    name: 'Bewerbermanagement',
    owner: { department: 'Personal' },
    purposes: [{ id: 'p1', description: 'Auswahl', legalBases: [{ code: '6-1-b', note: '' }] }],
    dataSubjectCategories: [{ id: 's1', label: 'Bewerber' }],
    dataCategories: [{ id: 'c1', label: 'Lebenslauf' }, { id: 'c2', label: 'Zeugnisse' }],
    recipients: [{ id: 'r1', label: 'Fachabteilung', kind: 'internal' }],
    transfers: [{ id: 't1', countryCode: 'CH', mechanism: 'adequacy' }],
    retention: [{ id: 'k1', dataCategoryIds: ['c2'], description: '6 Monate nach Absage' }],
  });
}

/** An activity the approval gate lets through: every Art. 30 field, no finding. */
function approvable(name: string): Activity {
  return ActivitySchema.parse({
    ...newActivity(name),
    purposes: [{ id: 'p1', description: 'Kundenbetreuung', legalBases: [{ code: '6-1-b', note: '' }] }],
    dataSubjectCategories: [{ id: 's1', label: 'Kunden' }],
    dataCategories: [{ id: 'c1', label: 'Kontaktdaten' }],
    dataSource: { fromDataSubject: true, otherSources: '', publiclyAccessible: false },
    toms: { measureIds: [], specific: 'Rollen- und Rechtekonzept', securityConceptRef: '' },
    retention: [{ id: 'k1', dataCategoryIds: ['c1'], description: 'Vertragsende', periodAmount: 3, periodUnit: 'years', trigger: 'Ende des Jahres' }],
  });
}

describe('activities.setStatus', () => {
  it('walks the workflow and back, approving with review dates', async () => {
    const { call, register } = start();
    await register();
    let activity = await call('activities.save', { activity: approvable('CRM') });
    const step = async (status: Activity['status']) => {
      activity = await call('activities.setStatus', { id: activity.id, status, version: activity.version });
      expect(activity.status).toBe(status);
    };
    await step('in_review');
    await step('approved');
    const today = localIsoDate();
    expect(activity).toMatchObject({ lastReviewedOn: today, nextReviewOn: addYears(today, 1) });
    await step('in_review');
    await step('approved');
    await step('archived');
    await step('draft');
    expect(activity.version).toBe(7);
  });

  it('keeps a planned next review when approving', async () => {
    const { call, register } = start();
    await register();
    const saved = await call('activities.save', { activity: { ...approvable('CRM'), status: 'in_review', nextReviewOn: '2030-01-31' } });
    const approved = await call('activities.setStatus', { id: saved.id, status: 'approved', version: saved.version });
    expect(approved).toMatchObject({ lastReviewedOn: localIsoDate(), nextReviewOn: '2030-01-31' });
  });

  it('refuses invalid transitions with a validation error on "status" and changes nothing', async () => {
    const { call, register, refused } = start();
    await register();
    const saved = await call('activities.save', { activity: newActivity('CRM') });
    for (const status of ['approved', 'draft'] as const) {
      const error = await refused('activities.setStatus', { id: saved.id, status, version: saved.version });
      expect(error).toMatchObject({ code: 'validation', params: { messageKey: 'workflow.errors.invalid_transition', from: 'draft', to: status } });
      expect(error.issues).toEqual([expect.objectContaining({ path: 'status', code: 'invalid_transition' })]);
    }
    expect(await call('activities.get', { id: saved.id })).toMatchObject({ status: 'draft', version: 1, lastReviewedOn: '' });
  });

  it('refuses a stale version as a conflict and an unknown id as not found', async () => {
    const { call, register, refused } = start();
    await register();
    const saved = await call('activities.save', { activity: newActivity('CRM') });
    expect(await refused('activities.setStatus', { id: saved.id, status: 'in_review', version: 0 })).toMatchObject({ code: 'conflict' });
    expect(await refused('activities.setStatus', { id: 'missing', status: 'in_review', version: 1 })).toMatchObject({ code: 'not_found' });
    expect(await refused('activities.setStatus', { id: saved.id, status: 'retired', version: 1 })).toMatchObject({ code: 'validation' });
  });
});

describe('activities.duplicate', () => {
  it('saves a draft copy with new ids everywhere, remapped retention categories and a German suffix', async () => {
    const { call, register, store } = start();
    await register();
    const original = await call('activities.save', { activity: { ...richActivity(), status: 'in_review' } });
    // Its retention warnings are acknowledged: approving with warnings needs a reason.
    const approved = await call('activities.approve', { id: original.id, version: original.version, acknowledgement: 'Frist mit HR abgestimmt' });

    const copy = await call('activities.duplicate', { id: original.id });

    expect(copy).toMatchObject({ name: 'Bewerbermanagement (Kopie)', status: 'draft', reference: '', version: 1, lastReviewedOn: '', nextReviewOn: '' });
    const originalIds = new Set(nestedIds(approved));
    expect(nestedIds(copy).filter((id) => originalIds.has(id))).toEqual([]);
    expect(copy.retention[0].dataCategoryIds).toEqual([copy.dataCategories[1].id]);
    expect(copy.dataCategories.map((c) => c.label)).toEqual(['Lebenslauf', 'Zeugnisse']);
    expect(await call('activities.get', { id: original.id })).toEqual(approved);
    const log = await store().changeLog.list({ entity: 'activity', entityId: copy.id });
    expect(log.map((e) => e.action)).toEqual(['insert']);
  });

  it('uses the English suffix when the settings language is English', async () => {
    const { call, register } = start();
    await register();
    await call('settings.update', { language: 'en' });
    const original = await call('activities.save', { activity: richActivity() });
    expect((await call('activities.duplicate', { id: original.id })).name).toBe('Bewerbermanagement (copy)');
  });
});

describe('activities.departments', () => {
  it('lists each department once (ignoring case and blanks), archived activities included, sorted', async () => {
    const { call, register, store } = start();
    await register();
    const departments = ['Vertrieb', 'personal', 'Personal', '', '  ', 'Einkauf'];
    await store().writeBatch(
      departments.map((department, i) => ({
        op: 'save' as const,
        kind: 'activity' as const,
        value: { ...newActivity(`A${i}`), status: i === 5 ? ('archived' as const) : ('draft' as const), owner: { department, contactName: '', contactEmail: '' } },
      })),
    );
    expect(await call('activities.departments')).toEqual(['Einkauf', 'personal', 'Vertrieb']);
  });
});
