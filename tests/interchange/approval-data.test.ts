import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArt30Pdf } from '../../backend/documents/art30-pdf';
import { loadRegisterSnapshot } from '../../backend/documents/snapshot';
import type { RegisterStore } from '../../backend/storage/register-store';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import type { JsonImportOutcome } from '../../domain/ipc/channels/formats';
import { vvt } from '../cli/support/run-vvt';
import { extractPdfText } from '../support/pdf-text';
import { cleanActivity, useWorkflowServices } from '../services/workflow-support';

const start = useWorkflowServices();
const AS_OF = '2026-12-02';

/** The authority version's text as a reader sees it (fixed date, so two registers compare). */
async function authorityText(store: RegisterStore): Promise<string> {
  const bytes = await renderArt30Pdf(await loadRegisterSnapshot(store), { language: 'de', variant: 'authority', asOf: AS_OF });
  return (await extractPdfText(bytes)).pages.join('\n').replace(/\s+/g, ' ');
}

/** Everything about approval a register holds, in a comparable form. */
async function approvalState(store: RegisterStore) {
  const submissions = await store.submissions.list();
  return {
    statuses: Object.fromEntries((await store.activities.list()).map((a) => [a.id, a.status])),
    revisions: (await store.approvals.list()).sort((a, b) => a.activityId.localeCompare(b.activityId)),
    submissions: await Promise.all(submissions.map((s) => store.submissions.get(s.id))),
    authority: await authorityText(store),
  };
}

/**
 * A register as a DPO has it after a few weeks: one activity approved and handed to the
 * authority, then changed (a change in progress), one approved despite a warning (with the
 * reason), one never approved.
 */
async function registerWithApprovals() {
  const started = start();
  const { call, register, services, dir } = started;
  await register();
  const pay = await call('activities.save', { activity: cleanActivity('a-pay', 'Lohnabrechnung', { status: 'in_review' }) });
  const approvedPay = await call('activities.approve', { id: pay.id, version: pay.version });
  const crm = await call('activities.save', { activity: cleanActivity('a-crm', 'Kundenkartei', { status: 'in_review', retention: [] }) });
  await call('activities.approve', { id: crm.id, version: crm.version, acknowledgement: 'Löschkonzept folgt bis Q1' });
  await call('activities.save', { activity: cleanActivity('a-draft', 'Bewerbungen') });
  services.dialogs.answers.chooseSavePath.push(join(dir, 'vorgelegt.pdf'));
  await call('documents.exportArt30Pdf', { language: 'de', variant: 'authority', recordSubmission: { authority: 'HmbBfDI' } });
  await call('activities.save', { activity: { ...approvedPay, description: 'Entwurf nach Umstellung auf neuen Dienstleister' } });
  return started;
}

/** approvalState of a closed register file. */
async function stateOfFile(path: string) {
  const store = SqliteRegisterStore.open(path, { create: false });
  try {
    return { ...(await approvalState(store)), draftName: (await store.activities.get('a-draft'))?.name };
  } finally {
    await store.close();
  }
}

/** The register of registerWithApprovals, closed, with its state and its `vvt export` in `export.json`. */
async function exportedWithApprovals() {
  const { dir, store, services } = await registerWithApprovals();
  const original = store().location;
  const before = await approvalState(store());
  await services.context.session.close();
  const json = join(dir, 'export.json');
  const exported = await vvt(['export', original, json]);
  expect(exported.code).toBe(0);
  expect(exported.stdout).toContain('Freigegebene Fassungen: 2; Übermittlungen an die Aufsichtsbehörde: 1.\n');
  expect(exported.stdout).toContain('Das Änderungsprotokoll ist nicht enthalten (mit --with-log zum Nachlesen); ein Import übernimmt es ohnehin nicht.\n');
  return { dir, original, before, json };
}

/** The export rewritten as a format-1 file (no approval data), as `alt.json`. */
function asFormat1(dir: string, json: string): string {
  const old = JSON.parse(readFileSync(json, 'utf8'));
  old.formatVersion = 1;
  delete old.register.approvedRevisions;
  delete old.register.submissions;
  const oldFile = join(dir, 'alt.json');
  writeFileSync(oldFile, JSON.stringify(old, null, 2));
  return oldFile;
}

