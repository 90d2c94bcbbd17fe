import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity, ActivityQueryInput } from '../../domain/model';
import { COMMON_TERM, DEPARTMENTS, RARE_TERM, generateActivities } from '../../domain/sample/generate-activities';
import { searchText } from '../../backend/storage/sqlite/activity-columns';
import { startTestServices, type TestServices } from '../support/services';
import { workflowApi } from './workflow-support';

/**
 * The list's filters over a generated register of 5,000 activities (the bench's data): every
 * count is checked against the same filter computed here over the generated activities.
 */
const COUNT = 5_000;
let dir: string;
let services: TestServices;
let api: ReturnType<typeof workflowApi>;
const activities: Activity[] = generateActivities(COUNT);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vvt-filters-'));
  services = startTestServices(dir);
  api = workflowApi(services);
  services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'gross.vvt'));
  await api.call('register.create', { organisationName: 'Konzern' });
  await api.store().writeBatch(activities.map((value) => ({ op: 'save', kind: 'activity', value })));
}, 120_000);

afterAll(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const visible = (a: Activity) => a.status !== 'archived';
const codes = (a: Activity) => a.purposes.flatMap((p) => p.legalBases.map((b) => b.code));
const texts = new Map(activities.map((a) => [a.id, searchText(a)]));
const contains = (a: Activity, term: string) => texts.get(a.id)!.includes(term);

const CASES: [string, ActivityQueryInput, (a: Activity) => boolean][] = [
  ['everything but archived', {}, visible],
  ['including archived', { includeArchived: true }, () => true],
  ['status approved', { statuses: ['approved'] }, (a) => a.status === 'approved'],
  ['statuses draft + archived', { statuses: ['draft', 'archived'] }, (a) => a.status === 'draft' || a.status === 'archived'],
  ['department (any case)', { department: 'personal' }, (a) => visible(a) && a.owner.department === 'Personal'],
  ['legal basis 6-1-f', { legalBasis: '6-1-f' }, (a) => visible(a) && codes(a).includes('6-1-f')],
  ['legal basis 9-2-b', { legalBasis: '9-2-b' }, (a) => visible(a) && codes(a).includes('9-2-b')],
  ['special categories', { specialCategories: true }, (a) => visible(a) && a.dataCategories.some((c) => c.special !== 'none')],
  ['no special categories', { specialCategories: false }, (a) => visible(a) && a.dataCategories.every((c) => c.special === 'none')],
  ['third country', { thirdCountry: true }, (a) => visible(a) && a.transfers.length > 0],
  ['review due by', { reviewDueBy: '2026-06-30' }, (a) => visible(a) && a.nextReviewOn !== '' && a.nextReviewOn <= '2026-06-30'],
  ['common term', { text: COMMON_TERM }, (a) => visible(a) && contains(a, COMMON_TERM)],
  ['rare term', { text: RARE_TERM.toUpperCase() }, (a) => visible(a) && contains(a, RARE_TERM)],
  ['two terms', { text: 'lohn  hamburg' }, (a) => visible(a) && contains(a, 'lohn') && contains(a, 'hamburg')],
  [
    'combined',
    { statuses: ['approved'], department: 'IT', legalBasis: '6-1-b', text: 'kunden', thirdCountry: false },
    (a) => a.status === 'approved' && a.owner.department === 'IT' && codes(a).includes('6-1-b') && contains(a, 'kunden') && !a.transfers.length,
  ],
];

describe(`activity list filters over ${COUNT} generated activities`, () => {
  it('the generated register covers every filter with both hits and misses', () => {
    for (const [label, , predicate] of CASES.slice(2)) {
      const hits = activities.filter(predicate).length;
      expect(hits, label).toBeGreaterThan(0);
      expect(hits, label).toBeLessThan(COUNT);
    }
  });

  for (const [label, query, predicate] of CASES) {
    it(`counts and pages correctly: ${label}`, async () => {
      const expected = activities.filter(predicate);
      const page = await api.call('activities.list', { ...query, limit: 100 });
      expect(page.total).toBe(expected.length);
      expect(page.items.length).toBe(Math.min(100, expected.length));
      const expectedIds = new Set(expected.map((a) => a.id));
      expect(page.items.every((item) => expectedIds.has(item.id))).toBe(true);
    });
  }

  it('sorts the full list by name like the UI expects and pages without gaps', async () => {
    const all = await api.call('activities.list', { includeArchived: true });
    expect(all.items.map((i) => i.id)).toHaveLength(COUNT);
    // COLLATE NOCASE folds ASCII letters only.
    const names = all.items.map((i) => i.name.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const second = await api.call('activities.list', { includeArchived: true, limit: 100, offset: 100 });
    expect(second.items.map((i) => i.id)).toEqual(all.items.slice(100, 200).map((i) => i.id));
  });

  it('lists the departments in use', async () => {
    const used = new Set(activities.map((a) => a.owner.department).filter(Boolean));
    expect(await api.call('activities.departments')).toEqual(DEPARTMENTS.filter((d) => used.has(d)).sort((a, b) => a.localeCompare(b, 'de')));
  });
});
