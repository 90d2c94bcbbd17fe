import { describe, expect, it } from 'vitest';
import { ActivitySchema, type Activity } from '../../domain/model';
import { copyActivity, nameWithSuffix, nestedIds } from '../../domain/rules/activity-duplicate';
import { detachRegisterReferences } from '../../domain/rules/activity-portability';

function sample(): Activity {
  return ActivitySchema.parse({
    id: 'a1',
    reference: 'VT-007',
    name: 'Bewerbermanagement',
    status: 'approved',
    purposes: [{ id: 'p1', description: 'Auswahl', legalBases: [{ code: '6-1-b', note: '' }] }],
    dataSubjectCategories: [{ id: 's1', label: 'Bewerber' }],
    dataCategories: [
      { id: 'c1', label: 'Lebenslauf' },
      { id: 'c2', label: 'Gesundheit', special: 'art9' },
    ],
    recipients: [{ id: 'r1', label: 'Fachabteilung', kind: 'internal', partyId: 'party-1' }],
    transfers: [{ id: 't1', countryCode: 'US', mechanism: 'dpf', partyId: 'party-2' }],
    retention: [
      { id: 'k1', dataCategoryIds: ['c1', 'c2'], description: '6 Monate' },
      { id: 'k2', dataCategoryIds: ['gone'], description: 'alt' },
    ],
    toms: { measureIds: ['m1'] },
    jointControllerPartyIds: ['party-3'],
    channelIds: ['ch-1'],
    lastReviewedOn: '2026-01-01',
    nextReviewOn: '2027-01-01',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    version: 4,
  });
}

describe('copyActivity', () => {
  it('gives the copy and every nested entry fresh ids and remaps retention categories', () => {
    const original = sample();
    let n = 0;
    const copy = copyActivity(original, { newId: () => `new-${++n}` });
    const oldIds = new Set(nestedIds(original));
    expect(nestedIds(copy).filter((id) => oldIds.has(id))).toEqual([]);
    expect(new Set(nestedIds(copy)).size).toBe(nestedIds(copy).length);
    const [cv, health] = copy.dataCategories;
    expect(copy.retention[0].dataCategoryIds).toEqual([cv.id, health.id]);
    expect(copy.retention[1].dataCategoryIds).toEqual([]);
    expect(copy).toMatchObject({ status: 'draft', reference: '', version: 0, createdAt: '', updatedAt: '', lastReviewedOn: '', nextReviewOn: '' });
    expect(copy.toms.measureIds).toEqual(['m1']);
  });

  it('shares no objects with the original', () => {
    const original = sample();
    const copy = copyActivity(original);
    copy.purposes[0].legalBases[0].note = 'changed';
    copy.retention[0].dataCategoryIds.push('x');
    copy.toms.measureIds.push('m2');
    expect(original).toEqual(sample());
  });

  it('names copies with a suffix that still fits the 500-character limit', () => {
    expect(nameWithSuffix('CRM', ' (Kopie)')).toBe('CRM (Kopie)');
    const long = nameWithSuffix('x'.repeat(500), ' (copy)');
    expect(long).toHaveLength(500);
    expect(long.endsWith(' (copy)')).toBe(true);
  });

  it('detaching removes party and channel links but keeps names and labels', () => {
    const { activity, cleared } = detachRegisterReferences(sample());
    expect(cleared).toBe(4);
    expect(activity.recipients[0]).toMatchObject({ label: 'Fachabteilung', partyId: '' });
    expect(activity.transfers[0]).toMatchObject({ countryCode: 'US', partyId: '' });
    expect(activity.jointControllerPartyIds).toEqual([]);
    expect(activity.channelIds).toEqual([]);
  });
});
