import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { DEMO_FILE, FIXED_EXPORTED_AT, demoText } from '../interchange/support/sample-register';
import { useTempDir } from '../support/temp-dir';
import { fakePdf, vvt } from './support/run-vvt';

const tempDir = useTempDir();

describe('vvt commands', () => {
  it('create makes an empty register with the organisation name (German and English)', async () => {
    const dir = tempDir();
    const path = join(dir, 'neu.vvt');
    expect(await vvt(['create', path, '--organisation', 'Beispiel e.V.'])).toEqual({ code: 0, stdout: `Verzeichnis angelegt: ${path}\n`, stderr: '' });
    const store = SqliteRegisterStore.open(path, { create: false });
    expect((await store.organisation.get()).name).toBe('Beispiel e.V.');
    expect((await store.changeLog.list())[0].actor).toBe('Test-DSB');
    await store.close();
    const english = await vvt(['create', 'other.vvt'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(english).toEqual({ code: 0, stdout: `Register created: ${join(dir, 'other.vvt')}\n`, stderr: '' });
  });

  it('import, export, validate: a round trip through the CLI is byte-identical', async () => {
    const dir = tempDir();
    const target = join(dir, 'shop.vvt');
    const imported = await vvt(['import', DEMO_FILE, target]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      `Importiert nach ${target}: 5 Tätigkeiten, 4 externe Stellen, 1 Kanäle, 0 Auftragsverarbeitungen, 9 TOMs, 1 Anhänge.\n` +
        'Freigaben und Übermittlungen:\n' +
        '3 freigegebene Fassungen übernommen (wer, wann, Version, freigegebener Inhalt).\n' +
        'Keine Übermittlungen an die Aufsichtsbehörde.\n' +
        'Das Änderungsprotokoll wird nicht übernommen: das Verzeichnis führt sein eigenes, neu verkettetes Protokoll, das mit diesem Import beginnt. Die Freigaben und Übermittlungen oben sind als Daten übernommen.\n' +
        'Befunde im importierten Verzeichnis: 2 (Fehler 0, Warnungen 2, Hinweise 0); Einzelheiten: vvt check\n',
    );
    const json = join(dir, 'shop.json');
    const exported = await vvt(['export', target, json, '--lang', 'en'], { now: () => new Date(FIXED_EXPORTED_AT) });
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^Exported to .*shop\.json: 5 activities, 4 parties/);
    expect(readFileSync(json, 'utf8')).toBe(demoText());
    expect(await vvt(['validate', json])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Gültig: .*shop\.json \(5 Tätigkeiten/) });
  });

  it('import into an existing register needs --replace, which replaces it in one go', async () => {
    const dir = tempDir();
    const target = join(dir, 'shop.vvt');
    await vvt(['create', target, '--organisation', 'Alt GmbH']);
    const refused = await vvt(['import', DEMO_FILE, target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `Die Datei ${target} gibt es bereits. Um ihren Inhalt zu ersetzen, --replace angeben.\nHilfe: vvt --help\n`,
    );
    const replaced = await vvt(['import', DEMO_FILE, target, '--replace', '--lang', 'en']);
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(replaced.stdout).toMatch(/^Content of .*shop\.vvt replaced: 21 written, 0 deleted, 0 unchanged\.$/m);
    const summary = JSON.parse((await vvt(['summary', target, '--json'])).stdout);
    expect(summary.organisation.name).toBe('Muster Shop GmbH');
  });

  it('pdf writes the rendered document with the chosen language and variant', async () => {
    const dir = tempDir();
    const register = join(dir, 'shop.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const calls: unknown[] = [];
    const renderPdf = async (snapshot: { activities: unknown[] }, options: unknown) => {
      calls.push({ activities: snapshot.activities.length, options });
      return fakePdf();
    };
    const out = join(dir, 'vvt.pdf');
    const result = await vvt(['pdf', register, out, '--variant', 'internal', '--lang', 'en'], { renderPdf });
    expect(result).toEqual({ code: 0, stdout: `PDF written: ${out}\n`, stderr: '' });
    expect(calls).toEqual([{ activities: 5, options: { language: 'en', variant: 'internal' } }]);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7 fake\n');
    await vvt(['pdf', register, out], { renderPdf });
    expect(calls[1]).toMatchObject({ options: { language: 'de', variant: 'authority' } });
  });

  it('summary shows figures and findings; --json is machine-readable', async () => {
    const dir = tempDir();
    const register = join(dir, 'shop.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const text = await vvt(['summary', register]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Verzeichnis: Muster Shop GmbH\n');
    expect(text.stdout).toContain('Verarbeitungstätigkeiten: 5 (Entwurf 1, in Prüfung 1, freigegeben 3, archiviert 0)\n');
    expect(text.stdout).toContain('Befunde: 2 (Fehler 0, Warnungen 2, Hinweise 0)\n');
    expect(text.stdout).toContain('  [Warnung] Tätigkeit „Buchhaltung und Zahlungsverkehr“ – Es sind keine technischen und organisatorischen Maßnahmen beschrieben.');
    expect(text.stdout).toContain('  [Warnung] Tätigkeit „Newsletter-Versand“ – Die Überprüfung der Tätigkeit war am 2026-08-20 fällig.');

    const json = await vvt(['summary', register, '--json']);
    const summary = JSON.parse(json.stdout);
    expect(summary.counts.activities).toEqual({ total: 5, draft: 1, in_review: 1, approved: 3, archived: 0 });
    expect(summary.findings.map((f: { rule: string; entity: { id: string } }) => [f.rule, f.entity.id])).toEqual([
      ['activity.toms-missing', 'act-accounting'],
      ['activity.review-overdue', 'act-newsletter'],
    ]);
    expect(summary.channels[0].checklist).toEqual({ done: 11, notApplicable: 0, open: 4, total: 15 });
    expect(summary.findingCount).toBe(2);
    expect(summary.findingCounts).toEqual({ error: 0, warning: 2, info: 0 });
    // summary and check report the same findings
    const check = JSON.parse((await vvt(['check', register, '--json'])).stdout);
    expect(check.findings).toEqual(summary.findings);
  });

  it('summary flags transfers without mechanism and unverified DPF transfers', async () => {
    const dir = tempDir();
    const doc = JSON.parse(demoText());
    const wa = doc.register.activities.find((a: { id: string }) => a.id === 'act-whatsapp-support');
    wa.transfers.push({ ...wa.transfers[0], id: 'wa-t2', countryCode: 'IN', recipient: 'Callcenter Ltd.', mechanism: 'none' });
    wa.transfers[0].dpfCheckedOn = '';
    const source = join(dir, 'changed.json');
    writeFileSync(source, JSON.stringify(doc));
    const register = join(dir, 'changed.vvt');
    expect((await vvt(['import', source, register])).code).toBe(0);
    const summary = JSON.parse((await vvt(['summary', register, '--json'])).stdout);
    const rules = summary.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('transfer.no-mechanism');
    expect(rules).toContain('transfer.dpf-check-missing');
    const text = (await vvt(['summary', register, '--lang', 'en'])).stdout;
    expect(text).toContain(
      '  [Error] Activity “Kundenservice über WhatsApp Business” – Transfer to India without a transfer mechanism. Choose an adequacy decision, appropriate safeguards or an Art. 49 derogation. (transfer.no-mechanism; Art. 44 GDPR, Art. 46 GDPR, Art. 49 GDPR)\n',
    );
  });

  it('export warns about references to nothing that an import would refuse', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const store = SqliteRegisterStore.open(register, { create: false });
    await store.channels.delete('channel-whatsapp');
    await store.close();
    const json = join(dir, 'r.json');
    const result = await vvt(['export', register, json]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Warnung: Das Verzeichnis enthält Verweise ins Leere/);
    expect(result.stderr).toMatch(/\$\.register\.activities\[\d\]\.channelIds\[0\]: verweist auf einen Kanal mit der ID channel-whatsapp/);
    expect(existsSync(json)).toBe(true);
  });
});
