import { describe, expect, it } from 'vitest';
import {
  describeApprovalImport,
  describeInterchangeFailure,
  planApprovalImport,
  readInterchangeValue,
  type InterchangeDocument,
} from '../../domain/interchange';
import type { ApprovedRevision } from '../../domain/model';
import { demoText } from './support/sample-register';

type Json = Record<string, any>;

function demo(): Json {
  return JSON.parse(demoText());
}

/** The demo register with one recorded submission (printing the approved activities). */
function withSubmission(): Json {
  const doc = demo();
  const printed = doc.register.approvedRevisions.map((r: Json) => r.activity);
  doc.register.submissions = [
    {
      id: 'sub-1',
      submittedAt: '2026-11-01T10:00:00.000Z',
      authority: 'BayLDA',
      fileName: 'vvt-behoerde.pdf',
      sha256: 'a'.repeat(64),
      language: 'de',
      recordedBy: 'Dr. Dana Schutz',
      activityCount: printed.length,
      activities: printed,
    },
  ];
  return doc;
}

function lines(doc: Json, language: 'de' | 'en'): string[] {
  const result = readInterchangeValue(doc);
  if (result.ok) throw new Error('expected the document to be refused');
  return describeInterchangeFailure(result.failure, language, 100);
}

function read(doc: Json): InterchangeDocument {
  const result = readInterchangeValue(doc);
  if (!result.ok) throw new Error(describeInterchangeFailure(result.failure, 'en').join('\n'));
  return result.document;
}

describe('approval data in an interchange file is validated like the rest', () => {
  it('accepts approved revisions and submissions', () => {
    const document = read(withSubmission());
    expect(document.register.approvedRevisions.map((r) => r.activityId)).toEqual(['act-hosting', 'act-newsletter', 'act-orders']);
    expect(document.register.submissions[0]).toMatchObject({ authority: 'BayLDA', activityCount: 3 });
  });

  it('refuses malformed revisions and submissions with the JSON path, in German and English', () => {
    const doc = withSubmission();
    doc.register.approvedRevisions[0].approvedAt = 'gestern';
    doc.register.approvedRevisions[1].approvedBy = 42;
    doc.register.approvedRevisions[2].signedBy = 'Erika';
    doc.register.submissions[0].sha256 = 'kein-hash';
    doc.register.submissions[0].language = 'fr';
    delete doc.register.submissions[0].authority;
    expect(lines(doc, 'en')).toEqual([
      'The file is invalid (6 problems):',
      '  $.register.approvedRevisions[0].approvedAt: not a valid ISO 8601 date-time: "gestern"',
      '  $.register.approvedRevisions[1].approvedBy: wrong type: expected text, found integer',
      '  $.register.approvedRevisions[2].signedBy: unknown field (typo?)',
      '  $.register.submissions[0].authority: required field is missing (expected: text)',
      '  $.register.submissions[0].sha256: invalid format: "kein-hash"',
      '  $.register.submissions[0].language: invalid value "fr"; allowed: "de", "en"',
    ]);
    expect(lines(doc, 'de')[1]).toBe('  $.register.approvedRevisions[0].approvedAt: kein gültiger Zeitpunkt nach ISO 8601: "gestern"');
  });

  it('refuses approval data that does not fit the activities, never guessing what was approved', () => {
    const doc = withSubmission();
    const orders = doc.register.activities.find((a: Json) => a.id === 'act-orders');
    orders.description = 'nachträglich geändert, Status aber noch freigegeben';
    doc.register.approvedRevisions[0].activityId = 'act-unknown';
    doc.register.approvedRevisions[1].activity.status = 'draft';
    doc.register.approvedRevisions.push({ ...doc.register.approvedRevisions[2], activity: { ...doc.register.approvedRevisions[2].activity, id: 'act-hosting' } });
    doc.register.submissions.push({ ...doc.register.submissions[0], activityCount: 7 });
    expect(lines(doc, 'en')).toEqual([
      'The file is invalid (6 problems):',
      '  $.register.approvedRevisions[0].activityId: refers to an activity with the id act-unknown, which the file does not contain',
      '  $.register.approvedRevisions[1].activity.status: an approved revision must have the status "approved", found draft',
      '  $.register.approvedRevisions[2].activity: the activity "Online-Shop: Bestellabwicklung" is approved in the file but its content differs from its approved revision – which state was approved is unclear',
      '  $.register.approvedRevisions[3].activityId: the id act-orders occurs twice (first at $.register.approvedRevisions[2].activityId)',
      '  $.register.submissions[1].id: the id sub-1 occurs twice (first at $.register.submissions[0].id)',
      '  $.register.submissions[1].activityCount: the stated number of activities is 7, the submission holds 3',
    ]);
    const german = lines(doc, 'de').join('\n');
    expect(german).toContain('$.register.approvedRevisions[0].activityId: verweist auf eine Tätigkeit mit der ID act-unknown, die es in der Datei nicht gibt');
    expect(german).toContain('$.register.approvedRevisions[2].activity: die Tätigkeit „Online-Shop: Bestellabwicklung“ ist in der Datei freigegeben, ihr Inhalt weicht aber von ihrer freigegebenen Fassung ab');
    expect(german).toContain('$.register.submissions[1].activityCount: angegebene Zahl der Tätigkeiten 7, die Übermittlung enthält 3');
  });

  it('refuses a revision that names another activity than the one it is filed under', () => {
    const doc = demo();
    doc.register.approvedRevisions[0].activity.id = 'act-orders';
    expect(lines(doc, 'en')).toContain('  $.register.approvedRevisions[0].activity.id: the approved revision belongs to activity act-orders, not to act-hosting');
  });

  it('refuses a Privacy Shield transfer in an approved revision, since the authority version would print it', () => {
    const doc = demo();
    doc.register.approvedRevisions[1].activity.transfers = [{ id: 't-1', countryCode: 'US', partyId: '', mechanism: 'privacy_shield' }];
    expect(lines(doc, 'en')[1]).toMatch(/^ {2}\$\.register\.approvedRevisions\[1\]\.activity\.transfers\[0\]\.mechanism: .*C-311\/18/);
  });
});

