import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BulkUpdateResult, RegisterOverview } from '../../domain/ipc/channels/workspace';
import { newActivity, newPurpose, type Activity, type Organisation } from '../../domain/model';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

async function open() {
  const dir = tempDir();
  services = startTestServices(dir);
  services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Muster.vvt'));
  await services.dispatch('register.create', { organisationName: 'Muster GmbH' });
  return services;
}

async function value<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as T;
}

async function save(s: TestServices, activity: Activity): Promise<Activity> {
  return value<Activity>(s.dispatch('activities.save', { activity }));
}

describe('workspace.overview', () => {
  it('counts mandatory Art. 30 contents and findings per activity and for the register', async () => {
    const s = await open();
    const complete: Activity = {
      ...newActivity('Lohnabrechnung'),
      purposes: [newPurpose('Entgeltabrechnung', ['6-1-c'])],
      dataSubjectCategories: [{ id: 'ds1', catalogueId: '', label: 'Beschäftigte' }],
      dataCategories: [{ id: 'dc1', catalogueId: '', label: 'Bankverbindung', special: 'none' }],
      recipients: [{ id: 'r1', catalogueId: '', label: 'Finanzamt', kind: 'authority', partyId: '' }],
      retention: [{ id: 'rr1', dataCategoryIds: [], presetId: '', description: 'Lohnunterlagen', periodAmount: 6, periodUnit: 'years', periodText: '', trigger: 'Ende des Kalenderjahres', basis: '§ 257 HGB', kind: 'statutory', action: 'delete' }],
      toms: { measureIds: [], specific: 'Zugriff nur Personalabteilung', securityConceptRef: '' },
    };
    const gappy: Activity = { ...newActivity('Newsletter'), purposes: [newPurpose('Werbung')] };
    await save(s, complete);
    await save(s, gappy);

    const overview = await value<RegisterOverview>(s.dispatch('workspace.overview', { language: 'de' }));
    const byName = new Map(overview.activities.map((entry) => [entry.name, entry]));
    expect(byName.get('Lohnabrechnung')!.completeness).toMatchObject({ filled: 8, total: 8, missing: [] });
    const newsletter = byName.get('Newsletter')!;
    expect(newsletter.completeness.missing).toEqual(['legalBases', 'dataSubjects', 'dataCategories', 'recipients', 'retention', 'toms']);
    // The purpose without legal basis is an error finding of the findings engine.
    expect(newsletter.findings.error).toBeGreaterThanOrEqual(1);
    expect(overview.findings.error).toBeGreaterThanOrEqual(newsletter.findings.error);
    expect(overview.byStatus.draft).toBe(2);
    expect(overview.organisation.missing).toContain('address');
    expect(overview.total).toBe(8 + 8 + overview.organisation.total);
  });
});

describe('activities.bulkUpdate', () => {
  it('changes status, department and next review of several activities in one go, each with a change-log entry', async () => {
    const s = await open();
    const saved = [];
    for (const name of ['A', 'B', 'C', 'D']) saved.push(await save(s, newActivity(`Tätigkeit ${name}`)));
    const ids = saved.slice(0, 3).map((activity) => activity.id);

    const statusResult = await value<BulkUpdateResult>(s.dispatch('activities.bulkUpdate', { ids, change: { kind: 'status', status: 'in_review' } }));
    expect(statusResult).toEqual({ updated: 3, skipped: [] });
    await value(s.dispatch('activities.bulkUpdate', { ids, change: { kind: 'owner', department: 'Personal' } }));
    await value(s.dispatch('activities.bulkUpdate', { ids, change: { kind: 'nextReview', nextReviewOn: '2030-01-31' } }));

    for (const id of ids) {
      const stored = await value<Activity>(s.dispatch('activities.get', { id }));
      expect(stored).toMatchObject({ status: 'in_review', owner: { department: 'Personal' }, nextReviewOn: '2030-01-31' });
    }
    const untouched = await value<Activity>(s.dispatch('activities.get', { id: saved[3].id }));
    expect(untouched.status).toBe('draft');

    const log = await s.context.session.require().changeLog.list({ entity: 'activity', entityId: ids[0] });
    // insert + three bulk updates
    expect(log.filter((entry) => entry.action === 'update')).toHaveLength(3);
  });

  it('names the activities the workflow does not allow to change and leaves them as they are', async () => {
    const s = await open();
    const draft = await save(s, newActivity('Entwurf'));
    const archived = await save(s, { ...newActivity('Alt'), status: 'archived' });
    const result = await value<BulkUpdateResult>(
      s.dispatch('activities.bulkUpdate', { ids: [draft.id, archived.id], change: { kind: 'status', status: 'approved' } }),
    );
    expect(result.updated).toBe(0);
    expect(result.skipped.map((entry) => [entry.name, entry.reason])).toEqual([
      ['Entwurf', 'invalid_transition'],
      ['Alt', 'invalid_transition'],
    ]);
  });

  it('refuses a bulk next review before an activity\'s last review', async () => {
    const s = await open();
    const reviewed = await save(s, { ...newActivity('Geprüft'), lastReviewedOn: '2026-01-10' });
    const result = await value<BulkUpdateResult>(s.dispatch('activities.bulkUpdate', { ids: [reviewed.id], change: { kind: 'nextReview', nextReviewOn: '2025-12-31' } }));
    expect(result).toMatchObject({ updated: 0, skipped: [{ reason: 'date_rule' }] });
  });
});