describe('approval data in the JSON interchange format', () => {
  it('before format 2 an export → import lost approvals and submissions: this is what must hold now', async () => {
    // Found on format 1 (the failing test that started this): the imported a-pay was a draft
    // without revision, no submission was left, and the authority PDF printed "Anzahl der
    // Verarbeitungstätigkeiten: 0" instead of the approved text of "Lohnabrechnung".
    const { call, services, dir, store } = await registerWithApprovals();
    const before = await approvalState(store());
    expect(before.statuses).toEqual({ 'a-pay': 'draft', 'a-crm': 'approved', 'a-draft': 'draft' });
    expect(before.authority).toContain('Lohnabrechnung: ursprüngliche Beschreibung');
    expect(before.authority).not.toContain('Entwurf nach Umstellung');

    const json = join(dir, 'register.json');
    services.dialogs.answers.chooseSavePath.push(json);
    await call('formats.exportJson');
    const file = JSON.parse(readFileSync(json, 'utf8'));
    expect(file.formatVersion).toBe(2);
    expect(file.register.approvedRevisions.map((r: { activityId: string }) => r.activityId)).toEqual(['a-crm', 'a-pay']);
    expect(file.register.submissions).toHaveLength(1);

    services.dialogs.answers.chooseFileToOpen.push(json);
    services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'importiert.vvt'));
    const outcome = (await call('formats.importJson', { language: 'de' })) as Extract<JsonImportOutcome, { status: 'imported' }>;
    expect(store().location).toBe(join(dir, 'importiert.vvt'));

    const after = await approvalState(store());
    expect(after).toEqual(before);
    expect(after.revisions.find((r) => r.activityId === 'a-crm')).toMatchObject({ approvedBy: 'tester', acknowledgement: { reason: 'Löschkonzept folgt bis Q1' } });
    expect(after.submissions[0]).toMatchObject({ authority: 'HmbBfDI', activityCount: 2, sha256: before.submissions[0]!.sha256 });
    expect(await call('submissions.changes', { language: 'de' })).toEqual(await changesOf(dir, 'Muster GmbH.vvt'));
    expect(await call('approval.state', { id: 'a-pay', language: 'de' })).toMatchObject({ pending: true });

    expect(outcome.lines).toEqual([
      `Importiert nach ${join(dir, 'importiert.vvt')}: 3 Tätigkeiten, 0 externe Stellen, 0 Kanäle, 0 Auftragsverarbeitungen, 0 TOMs, 0 Anhänge.`,
      'Freigaben und Übermittlungen:',
      '2 freigegebene Fassungen übernommen (wer, wann, Version, freigegebener Inhalt).',
      '1 Tätigkeit mit Änderung in Arbeit: die Fassung für die Aufsichtsbehörde druckt weiter ihre freigegebene Fassung.',
      '1 Übermittlung an die Aufsichtsbehörde übernommen (Datum, Behörde, SHA-256, gedruckte Tätigkeiten).',
      'Das Änderungsprotokoll wird nicht übernommen: das Verzeichnis führt sein eigenes, neu verkettetes Protokoll, das mit diesem Import beginnt. Die Freigaben und Übermittlungen oben sind als Daten übernommen.',
    ]);
    // The change log records the taken-over approvals as data written by the importing user, with their original author.
    const logged = await store().changeLog.list({ entity: 'approval', entityId: 'a-crm' });
    expect(logged.map((e) => [e.action, e.actor])).toEqual([['insert', 'tester']]);
    expect(logged[0].after).toMatchObject({ approvedBy: 'tester', acknowledgement: { reason: 'Löschkonzept folgt bis Q1' } });
    expect((await store().changeLog.list({ entity: 'submission' })).map((e) => e.action)).toEqual(['insert']);
  });

  it('round-trips through vvt export and vvt import: same approvals, submissions, statuses and authority text, byte-identical second export', async () => {
    const { dir, original, before, json } = await exportedWithApprovals();
    const imported = join(dir, 'cli.vvt');
    const result = await vvt(['import', json, imported, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 approved revisions taken over (who, when, version, approved content).');
    expect(result.stdout).toContain('1 submission to the supervisory authority taken over (date, authority, SHA-256, printed activities).');
    expect(result.stdout).toContain('The change log is not carried over');
    expect(result.stdout).not.toContain('no approved revision');
    expect(await stateOfFile(imported)).toEqual({ ...before, draftName: 'Bewerbungen' });
    const second = join(dir, 'second.json');
    expect((await vvt(['export', imported, second])).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(json, 'utf8'));
  });

  it('the change log: exported with --with-log for reading, never imported, and both reports say so', async () => {
    const { dir, original } = await exportedWithApprovals();
    const withLog = join(dir, 'mit-log.json');
    const exported = await vvt(['export', original, withLog, '--with-log', '--lang', 'en']);
    const entries = JSON.parse(readFileSync(withLog, 'utf8')).changeLog as { at: string; actor: string }[];
    expect(entries.length).toBeGreaterThan(5);
    expect(exported.stdout).toContain(`The change log is included for reading (entries: ${entries.length}); an import does not take it over.`);
    const target = join(dir, 'mit-log.vvt');
    const imported = await vvt(['import', withLog, target, '--lang', 'en']);
    expect(imported.stdout).toContain('The change log is not carried over');
    expect(imported.stdout).toContain(`The file contains ${entries.length} change-log entries (up to ${entries.at(-1)!.at}); they stay in the file for reading.`);
    const copy = SqliteRegisterStore.open(target, { create: false });
    try {
      // The new register's log starts with the import, written by the importing user.
      expect(new Set((await copy.changeLog.list()).map((e) => e.actor))).toEqual(new Set(['Test-DSB']));
    } finally {
      await copy.close();
    }
  });

  it('a format-1 file still imports: approved activities stay approved with a revision attributed to the import, and the report says so', async () => {
    const { dir, json } = await exportedWithApprovals();
    const oldFile = asFormat1(dir, json);

    const dryDe = await vvt(['import', oldFile, join(dir, 'alt.vvt'), '--dry-run']);
    expect(dryDe.code).toBe(0);
    expect(dryDe.stdout).toContain('Die Datei hat das Format 1 und enthält keine Freigabedaten (freigegebene Fassungen, Übermittlungen an die Aufsichtsbehörde).');
    expect(dryDe.stdout).toContain(
      '1 Tätigkeit ist in der Datei freigegeben, aber ohne freigegebene Fassung. Sie bleibt freigegeben; ihr jetziger Inhalt gilt als freigegebene Fassung, im Änderungsprotokoll zugeschrieben: Import aus „alt.json“ am 2026-11-20 (Datei ohne Freigabedaten).',
    );
    expect(dryDe.stdout).toContain('  – Kundenkartei (a-crm)');
    expect(dryDe.stdout).toContain('Keine Übermittlungen an die Aufsichtsbehörde.');
    const dryEn = await vvt(['import', oldFile, join(dir, 'alt.vvt'), '--dry-run', '--lang', 'en']);
    expect(dryEn.stdout).toContain('The file has format 1 and carries no approval data (approved revisions, submissions to the authority).');
    expect(dryEn.stdout).toContain('1 activity is approved in the file but has no approved revision. It stays approved;');
    expect(dryEn.stdout).toContain('attributed in the change log to: import of "alt.json" on 2026-11-20 (file without approval data).');
    expect(dryEn.stdout).toContain('  – Kundenkartei (a-crm)');

    const target = join(dir, 'alt.vvt');
    const result = await vvt(['import', oldFile, target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  – Kundenkartei (a-crm)');
    const copy = SqliteRegisterStore.open(target, { create: false });
    try {
      const state = await approvalState(copy);
      expect(state.statuses).toEqual({ 'a-pay': 'draft', 'a-crm': 'approved', 'a-draft': 'draft' });
      expect(state.revisions).toHaveLength(1);
      expect(state.revisions[0]).toMatchObject({
        activityId: 'a-crm',
        approvedBy: 'Import aus „alt.json“ am 2026-11-20 (Datei ohne Freigabedaten)',
        approvedAt: '2026-11-20T09:00:00.000Z',
        acknowledgement: null,
      });
      expect(state.submissions).toEqual([]);
      // A format-1 file never had the approved text of an activity with a change in progress: it is not printed, visibly.
      expect(state.authority).toContain('Kundenkartei');
      expect(state.authority).not.toContain('Lohnabrechnung');
      const [logged] = await copy.changeLog.list({ entity: 'approval', entityId: 'a-crm' });
      expect(logged).toMatchObject({ action: 'insert', actor: 'Test-DSB', after: { approvedBy: 'Import aus „alt.json“ am 2026-11-20 (Datei ohne Freigabedaten)' } });
    } finally {
      await copy.close();
    }
  });
});

/** `submissions.changes` of the register at `name` in `dir`, read with its own services. */
async function changesOf(dir: string, name: string) {
  const { startTestServices } = await import('../support/services');
  const services = startTestServices(join(dir, 'other'));
  try {
    services.dialogs.answers.chooseRegisterToOpen.push(join(dir, name));
    const opened = await services.dispatch('register.open', undefined);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const result = await services.dispatch('submissions.changes', { language: 'de' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  } finally {
    await services.dispose();
  }
}

describe('vvt import --replace with approval data', () => {
  it('replaces approvals and submissions from a format-2 file; a second replacement changes nothing', async () => {
    const { dir, original, before, json } = await exportedWithApprovals();

    const other = join(dir, 'other.vvt');
    expect((await vvt(['create', other, '--organisation', 'Alt GmbH'])).code).toBe(0);
    const replaced = await vvt(['import', json, other, '--replace', '--lang', 'en']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('2 approved revisions taken over');
    expect(await stateOfFile(other)).toEqual({ ...before, draftName: 'Bewerbungen' });
    const again = await vvt(['import', json, other, '--replace', '--lang', 'en']);
    expect(again.stdout).toMatch(/: 0 written, 0 deleted, \d+ unchanged\./);
  });

  it('replacing with a format-1 file keeps what the register knows about approvals and says so; submissions are never deleted', async () => {
    const { dir, original, before, json } = await exportedWithApprovals();
    const oldFile = asFormat1(dir, json);

    const dryRun = await vvt(['import', oldFile, original, '--replace', '--dry-run']);
    expect(dryRun.stdout).toContain('2 freigegebene Fassungen aus dem Verzeichnis beibehalten (gleicher Inhalt bzw. Änderung in Arbeit).');
    expect(dryRun.stdout).toContain('1 Übermittlung des Verzeichnisses beibehalten, die die Datei nicht enthält (Übermittlungen werden nie gelöscht).');
    const replaced = await vvt(['import', oldFile, original, '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('Die Datei hat das Format 1 und enthält keine Freigabedaten');
    expect(replaced.stdout).toContain('2 freigegebene Fassungen aus dem Verzeichnis beibehalten (gleicher Inhalt bzw. Änderung in Arbeit).');
    expect(replaced.stdout).toContain('1 Übermittlung des Verzeichnisses beibehalten, die die Datei nicht enthält (Übermittlungen werden nie gelöscht).');
    expect(replaced.stdout).not.toContain('ohne freigegebene Fassung');
    expect(await stateOfFile(original)).toEqual({ ...before, draftName: 'Bewerbungen' });
  });

  it('refuses a file whose submission differs from the stored one with the same id, and changes nothing', async () => {
    const { dir, original, before, json } = await exportedWithApprovals();
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    doc.register.submissions[0].authority = 'Eine andere Behörde';
    doc.register.activities.find((a: { id: string }) => a.id === 'a-draft').name = 'Bewerbungen (umbenannt)';
    writeFileSync(json, JSON.stringify(doc));
    const refused = await vvt(['import', json, original, '--replace', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^Submission \S+ \(\S+\) is already in the register with different content\. Submissions are never changed; nothing was imported\.\n$/);
    expect(await stateOfFile(original)).toEqual({ ...before, draftName: 'Bewerbungen' });
  });
});