describe('what an import does with approvals (planApprovalImport)', () => {
  const importedAt = '2026-12-02T08:00:00.000Z';
  const source = { fileName: 'kopie.json', fileVersion: 2, carriesApprovalData: true };

  it('takes the file\'s revisions and submissions as they are', () => {
    const document = read(withSubmission());
    const plan = planApprovalImport(document, source, { importedAt, language: 'de' });
    expect(plan.revisions).toEqual(document.register.approvedRevisions);
    expect(plan).toMatchObject({ fromFile: 3, kept: 0, assumed: [], pending: [] });
    expect(plan.submissions).toHaveLength(1);
  });

  it('an approved activity without revision stays approved with a revision naming the import (never a person)', () => {
    const doc = demo();
    doc.register.approvedRevisions = doc.register.approvedRevisions.filter((r: Json) => r.activityId !== 'act-orders');
    const plan = planApprovalImport(read(doc), source, { importedAt, language: 'en' });
    expect(plan.assumed).toEqual([{ id: 'act-orders', name: 'Online-Shop: Bestellabwicklung' }]);
    const assumed = plan.revisions.find((r) => r.activityId === 'act-orders')!;
    expect(assumed).toMatchObject({ approvedAt: importedAt, approvedBy: 'import of "kopie.json" on 2026-12-02 (file without approval data)', acknowledgement: null });
    expect(describeApprovalImport(plan, 'en')).toContain('  – Online-Shop: Bestellabwicklung (act-orders)');
  });

  it('replacing a register with a file keeps a stored revision of the same content (it knows who approved), and with a format-1 file the revisions of changes in progress', () => {
    const doc = demo();
    const format1 = { ...source, fileVersion: 1, carriesApprovalData: false };
    doc.register.approvedRevisions = [];
    const document = read(doc);
    const orders = document.register.activities.find((a) => a.id === 'act-orders')!;
    const hosting = document.register.activities.find((a) => a.id === 'act-hosting')!;
    const stored: ApprovedRevision[] = [
      { activityId: 'act-orders', activityVersion: 3, approvedAt: '2026-09-14T10:30:00.000Z', approvedBy: 'Erika Mustermann', acknowledgement: null, activity: orders },
      // the register has an older approved text of act-hosting: its current content is a change in progress there
      { activityId: 'act-hosting', activityVersion: 1, approvedAt: '2026-01-01T00:00:00.000Z', approvedBy: 'Erika Mustermann', acknowledgement: null, activity: { ...hosting, description: 'alt' } },
      { activityId: 'act-whatsapp-support', activityVersion: 2, approvedAt: '2026-01-01T00:00:00.000Z', approvedBy: 'Erika Mustermann', acknowledgement: null, activity: { ...hosting, id: 'act-whatsapp-support', status: 'approved' } },
    ];
    const plan = planApprovalImport(document, format1, { importedAt, language: 'de', stored });
    expect(plan.revisions.find((r) => r.activityId === 'act-orders')).toBe(stored[0]);
    // act-hosting is approved in the file with other content than the stored revision: the file's state counts, attributed to the import
    expect(plan.assumed.map((a) => a.id).sort()).toEqual(['act-hosting', 'act-newsletter']);
    // act-whatsapp-support is in review in the file: a format-1 file cannot say its approved revision is gone
    expect(plan.revisions.find((r) => r.activityId === 'act-whatsapp-support')).toBe(stored[2]);
    expect(plan.pending).toEqual([{ id: 'act-whatsapp-support', name: 'Kundenservice über WhatsApp Business' }]);
    expect(plan.kept).toBe(2);
    // a format-2 file without that revision removes it
    const v2 = planApprovalImport(document, source, { importedAt, language: 'de', stored });
    expect(v2.revisions.find((r) => r.activityId === 'act-whatsapp-support')).toBeUndefined();
  });
});
