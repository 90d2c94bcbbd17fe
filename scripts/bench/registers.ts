import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityQuerySchema, type ActivityQueryInput } from '../../domain/model';
import { listDepartments } from '../../backend/features/activity-departments';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { COMMON_TERM, RARE_TERM, generateActivities } from '../../domain/sample/generate-activities';
import { measure, measureOnce, ms, printTable, type BenchSection } from './harness';

const SIZES = [500, 5_000] as const;
const RUNS = 9;

type Operation = [label: string, run: (store: SqliteRegisterStore) => Promise<unknown>];

const query = (input: ActivityQueryInput) => (store: SqliteRegisterStore) => store.activities.query(ActivityQuerySchema.parse(input));

/** What the activity list does: first page and full list, search, each filter, counting. */
const OPERATIONS: Operation[] = [
  ['list first page (100) by name', query({ limit: 100 })],
  ['full list by name', query({})],
  ['full list by department, descending', query({ sort: 'department', descending: true })],
  [`text search, common term "${COMMON_TERM}" (page)`, query({ text: COMMON_TERM, limit: 100 })],
  [`text search, rare term "${RARE_TERM}"`, query({ text: RARE_TERM, limit: 100 })],
  ['text search, two terms "lohn hamburg"', query({ text: 'lohn hamburg', limit: 100 })],
  ['text search, short term "it"', query({ text: 'it', limit: 100 })],
  ['filter status approved (page)', query({ statuses: ['approved'], limit: 100 })],
  ['filter department "Personal" (page)', query({ department: 'Personal', limit: 100 })],
  ['filter legal basis 6-1-f (page)', query({ legalBasis: '6-1-f', limit: 100 })],
  ['filter special categories (page)', query({ specialCategories: true, limit: 100 })],
  ['filter third-country transfer (page)', query({ thirdCountry: true, limit: 100 })],
  ['filter review due by 2026-06-30 (page)', query({ reviewDueBy: '2026-06-30', limit: 100 })],
  ['filters combined + text', query({ statuses: ['approved'], department: 'IT', legalBasis: '6-1-b', text: 'kunden', limit: 100 })],
  ['count', (store) => store.activities.count()],
  ['departments (filter select)', (store) => listDepartments(store)],
];

async function benchSize(size: number): Promise<{ insert: number; timings: Map<string, number> }> {
  const dir = mkdtempSync(join(tmpdir(), 'vvt-bench-'));
  const store = SqliteRegisterStore.open(join(dir, `bench-${size}.vvt`), { create: true, actor: 'bench' });
  try {
    const activities = generateActivities(size);
    const insert = await measureOnce(() => store.writeBatch(activities.map((value) => ({ op: 'save', kind: 'activity', value }))));
    const timings = new Map<string, number>();
    for (const [label, run] of OPERATIONS) timings.set(label, (await measure(() => run(store), RUNS)).median);
    return { insert, timings };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const registersSection: BenchSection = {
  name: 'registers',
  async run() {
    const [small, large] = [await benchSize(SIZES[0]), await benchSize(SIZES[1])];
    process.stdout.write(`\nActivity register: medians over ${RUNS} runs (after one warm-up), milliseconds\n\n`);
    const ratio = (a: number, b: number) => `${(b / a).toFixed(1)}×`;
    printTable(
      ['operation', `${SIZES[0]} activities`, `${SIZES[1]} activities`, 'ratio'],
      [
        [`insert all in one batch (single run)`, ms(small.insert), ms(large.insert), ratio(small.insert, large.insert)],
        ...OPERATIONS.map(([label]) => {
          const [a, b] = [small.timings.get(label)!, large.timings.get(label)!];
          return [label, ms(a), ms(b), ratio(a, b)];
        }),
      ],
    );
  },
};
