import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newActivity } from '../../domain/model';
import { AppError } from '../../domain/ipc/result';
import { publishNewFile, staleTemporaryFiles, cleanStaleTemporaryFiles, temporaryPathFor } from '../../backend/storage/file-safety';
import { moveRegisterAside } from '../../backend/storage/sqlite/move-aside';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { migrate } from '../../backend/storage/sqlite/open-database';
import { useTempDir } from '../support/temp-dir';
import { CHILD_FUNCTIONS, crashAfter, rawRegister } from './support/raw-register';

const tempDir = useTempDir();

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : String((error as { code?: string }).code);
  }
  return 'no error';
}

async function registerWith(path: string, names: string[]): Promise<void> {
  const store = SqliteRegisterStore.open(path, { create: true, actor: 't' });
  for (const name of names) await store.activities.save(newActivity(name));
  await store.close();
}

describe('one writer per register', () => {
  it('refuses a second writer with who and since when, and lets readers wait for nothing', async () => {
    const path = join(tempDir(), 'r.vvt');
    await registerWith(path, ['A']);
    const first = SqliteRegisterStore.open(path, { create: false, actor: 'app' });
    let refused: AppError | undefined;
    try {
      SqliteRegisterStore.open(path, { create: false, actor: 'cli' });
    } catch (error) {
      refused = error as AppError;
    }
    expect(refused?.code).toBe('register_locked');
    expect(refused?.params).toMatchObject({ pid: process.pid });
    expect(String(refused?.params?.since)).not.toBe('?');
    // A read-only open does not read a register while it is being written either.
    expect(codeOf(() => SqliteRegisterStore.open(path, { create: false, readonly: true }))).toBe('register_locked');
    await first.close();
    const second = SqliteRegisterStore.open(path, { create: false, actor: 'cli' });
    expect((await second.activities.list()).map((a) => a.name)).toEqual(['A']);
    await second.close();
  });

  it('a writer killed with -9 leaves no lock behind: the next one opens and sees its committed change', async () => {
    const path = join(tempDir(), 'r.vvt');
    await registerWith(path, ['A']);
    crashAfter(
      path,
      `const db = new Database(path); db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL');
       ${CHILD_FUNCTIONS}
       require('fs').writeFileSync(path + '.lock', JSON.stringify({ pid: process.pid, host: require('os').hostname(), since: new Date().toISOString(), program: 'test' }));
       db.exec("UPDATE activities SET name = 'nach Absturz', doc = json_set(doc, '$.name', 'nach Absturz')");`,
    );
    expect(existsSync(`${path}.lock`)).toBe(true);
    const store = SqliteRegisterStore.open(path, { create: false, actor: 't' });
    expect((await store.activities.list()).map((a) => a.name)).toEqual(['nach Absturz']);
    await store.close();
  });

  it('two imports to the same new path: the second is refused, never silently replaces the first', () => {
    const dir = tempDir();
    const target = join(dir, 'neu.vvt');
    const first = temporaryPathFor(target, 'import');
    const second = temporaryPathFor(target, 'import');
    writeFileSync(first, 'first');
    writeFileSync(second, 'second');
    publishNewFile(first, target);
    expect(codeOf(() => publishNewFile(second, target))).toBe('file_exists');
    expect(readFileSync(target, 'utf8')).toBe('first');
  });
});

describe('files left by a crash', () => {
  it('a new register is not created next to a left-over -wal (its rows would be mixed in)', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.vvt');
    await registerWith(path, ['A']);
    crashAfter(path, `const db = new Database(path); ${CHILD_FUNCTIONS} db.pragma('journal_mode = WAL'); db.exec("DELETE FROM activities");`);
    expect(existsSync(`${path}-wal`)).toBe(true);
    // The user deletes the register file but not its -wal, then creates a new one there.
    truncateSync(path, 0);
    const { rmSync } = await import('node:fs');
    rmSync(path);
    expect(codeOf(() => SqliteRegisterStore.open(path, { create: true, actor: 't' }))).toBe('leftover_files');
    expect(existsSync(path)).toBe(false);
  });

  it('New/Save As over a register keeps the changes still in its -wal in the backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'alt.vvt');
    await registerWith(path, ['A']);
    crashAfter(
      path,
      `const db = new Database(path); ${CHILD_FUNCTIONS}
       db.pragma('journal_mode = WAL'); db.pragma('wal_autocheckpoint = 0');
       db.exec("UPDATE activities SET name = 'nur im WAL', doc = json_set(doc, '$.name', 'nur im WAL')");`,
    );
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    const backup = await moveRegisterAside(path, 't');
    expect(existsSync(path)).toBe(false);
    const db = new Database(backup, { readonly: true });
    const doc = JSON.parse((db.prepare('SELECT doc FROM activities').get() as { doc: string }).doc);
    db.close();
    expect(doc.name).toBe('nur im WAL');
  });

  it('a zero-byte or torn file is never turned into a register', async () => {
    const dir = tempDir();
    const empty = join(dir, 'leer.vvt');
    writeFileSync(empty, '');
    expect(codeOf(() => SqliteRegisterStore.open(empty, { create: false, actor: 't' }))).toBe('not_a_register');
    expect(statSync(empty).size).toBe(0);

    const torn = join(dir, 'torn.vvt');
    await registerWith(torn, Array.from({ length: 40 }, (_, i) => `Tätigkeit ${i}`));
    const size = statSync(torn).size;
    truncateSync(torn, Math.floor(size / 2 / 4096) * 4096);
    expect(codeOf(() => SqliteRegisterStore.open(torn, { create: false, actor: 't' }))).toBe('register_damaged');
    expect(codeOf(() => SqliteRegisterStore.open(torn, { create: false, readonly: true }))).toBe('register_damaged');
  });

  it('an interrupted migration (its backup already there) still opens and keeps both backups', async () => {
    const dir = tempDir();
    const path = join(dir, 'alt.vvt');
    const db = new Database(path);
    db.function('vvt_actor', () => 't');
    migrate(db, 1);
    db.close();
    writeFileSync(`${path}.v1.bak`, 'half a copy from the crashed attempt');
    const store = SqliteRegisterStore.open(path, { create: false, actor: 't' });
    await store.close();
    const backups = readdirSync(dir).filter((name) => name.startsWith('alt.vvt.v1'));
    expect(backups).toHaveLength(2);
    expect(readFileSync(`${path}.v1.bak`, 'utf8')).toBe('half a copy from the crashed attempt');
  });

  it('stale temporary files of a dead process are recognised and removed; a live one is kept', () => {
    const dir = tempDir();
    const path = join(dir, 'r.vvt');
    const stale = `${path}.import-999999-abc-123456.vvt-tmp`;
    const live = temporaryPathFor(path, 'import');
    writeFileSync(stale, 'personal data');
    writeFileSync(`${stale}-wal`, 'more');
    writeFileSync(live, 'in progress');
    expect(staleTemporaryFiles(path).map((f) => f.path).sort()).toEqual([stale, `${stale}-wal`].sort());
    cleanStaleTemporaryFiles(path);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});

