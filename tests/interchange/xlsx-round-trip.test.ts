import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../domain/interchange';
import { ActivitySchema, newPurpose, type Activity } from '../../domain/model';
import { isAdditionalRequirement } from '../../domain/spreadsheet';
import { withRegister } from '../../backend/cli/register-file';
import { vvt } from '../cli/support/run-vvt';
import { useTempDir } from '../support/temp-dir';
import { DEMO_FILE } from './support/sample-register';

const tempDir = useTempDir();

/** The fields the activities sheet carries; ids, timestamps and fields without a column are left out. */
function carried(activity: Activity) {
  return {
    reference: activity.reference,
    name: activity.name,
    description: activity.description,
    status: activity.status,
    owner: activity.owner,
    purposes: activity.purposes.map((p) => ({
      description: p.description,
      legalBases: p.legalBases.filter((b) => !isAdditionalRequirement(b.code)),
      legitimateInterest: p.legitimateInterest,
    })),
    dataSubjectCategories: activity.dataSubjectCategories.map(({ catalogueId, label }) => ({ catalogueId, label })),
    dataCategories: activity.dataCategories.map(({ catalogueId, label, special }) => ({ catalogueId, label, special })),
    dataSource: { fromDataSubject: activity.dataSource.fromDataSubject, otherSources: activity.dataSource.otherSources },
    recipients: activity.recipients.map(({ catalogueId, label, kind }) => ({ catalogueId, label, kind })),
    transfers: activity.transfers.map((t) => ({
      countryCode: t.countryCode,
      recipient: t.recipient,
      mechanism: t.mechanism,
      safeguardsDocumentation: t.mechanism === 'none' ? t.safeguardsDocumentation : '',
    })),
    retention: activity.retention.map((r) => ({
      description: r.description,
      periodAmount: r.periodAmount,
      periodUnit: r.periodAmount === null ? null : r.periodUnit,
      periodText: r.periodAmount === null ? r.periodText : '',
      trigger: r.trigger,
      basis: r.basis,
    })),
    toms: { measureIds: activity.toms.measureIds, specific: activity.toms.specific },
    dpia: activity.dpia.decision,
    lastReviewedOn: activity.lastReviewedOn,
    nextReviewOn: activity.nextReviewOn,
  };
}

function activitiesOf(path: string) {
  const document = JSON.parse(readFileSync(path, 'utf8')) as InterchangeDocument;
  return document.register.activities.map(carried).sort((a, b) => a.name.localeCompare(b.name));
}

describe('xlsx export', () => {
  for (const language of ['de', 'en'] as const) {
    it(`reads back to the same activities (${language}): xlsx export → import → JSON export equals the JSON export`, async () => {
      const dir = tempDir();
      const original = join(dir, 'original.vvt');
      expect((await vvt(['import', DEMO_FILE, original])).code).toBe(0);
      expect((await vvt(['export', original, join(dir, 'original.json')])).code).toBe(0);
      const exported = await vvt(['export', original, join(dir, 'register.xlsx'), '--lang', language]);
      expect(exported.code, exported.stderr).toBe(0);

      // The same register without its activities (TOM catalogue, parties and channels stay), then the sheet imported.
      const copy = join(dir, 'copy.vvt');
      expect((await vvt(['import', DEMO_FILE, copy])).code).toBe(0);
      await withRegister(copy, 'test', async (store) => {
        for (const activity of await store.activities.list()) await store.activities.delete(activity.id);
      });
      const imported = await vvt(['import', join(dir, 'register.xlsx'), copy, '--lang', language]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).not.toContain('[abgelehnt]');
      expect(imported.stdout).not.toContain('[refused]');
      expect((await vvt(['export', copy, join(dir, 'copy.json')])).code).toBe(0);

      const before = activitiesOf(join(dir, 'original.json'));
      expect(before.length).toBeGreaterThan(3);
      expect(activitiesOf(join(dir, 'copy.json'))).toEqual(before);
    });
  }

  it('writes the auditor sheets with frozen header, filters and widths', async () => {
    const dir = tempDir();
    const register = join(dir, 'demo.vvt');
    await vvt(['import', DEMO_FILE, register]);
    await withRegister(register, 'test', (store) => store.activities.save(ActivitySchema.parse({ id: 'gap', name: 'Lücke', purposes: [newPurpose('Ohne Grundlage')] })));
    const path = join(dir, 'demo.xlsx');
    expect((await vvt(['export', register, path])).stdout).toContain('Excel-Datei geschrieben');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tätigkeiten', 'Externe Stellen', 'Kanäle', 'Befunde']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(1).width).toBeGreaterThan(8);
    }
    const activities = workbook.getWorksheet('Tätigkeiten')!;
    expect(activities.getRow(1).getCell(2).value).toBe('Bezeichnung');
    const channels = workbook.getWorksheet('Kanäle')!;
    expect(channels.rowCount).toBeGreaterThan(1);
    expect(channels.getRow(2).getCell(5).value).toMatch(/^\d+$/);
    const findings = workbook.getWorksheet('Befunde')!;
    const texts = findings.getSheetValues().flat().map(String);
    // The engine's finding, with its rule id and references, as `vvt check` prints it.
    expect(texts).toContain('Zweck „Ohne Grundlage“: Es ist keine Rechtsgrundlage angegeben. Wählen Sie eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO.');
    expect(texts).toContain('basis.missing');
    expect(texts).toContain('Art. 6(1) GDPR; Art. 5(2) GDPR');
  });
});
