import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../backend/storage/sqlite/migrations';
import { APPLICATION_ID, migrate } from '../../backend/storage/sqlite/open-database';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { useTempDir } from '../support/temp-dir';
import { SEED_BY_VERSION, seedAtVersion } from './fixtures/seed-by-version';

const tempDir = useTempDir();

function databaseAtVersion(path: string, version: number): void {
  const db = new Database(path);
  db.function('vvt_actor', () => 'migration-test');
  seedAtVersion(db, version, migrate);
  db.close();
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('never turn an empty file into a register (it may be one a crash cut short)', () => {
    const path = join(tempDir(), 'new.vvt');
    databaseAtVersion(path, 0);
    expect(() => SqliteRegisterStore.open(path, { create: false, actor: 't' })).toThrow(/not a VVT Desk register/);
    expect(statSync(path).size).toBe(0);
  });

  it('create registers with the app id set and the latest version', async () => {
    const path = join(tempDir(), 'new.vvt');
    await SqliteRegisterStore.open(path, { create: true, actor: 't' }).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  for (let from = 1; from < LATEST_SCHEMA_VERSION; from++) {
    it(`upgrade a register of version ${from} to ${LATEST_SCHEMA_VERSION} keeping its data and a backup`, async () => {
      const path = join(tempDir(), `v${from}.vvt`);
      databaseAtVersion(path, from);
      const store = SqliteRegisterStore.open(path, { create: false, actor: 't' });
      expect((await store.meta()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect((await store.activities.get('a-1'))?.name).toBe('Lohnabrechnung');
      expect((await store.organisation.get()).name).toBe('Altbestand GmbH');
      // Approved activities become approved revisions, attributed from the change log; drafts do not.
      const revisions = await store.approvals.list();
      const approvedIds = (await store.activities.list()).filter((a) => a.status === 'approved').map((a) => a.id);
      expect(revisions.map((r) => r.activityId).sort()).toEqual(approvedIds.sort());
      expect(await store.approvals.get('a-1')).toMatchObject({ approvedBy: 'migration-test', activityVersion: 1, activity: { name: 'Lohnabrechnung' } });
      if (from >= 2) {
        expect(await store.approvals.get('a-2')).toMatchObject({ approvedBy: 'Dr. Freigabe', activityVersion: 2, activity: { status: 'approved' } });
        expect(await store.approvals.get('a-3')).toBeNull();
      }
      if (from >= 3) {
        expect(await store.approvals.get('a-4')).toMatchObject({ approvedBy: 'Dr. Freigabe', acknowledgement: { reason: 'Löschkonzept folgt' } });
        expect((await store.submissions.list()).map((s) => [s.id, s.authority, s.activityCount])).toEqual([['s-1', 'BayLDA', 1]]);
      }
      // Whatever the starting version, the change log is chained and checks out after the upgrade.
      const verification = await store.verify();
      expect([verification.pages, verification.missingTriggers, verification.chain.problems, verification.invalidRows]).toEqual([[], [], [], []]);
      // Editing a migrated approved activity opens a working draft; the revision keeps the approved text.
      const a1 = (await store.activities.get('a-1'))!;
      const edited = await store.activities.save({ ...a1, description: 'geändert nach der Migration' });
      expect(edited.status).toBe('draft');
      expect((await store.approvals.get('a-1'))?.activity.description).toBe('');
      await store.close();
      const backup = new Database(`${path}.v${from}.bak`, { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(from);
      backup.close();
    });
  }

  it('every version has seed data, so each future upgrade test has something to carry', () => {
    for (let v = 1; v < LATEST_SCHEMA_VERSION; v++) expect(SEED_BY_VERSION[v], `seed for v${v}`).toBeTypeOf('function');
  });

  it('roll back completely when a migration fails', () => {
    const path = join(tempDir(), 'broken.vvt');
    const db = new Database(path);
    db.function('vvt_actor', () => 't');
    db.exec('CREATE TABLE activities (x)'); // collides with migration 1
    expect(() => migrate(db, LATEST_SCHEMA_VERSION)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'change_log'").get()).toEqual({ n: 0 });
    db.close();
  });
});