describe('integrity', () => {
  it('a damaged B-tree page is found on open and named; verify reports it', async () => {
    const path = join(tempDir(), 'r.vvt');
    await registerWith(path, Array.from({ length: 60 }, (_, i) => `Tätigkeit ${i} ${'x'.repeat(300)}`));
    const fd = openSync(path, 'r+');
    for (let page = 2; page < 8; page++) writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, 4096 * (page - 1));
    closeSync(fd);
    expect(codeOf(() => SqliteRegisterStore.open(path, { create: false, actor: 't' }))).toBe('register_damaged');
    const store = SqliteRegisterStore.open(path, { create: false, readonly: true, allowDamaged: true });
    expect(store.openWarnings.length).toBeGreaterThan(0);
    expect((await store.verify()).pages.length).toBeGreaterThan(0);
    await store.close();
  });

  it('dropped triggers and an emptied change log are reported, and the register is not opened for writing', async () => {
    const path = join(tempDir(), 'r.vvt');
    await registerWith(path, ['A', 'B']);
    const raw = rawRegister(path);
    raw.exec('DROP TRIGGER change_log_no_delete; DELETE FROM change_log; DROP TRIGGER activities_log_update;');
    raw.close();
    expect(codeOf(() => SqliteRegisterStore.open(path, { create: false, actor: 't' }))).toBe('register_tampered');
    const store = SqliteRegisterStore.open(path, { create: false, readonly: true, allowDamaged: true });
    const report = await store.verify();
    await store.close();
    expect(report.missingTriggers).toEqual(['change_log_no_delete', 'activities_log_update']);
    expect(report.chain.problems).toEqual([
      { kind: 'missing_entry', seq: 1 },
      { kind: 'missing_entry', seq: 2 },
    ]);
  });

  it('an altered change-log entry breaks the chain at that entry', async () => {
    const path = join(tempDir(), 'r.vvt');
    await registerWith(path, ['A', 'B', 'C']);
    const raw = rawRegister(path);
    raw.exec("DROP TRIGGER change_log_no_update; UPDATE change_log SET actor = 'jemand anderes' WHERE seq = 3;");
    raw.exec("CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;");
    raw.close();
    const store = SqliteRegisterStore.open(path, { create: false, readonly: true, allowDamaged: true });
    const report = await store.verify();
    await store.close();
    expect(report.missingTriggers).toEqual([]);
    expect(report.chain.problems).toEqual([{ kind: 'changed_entry', seq: 3 }]);
  });

  it('one invalid row does not hide the register: the others are listed and the row is named', async () => {
    const path = join(tempDir(), 'r.vvt');
    await registerWith(path, ['Gut', 'Kaputt']);
    const raw = rawRegister(path);
    raw.exec(`UPDATE activities SET doc = json_set(doc, '$.status', 'gibt es nicht') WHERE name = 'Kaputt'`);
    raw.close();
    const store = SqliteRegisterStore.open(path, { create: false, actor: 't' });
    expect((await store.activities.list()).map((a) => a.name)).toEqual(['Gut']);
    expect(store.invalidRows()).toEqual([expect.objectContaining({ table: 'activities', name: 'Kaputt' })]);
    await store.close();
  });
});

describe('reading never writes', () => {
  it('a read-only open of an older register migrates a temporary copy and leaves the file and its folder untouched', async () => {
    const dir = tempDir();
    const path = join(dir, 'alt.vvt');
    const db = new Database(path);
    db.function('vvt_actor', () => 't');
    migrate(db, 1);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(path);
    const store = SqliteRegisterStore.open(path, { create: false, readonly: true });
    expect((await store.meta()).schemaVersion).toBeGreaterThan(1);
    await store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['alt.vvt']);
  });

  it('a closed register is read in place without creating -wal or -shm', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.vvt');
    await registerWith(path, ['A']);
    const store = SqliteRegisterStore.open(path, { create: false, readonly: true });
    expect((await store.activities.list()).length).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['r.vvt']);
    await store.close();
    expect(readdirSync(dir)).toEqual(['r.vvt']);
  });
});