describe('DPO profile', () => {
  it('is kept in the settings and fills the open register\'s DPO section on request', async () => {
    const s = await open();
    const refusedEmpty = await s.dispatch('dpoProfile.applyToRegister', undefined);
    expect(refusedEmpty.ok).toBe(false);
    const badEmail = await s.dispatch('dpoProfile.save', { profile: { kind: 'external', name: 'Dr. Eva Berger', email: 'eva' } });
    expect(badEmail).toMatchObject({ ok: false, error: { issues: [{ path: 'profile.email', code: 'email_format' }] } });

    await value(s.dispatch('dpoProfile.save', { profile: { kind: 'external', name: 'Dr. Eva Berger', organisation: 'Berger Datenschutz', email: 'eva@berger.example', phone: '+49 40 123456' } }));
    const organisation = await value<Organisation>(s.dispatch('dpoProfile.applyToRegister', undefined));
    expect(organisation.dpo).toMatchObject({ kind: 'external', name: 'Dr. Eva Berger', organisation: 'Berger Datenschutz', email: 'eva@berger.example' });
    expect(s.context.settings.get().dpoProfile.name).toBe('Dr. Eva Berger');
  });
});

describe('a fresh register from a template', () => {
  it('opens with nothing overdue: a DPF check never made is a to-do while its activities are drafts', async () => {
    const dir = tempDir();
    services = startTestServices(dir);
    services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Shop.vvt'));
    await value(services.dispatch('register.createFromTemplate', { templateRegisterId: 'online_shop', organisationName: 'Shop GmbH', language: 'de' }));
    const counts = await value<{ bySeverity: { overdue: number; soon: number } }>(services.dispatch('reminders.counts', {}));
    expect(counts.bySeverity.overdue).toBe(0);
    const reminders = await value<{ code: string; severity: string; subject: { id: string } }[]>(services.dispatch('reminders.list', {}));
    const todo = reminders.find((reminder) => reminder.code === 'dpf_check_missing');
    expect(todo?.severity).toBe('soon');

    // Once the activity relying on the certification is approved, the missing check is overdue.
    const activity = await value<Activity>(services.dispatch('activities.get', { id: todo!.subject.id }));
    await value(services.dispatch('activities.bulkUpdate', { ids: [activity.id], change: { kind: 'status', status: 'in_review' } }));
    // Approved through the gate: the missing DPF check is a warning, acknowledged with a reason (a bulk change could not).
    const inReview = await value<Activity>(services.dispatch('activities.get', { id: activity.id }));
    await value(services.dispatch('activities.approve', { id: activity.id, version: inReview.version, acknowledgement: 'DPF-Prüfung folgt diese Woche' }));
    const after = await value<{ code: string; severity: string; subject: { id: string } }[]>(services.dispatch('reminders.list', {}));
    expect(after.find((reminder) => reminder.code === 'dpf_check_missing' && reminder.subject.id === activity.id)?.severity).toBe('overdue');
  });
});
