import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../domain/i18n';
import { extractPdfText } from '../support/pdf-text';
import { fakePdf, vvt } from '../cli/support/run-vvt';
import { cleanActivity, useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

async function pdfText(path: string): Promise<string> {
  return (await extractPdfText(readFileSync(path))).pages.join('\n').replace(/\s+/g, ' ');
}

describe('approval gate', () => {
  it('refuses an activity with an error finding, over setStatus and approve alike, and stores nothing', async () => {
    const { call, refused, register, store } = start();
    await register();
    const saved = await call('activities.save', {
      activity: cleanActivity('a-health', 'Betriebsarzt', { status: 'in_review', dataCategories: [{ id: 'a-health-c', label: 'Diagnosen', special: 'art9' }] }),
    });
    for (const [channel, input] of [
      ['activities.approve', { id: saved.id, version: saved.version, acknowledgement: 'egal' }],
      ['activities.setStatus', { id: saved.id, status: 'approved', version: saved.version }],
    ] as const) {
      const error = await refused(channel, input);
      expect(error).toMatchObject({ code: 'validation', params: { messageKey: 'approval.errors.blocked_by_errors', count: 1 } });
      expect(error.issues?.[0]).toMatchObject({ code: 'special.art9-basis-missing' });
    }
    expect(await store().approvals.get(saved.id)).toBeNull();
    expect((await call('activities.get', { id: saved.id })).status).toBe('in_review');
  });

  it('needs a reason for warnings and keeps it in the change log; a plain save cannot approve', async () => {
    const { call, refused, register, store } = start();
    await register();
    const saved = await call('activities.save', { activity: cleanActivity('a-warn', 'Kundenkartei', { status: 'in_review', retention: [] }) });
    expect(await refused('activities.approve', { id: saved.id, version: saved.version })).toMatchObject({
      params: { messageKey: 'approval.errors.acknowledgement_required', count: 1 },
    });
    expect(await refused('activities.save', { activity: { ...saved, status: 'approved' } })).toMatchObject({
      params: { messageKey: 'approval.errors.approve_via_workflow' },
    });
    const state = await call('approval.state', { id: saved.id, language: 'de' });
    expect(state.warnings.map((w) => w.code)).toEqual(['retention.missing']);
    expect(state.revision).toBeNull();

    const approved = await call('activities.approve', { id: saved.id, version: saved.version, acknowledgement: 'Löschkonzept folgt bis Q1' });
    expect(approved.status).toBe('approved');
    const revision = await store().approvals.get(saved.id);
    expect(revision).toMatchObject({ approvedBy: 'tester', activityVersion: approved.version, acknowledgement: { reason: 'Löschkonzept folgt bis Q1' } });
    const [logged] = await store().changeLog.list({ entity: 'approval', entityId: saved.id });
    expect(logged.after).toMatchObject({ acknowledgement: { reason: 'Löschkonzept folgt bis Q1', warnings: [{ code: 'retention.missing' }] } });
  });
});

describe('approved revisions', () => {
  it('an edit after approval is a working draft; the authority PDF keeps the approved text until re-approval', async () => {
    const { call, register, services, dir } = start();
    await register();
    const saved = await call('activities.save', { activity: cleanActivity('a-pay', 'Lohnabrechnung', { status: 'in_review' }) });
    const approved = await call('activities.approve', { id: saved.id, version: saved.version });
    const edited = await call('activities.save', { activity: { ...approved, description: 'Neue Beschreibung nach Umstellung' } });
    expect(edited.status).toBe('draft');
    const state = await call('approval.state', { id: saved.id, language: 'de' });
    expect(state).toMatchObject({ pending: true, changedFields: [{ field: 'description', before: 'Lohnabrechnung: ursprüngliche Beschreibung', after: 'Neue Beschreibung nach Umstellung' }] });

    const exportPdf = async (name: string, variant: 'authority' | 'internal') => {
      const path = join(dir, name);
      services.dialogs.answers.chooseSavePath.push(path);
      await call('documents.exportArt30Pdf', { language: 'de', variant });
      return pdfText(path);
    };
    const authority = await exportPdf('behoerde-1.pdf', 'authority');
    expect(authority).toContain('Lohnabrechnung: ursprüngliche Beschreibung');
    expect(authority).not.toContain('Neue Beschreibung nach Umstellung');
    const internal = await exportPdf('intern.pdf', 'internal');
    expect(internal).toContain('Neue Beschreibung nach Umstellung');
    expect(internal).toContain(translate('de', 'approval.document.revisionLabel'));
    expect(internal).toContain('Änderung in Arbeit');

    await call('activities.setStatus', { id: saved.id, status: 'in_review', version: edited.version });
    const reviewed = await call('activities.get', { id: saved.id });
    await call('activities.approve', { id: saved.id, version: reviewed.version });
    const after = await exportPdf('behoerde-2.pdf', 'authority');
    expect(after).toContain('Neue Beschreibung nach Umstellung');
    expect(after).not.toContain('ursprüngliche Beschreibung');
  });

  it('suggests distinct file names per variant, language and date, and opens only files it wrote', async () => {
    const { call, refused, register, services, dir } = start();
    await register('Muster GmbH');
    const names: string[] = [];
    for (const [variant, language] of [['authority', 'de'], ['internal', 'de'], ['authority', 'en']] as const) {
      const path = join(dir, `${variant}-${language}.pdf`);
      services.dialogs.answers.chooseSavePath.push(path);
      const file = await call('documents.exportArt30Pdf', { language, variant });
      expect(file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // The scripted dialogs do not record names; the domain function is tested directly.
    const { suggestedRecordFileName } = await import('../../domain/documents/file-names');
    for (const [variant, language] of [['authority', 'de'], ['internal', 'de'], ['authority', 'en'], ['internal', 'en']] as const) {
      names.push(suggestedRecordFileName({ record: 'controller', variant, language, date: '2026-12-01', organisation: 'Muster GmbH' }));
    }
    expect(names[0]).toBe('VVT-Aufsichtsbehoerde-de-2026-12-01 Muster GmbH.pdf');
    expect(names[1]).toBe('VVT-intern-de-2026-12-01 Muster GmbH.pdf');
    expect(new Set(names).size).toBe(4);
    // Only files this session exported are opened or shown.
    await call('documents.openExported', { path: join(dir, 'authority-de.pdf') });
    await call('documents.openExported', { path: join(dir, 'internal-de.pdf'), reveal: true });
    expect(services.files).toEqual({ opened: [join(dir, 'authority-de.pdf')], shown: [join(dir, 'internal-de.pdf')] });
    expect(await refused('documents.openExported', { path: join(dir, '..', 'evil.exe') })).toMatchObject({ params: { messageKey: 'approval.errors.not_exported' } });
  });
});

describe('export check', () => {
  it('lists the missing organisation address and counts printed and left-out activities before anything is written', async () => {
    const { call, register } = start();
    await register('Prüf GmbH');
    const a = await call('activities.save', { activity: cleanActivity('a-1', 'Eins', { status: 'in_review' }) });
    await call('activities.approve', { id: a.id, version: a.version });
    await call('activities.save', { activity: cleanActivity('a-2', 'Zwei') });
    await call('activities.save', { activity: cleanActivity('a-3', 'Drei', { status: 'in_review' }) });
    const check = await call('documents.exportCheck', {});
    expect(check.organisationGaps.map((g) => g.code)).toEqual(['controller_address', 'controller_contact', 'supervisory_authority']);
    expect(check).toMatchObject({ printed: 1, leftOut: { draft: 1, in_review: 1 }, withErrors: [], archived: 0 });

    const organisation = await call('organisation.get');
    await call('organisation.save', {
      organisation: {
        ...organisation,
        address: { street: 'Hafenstraße 5', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
        email: 'info@pruef.example',
        dpo: { ...organisation.dpo, kind: 'external' },
        supervisoryAuthority: { ...organisation.supervisoryAuthority, name: 'HmbBfDI' },
      },
    });
    expect((await call('documents.exportCheck', {})).organisationGaps.map((g) => g.code)).toEqual(['dpo_name', 'dpo_contact']);
  });
});

describe('submissions and what changed since', () => {
  it('a recorded submission, two edits and a new activity: app, PDF annex and CLI list exactly those, field by field', async () => {
    const { call, refused, register, services, dir } = start();
    const registerPath = await register('Einreich GmbH');
    const one = await call('activities.save', { activity: cleanActivity('a-one', 'Buchhaltung', { status: 'in_review' }) });
    const two = await call('activities.save', { activity: cleanActivity('a-two', 'Zeiterfassung', { status: 'in_review' }) });
    const three = await call('activities.save', { activity: cleanActivity('a-three', 'Videoüberwachung', { status: 'in_review' }) });
    for (const activity of [one, two, three]) await call('activities.approve', { id: activity.id, version: activity.version });

    const submitted = join(dir, 'einreichung.pdf');
    services.dialogs.answers.chooseSavePath.push(submitted);
    const file = await call('documents.exportArt30Pdf', { language: 'de', variant: 'authority', recordSubmission: { authority: 'HmbBfDI' } });
    expect(file?.submissionId).toBeTruthy();
    const [submission] = await call('submissions.list');
    expect(submission).toMatchObject({ authority: 'HmbBfDI', activityCount: 3, fileName: 'einreichung.pdf', sha256: file?.sha256, recordedBy: 'tester' });
    expect(await call('submissions.changes', { language: 'de' })).toMatchObject({ activities: [] });
    expect(await refused('documents.exportArt30Pdf', { language: 'de', variant: 'internal', recordSubmission: { authority: 'HmbBfDI' } })).toMatchObject({
      params: { messageKey: 'approval.errors.submission_needs_authority' },
    });

    // Two edits (one approved again, one still in progress), one new activity; nothing else.
    const oneNow = await call('activities.get', { id: one.id });
    const edited = await call('activities.save', { activity: { ...oneNow, description: 'Buchhaltung mit DATEV', owner: { ...oneNow.owner, department: 'Finanzen' } } });
    await call('activities.setStatus', { id: one.id, status: 'in_review', version: edited.version });
    const reviewed = await call('activities.get', { id: one.id });
    await call('activities.approve', { id: one.id, version: reviewed.version });
    const twoNow = await call('activities.get', { id: two.id });
    await call('activities.save', { activity: { ...twoNow, name: 'Arbeitszeiterfassung' } });
    await call('activities.save', { activity: cleanActivity('a-new', 'Bewerbermanagement') });

    const expected = [
      { id: 'a-new', name: 'Bewerbermanagement', change: 'new', fields: [] },
      { id: 'a-two', name: 'Arbeitszeiterfassung', change: 'changed', fields: [{ field: 'name', before: 'Zeiterfassung', after: 'Arbeitszeiterfassung' }] },
      {
        id: 'a-one',
        name: 'Buchhaltung',
        change: 'changed',
        fields: [
          { field: 'description', before: 'Buchhaltung: ursprüngliche Beschreibung', after: 'Buchhaltung mit DATEV' },
          { field: 'owner.department', before: '', after: 'Finanzen' },
        ],
      },
    ];
    const app = await call('submissions.changes', { language: 'de' });
    expect(app.since).toBe(submission.submittedAt);
    expect(app.activities).toEqual(expected);
    expect(app.statuses).toEqual({ 'a-new': 'draft', 'a-two': 'draft', 'a-one': 'approved' });

    // The PDF annex.
    const annexPath = join(dir, 'mit-anhang.pdf');
    services.dialogs.answers.chooseSavePath.push(annexPath);
    await call('documents.exportArt30Pdf', { language: 'de', variant: 'authority', annexChanges: true });
    const pdf = await pdfText(annexPath);
    const annex = pdf.slice(pdf.lastIndexOf(translate('de', 'approval.document.annexTitle')));
    for (const text of ['Neu: Bewerbermanagement', 'Geändert: Arbeitszeiterfassung', 'Geändert: Buchhaltung', 'Buchhaltung mit DATEV', 'Verantwortliche Abteilung', 'Finanzen', 'Bisher: Zeiterfassung']) {
      expect(annex).toContain(text);
    }
    expect(annex).not.toContain('Videoüberwachung');

    // The CLI, on the same file once the app has closed it.
    await services.dispose();
    const cli = await vvt(['changes', registerPath, '--json']);
    expect(cli).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(cli.stdout)).toEqual({ since: submission.submittedAt, activities: expected });
    const text = await vvt(['changes', registerPath]);
    expect(text.stdout).toContain('Geändert: Buchhaltung (a-one)');
    expect(text.stdout).toContain('  Verantwortliche Abteilung: — → Finanzen');
  });
});

describe('history', () => {
  it('lists who changed which fields, old → new, with labels; filters by author and date', async () => {
    const { call, register } = start();
    await register();
    const saved = await call('activities.save', { activity: cleanActivity('a-h', 'Newsletter') });
    await call('settings.update', { actorName: 'Dr. Zweit' });
    await call('activities.save', { activity: { ...saved, description: 'Mit Double-Opt-in' } });
    const entries = await call('history.list', { entity: 'activity', entityId: 'a-h', language: 'de' });
    expect(entries.map((e) => [e.action, e.actor])).toEqual([['update', 'Dr. Zweit'], ['insert', 'tester']]);
    expect(entries[0]).toMatchObject({ name: 'Newsletter', fields: [{ field: 'description', label: 'Beschreibung', before: 'Newsletter: ursprüngliche Beschreibung', after: 'Mit Double-Opt-in' }] });
    expect(await call('history.list', { entity: 'activity', entityId: 'a-h', actor: 'tester', language: 'de' })).toHaveLength(1);
    expect(await call('history.list', { entityId: 'a-h', to: '2000-01-01', language: 'de' })).toHaveLength(0);
    expect(await call('history.actors')).toEqual(expect.arrayContaining(['Dr. Zweit', 'tester']));
  });
});

describe('vvt approve and pdf --record-submission', () => {
  it('refuses with exit code 7 and lists the findings; approves with --acknowledge; records a submission', async () => {
    const { call, register, services, dir } = start();
    const path = await register('Kommando GmbH');
    await call('activities.save', { activity: cleanActivity('a-err', 'Betriebsarzt', { status: 'in_review', dataCategories: [{ id: 'x', label: 'Diagnosen', special: 'art9' }] }) });
    await call('activities.save', { activity: cleanActivity('a-warn', 'Kundenkartei', { status: 'in_review', retention: [] }) });
    await services.dispose();

    const blocked = await vvt(['approve', path, 'a-err']);
    expect(blocked.code).toBe(7);
    expect(blocked.stderr).toContain('Freigabe verweigert: „Betriebsarzt“ hat 1 offene Fehler:');
    const warned = await vvt(['approve', path, 'a-warn']);
    expect(warned.code).toBe(7);
    expect(warned.stderr).toContain('--acknowledge');
    const ok = await vvt(['approve', path, 'a-warn', '--acknowledge', 'Löschkonzept in Arbeit']);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain('Freigegeben: Kundenkartei');

    const out = join(dir, 'cli.pdf');
    expect((await vvt(['pdf', path, out, '--record-submission'], { renderPdf: fakePdf })).code).toBe(1);
    const recorded = await vvt(['pdf', path, out, '--record-submission', '--authority', 'LfDI BW'], { renderPdf: fakePdf });
    expect(recorded).toMatchObject({ code: 0, stderr: '' });
    expect(recorded.stdout).toContain('Einreichung vermerkt: LfDI BW');
    expect((await vvt(['pdf', path, out, '--variant', 'internal', '--record-submission', '--authority', 'X'], { renderPdf: fakePdf })).code).toBe(1);
    const changes = JSON.parse((await vvt(['changes', path, '--json'])).stdout);
    expect(changes.activities).toEqual([{ id: 'a-err', name: 'Betriebsarzt', change: 'new', fields: [] }]);
  });
});
