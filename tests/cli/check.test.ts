import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { DEMO_FILE, demoText } from '../interchange/support/sample-register';
import { useTempDir } from '../support/temp-dir';
import { vvt } from './support/run-vvt';

const tempDir = useTempDir();

type Doc = { register: { activities: { id: string; purposes: { legalBases: { code: string; note: string }[] }[]; transfers: Record<string, unknown>[]; dataCategories: { catalogueId: string }[] }[]; approvedRevisions?: unknown[] } };

/** The demo register with a change, written to a file; returns its path and the activity's index. */
function changedDemo(dir: string, change: (doc: Doc, index: (id: string) => number) => void): string {
  const doc = JSON.parse(demoText()) as Doc;
  change(doc, (id) => doc.register.activities.findIndex((a) => a.id === id));
  // A changed approved activity no longer matches its approved revision, which the import would refuse:
  // these files stand for registers whose approvals are not the point, so they carry none.
  doc.register.approvedRevisions = [];
  const file = join(dir, 'changed.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('vvt check', () => {
  it('prints the findings and exits 0 when none is an error', async () => {
    const dir = tempDir();
    const register = join(dir, 'shop.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const text = await vvt(['check', register, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Findings: 2 (errors 0, warnings 2, notes 0)\n');
    expect(text.stdout).toContain('(activity.toms-missing; Art. 30(1)(g) GDPR, Art. 32(1) GDPR)');
    const json = await vvt(['check', register, '--json', '--lang', 'en']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      findings: [
        {
          rule: 'activity.toms-missing',
          severity: 'warning',
          references: ['Art. 30(1)(g) GDPR', 'Art. 32(1) GDPR'],
          entity: { kind: 'activity', id: 'act-accounting', name: 'Buchhaltung und Zahlungsverkehr' },
          message: 'No technical and organisational measures are described. Choose measures from the TOM catalogue or refer to the security concept.',
        },
        {
          rule: 'activity.review-overdue',
          severity: 'warning',
          references: ['Art. 5(2) GDPR', 'Art. 24(1) GDPR'],
          entity: { kind: 'activity', id: 'act-newsletter', name: 'Newsletter-Versand' },
          message: 'The review of the activity was due on 2026-08-20. Check the record and enter the review date.',
        },
      ],
    });
  });

  it('exits with code 6 when an error finding exists, also with --json', async () => {
    const dir = tempDir();
    const source = changedDemo(dir, (doc, index) => {
      doc.register.activities[index('act-orders')].purposes[0].legalBases = [];
    });
    const register = join(dir, 'shop.vvt');
    expect((await vvt(['import', source, register])).code).toBe(0);
    const text = await vvt(['check', register]);
    expect(text.code).toBe(6);
    expect(text.stdout).toContain('(basis.missing; Art. 6(1) GDPR, Art. 5(2) GDPR)');
    expect(text.stderr).toBe('Das Verzeichnis hat 1 Fehler-Befunde (Exit-Code 6).\n');
    const json = await vvt(['check', register, '--json']);
    expect(json.code).toBe(6);
    expect(JSON.parse(json.stdout).findings[0]).toMatchObject({ rule: 'basis.missing', severity: 'error', entity: { kind: 'activity', id: 'act-orders' } });
  });

  it('documents the command and exit code 6 in --help', async () => {
    const help = (await vvt(['--help', '--lang', 'en'])).stdout;
    expect(help).toContain('  vvt check <file.vvt> [--json] [--lang de|en]\n');
    expect(help).toContain('  6  check: the register has findings of severity “error”\n');
  });
});

describe('import boundaries', () => {
  it('refuses a Privacy Shield transfer with the invalid-input code, naming C-311/18 and the DPF', async () => {
    const dir = tempDir();
    let path = '';
    const source = changedDemo(dir, (doc, index) => {
      const i = index('act-whatsapp-support');
      doc.register.activities[i].transfers[0].mechanism = 'privacy_shield';
      path = `$.register.activities[${i}].transfers[0].mechanism`;
    });
    const result = await vvt(['import', source, join(dir, 'x.vvt'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path}: “Privacy Shield” is no transfer mechanism: the CJEU invalidated it on 16 July 2020 (C-311/18`);
    expect(result.stderr).toContain('EU–U.S. Data Privacy Framework');
    const german = await vvt(['validate', source]);
    expect(german.code).toBe(2);
    expect(german.stderr).toContain('C-311/18');
  });

  it('imports a Privacy Shield mention in free text and reports it as an error finding', async () => {
    const dir = tempDir();
    const source = changedDemo(dir, (doc, index) => {
      doc.register.activities[index('act-whatsapp-support')].transfers[0].tiaNote = 'Grundlage: EU-US Privacy Shield (Zertifizierung geprüft).';
    });
    const register = join(dir, 'shop.vvt');
    expect((await vvt(['import', source, register])).code).toBe(0);
    const check = await vvt(['check', register, '--json', '--lang', 'en']);
    expect(check.code).toBe(6);
    const finding = JSON.parse(check.stdout).findings.find((f: { rule: string }) => f.rule === 'transfer.privacy-shield');
    expect(finding.references).toContain('CJEU C-311/18 (16 Jul 2020, Schrems II)');
    expect(finding.message).toContain('Data Privacy Framework');
  });

  it('refuses an unknown legal-basis code and a mistyped catalogue id with their JSON paths', async () => {
    const dir = tempDir();
    let i = 0;
    const source = changedDemo(dir, (doc, index) => {
      i = index('act-orders');
      doc.register.activities[i].purposes[0].legalBases[0].code = '6-1-z';
      doc.register.activities[i].dataCategories[0].catalogueId = 'identifcation';
    });
    const result = await vvt(['import', source, join(dir, 'x.vvt'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`$.register.activities[${i}].purposes[0].legalBases[0].code: Unknown legal basis “6-1-z”`);
    expect(result.stderr).toContain(`$.register.activities[${i}].dataCategories[0].catalogueId: Unknown catalogue id “identifcation”`);
  });

  it('imports a file that cites § 7 UWG or § 25 TDDDG as a legal basis: the reference becomes an additional requirement', async () => {
    const dir = tempDir();
    const source = changedDemo(dir, (doc, index) => {
      const orders = doc.register.activities[index('act-orders')];
      orders.purposes[0].legalBases.push({ code: 'tdddg-25', note: '§ 25 Abs. 2 TDDDG' });
      // a purpose whose only "basis" was § 7 UWG keeps an error finding
      doc.register.activities[index('act-newsletter')].purposes[0].legalBases = [{ code: 'uwg-7', note: '§ 7 Abs. 2 UWG' }];
    });
    const register = join(dir, 'shop.vvt');
    const imported = await vvt(['import', source, register, '--lang', 'en']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Note: 2 references to section 7 UWG or section 25 TDDDG were taken over as additional requirements (not legal bases).\n');
    const store = SqliteRegisterStore.open(register, { create: false });
    const orders = (await store.activities.get('act-orders'))!;
    expect(orders.purposes[0].legalBases.map((b) => b.code)).not.toContain('tdddg-25');
    expect(orders.purposes[0].additionalRequirements).toEqual([{ code: 'tdddg-25', note: '§ 25 Abs. 2 TDDDG' }]);
    await store.close();
    const check = JSON.parse((await vvt(['check', register, '--json'])).stdout);
    expect(check.findings.map((f: { rule: string; entity: { id: string } }) => [f.rule, f.entity.id])).toContainEqual(['basis.uwg-not-a-basis', 'act-newsletter']);
  });
});
