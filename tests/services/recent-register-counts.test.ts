import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecentRegisterCounts } from '../../domain/ipc/channels/reminders';
import { PartySchema } from '../../domain/model';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function createRegister(s: TestServices, path: string, name: string) {
  s.dialogs.answers.chooseNewRegisterPath.push(path);
  expect(await s.dispatch('register.create', { organisationName: name })).toMatchObject({ ok: true });
}

describe('reminders.recentCounts', () => {
  it('counts the reminders of every recent register without writing to the files', async () => {
    const dir = tempDir();
    services = startTestServices(dir);
    const expired = join(dir, 'Mandant A.vvt');
    const clean = join(dir, 'Mandant B.vvt');
    await createRegister(services, expired, 'Mandant A');
    const party = PartySchema.parse({
      id: 'p1',
      name: 'Hoster GmbH',
      roles: ['processor'],
      contracts: [{ id: 'c1', type: 'avv', signedOn: '2020-01-01', validUntil: '2021-01-14' }],
    });
    expect(await services.dispatch('parties.save', { party })).toMatchObject({ ok: true });
    await createRegister(services, clean, 'Mandant B');
    await services.dispatch('register.close', undefined);
    const before = sha(expired);

    const result = await services.dispatch('reminders.recentCounts', { today: '2026-11-28' });
    if (!result.ok) throw new Error(result.error.message);
    const byPath = new Map((result.value as RecentRegisterCounts[]).map((r) => [r.path, r]));
    expect(byPath.get(expired)?.counts?.bySeverity.overdue).toBeGreaterThanOrEqual(1);
    expect(byPath.get(expired)?.counts?.byKind.avv_expiry.overdue).toBe(1);
    expect(byPath.get(clean)?.counts?.total).toBe(0);
    expect(sha(expired)).toBe(before);
    // A read-only SQLite connection would leave -wal/-shm behind, which look like "open elsewhere".
    expect(existsSync(`${expired}-wal`) || existsSync(`${expired}-shm`)).toBe(false);
  });

  it('reports files that moved or come from a newer version instead of failing', async () => {
    const dir = tempDir();
    services = startTestServices(dir);
    const moved = join(dir, 'moved.vvt');
    const newer = join(dir, 'newer.vvt');
    await createRegister(services, moved, 'Verzogen');
    await createRegister(services, newer, 'Neuer');
    await services.dispatch('register.close', undefined);
    renameSync(moved, join(dir, 'elsewhere.vvt'));
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();

    const result = await services.dispatch('reminders.recentCounts', {});
    expect(result).toMatchObject({
      ok: true,
      value: expect.arrayContaining([
        { path: moved, counts: null, error: 'file_not_found' },
        { path: newer, counts: null, error: 'register_too_new' },
      ]),
    });
  });
});
