import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ActivityQuerySchema, newActivity, newId, newPurpose } from '../../domain/model';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { LATEST_SCHEMA_VERSION } from '../../backend/storage/sqlite/migrations';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function createStore(name = 'register.vvt') {
  const path = join(tempDir(), name);
  return { path, store: SqliteRegisterStore.open(path, { create: true, actor: 'Test DPO' }) };
}

describe('SqliteRegisterStore', () => {
  it('creates a register file with the latest schema, WAL while open and no side files once closed', async () => {
    const { path, store } = createStore();
    expect((await store.meta()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
    const raw = new Database(path, { readonly: true });
    // Closed registers use a rollback journal, so they can be read in place from read-only folders.
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
  });

  it('keeps an activity across close and reopen', async () => {
    const { path, store } = createStore();
    const activity = newActivity('Lohnabrechnung');
    activity.purposes.push(newPurpose('Gehaltszahlung', ['6-1-b', '6-1-c']));
    const saved = await store.activities.save(activity);
    expect(saved.version).toBe(1);
    expect(saved.createdAt).not.toBe('');
    await store.close();

    const reopened = SqliteRegisterStore.open(path, { create: false });
    const loaded = await reopened.activities.get(activity.id);
    expect(loaded?.name).toBe('Lohnabrechnung');
    expect(loaded?.purposes[0].legalBases.map((b) => b.code)).toEqual(['6-1-b', '6-1-c']);
    await reopened.close();
  });

  it('refuses a save based on an outdated version', async () => {
    const { store } = createStore();
    const saved = await store.activities.save(newActivity('CRM'));
    await store.activities.save({ ...saved, name: 'CRM (neu)' });
    await expect(store.activities.save({ ...saved, name: 'stale edit' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.activities.get(saved.id))?.name).toBe('CRM (neu)');
    await store.close();
  });

  it('appends every change to an append-only change log with actor, before and after', async () => {
    const { path, store } = createStore();
    const saved = await store.activities.save(newActivity('Newsletter'));
    store.setActor('Erika Muster');
    await store.activities.save({ ...saved, name: 'Newsletter-Versand' });
    await store.activities.delete(saved.id);

    const log = await store.changeLog.list({ entity: 'activity', entityId: saved.id });
    expect(log.map((e) => e.action)).toEqual(['delete', 'update', 'insert']);
    expect(log[2].actor).toBe('Test DPO');
    expect(log[1].actor).toBe('Erika Muster');
    expect((log[1].before as { name: string }).name).toBe('Newsletter');
    expect((log[1].after as { name: string }).name).toBe('Newsletter-Versand');
    expect(log[0].after).toBeNull();
    await store.close();

    const raw = new Database(path);
    expect(() => raw.prepare('UPDATE change_log SET actor = ?').run('someone')).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
    raw.close();
  });

  it('rolls a batch back completely when one operation fails', async () => {
    const { store } = createStore();
    const existing = await store.activities.save(newActivity('Bestand'));
    const fresh = newActivity('Neu');
    await expect(
      store.writeBatch([
        { op: 'save', kind: 'activity', value: fresh },
        { op: 'delete', kind: 'party', id: newId() },
      ]),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await store.activities.get(fresh.id)).toBeNull();
    expect(await store.activities.get(existing.id)).not.toBeNull();
    await store.close();
  });

  it('filters and searches activities through indexed columns', async () => {
    const { store } = createStore();
    const payroll = newActivity('Lohnabrechnung');
    payroll.purposes.push(newPurpose('Gehaltszahlung', ['6-1-c']));
    payroll.dataCategories.push({ id: newId(), catalogueId: '', label: 'Gesundheitsdaten', special: 'art9' });
    payroll.owner.department = 'Personal';
    const shop = newActivity('Online-Shop Bestellungen');
    shop.purposes.push(newPurpose('Vertragsabwicklung', ['6-1-b']));
    shop.description = 'Bestellungen über WhatsApp-Rückfragen';
    const archived = { ...newActivity('Altes Verfahren'), status: 'archived' as const };
    for (const a of [payroll, shop, archived]) await store.activities.save(a);

    const q = (input: object) => store.activities.query(ActivityQuerySchema.parse(input)).then((p) => p.items.map((i) => i.name));
    expect(await q({})).toEqual(['Lohnabrechnung', 'Online-Shop Bestellungen']);
    expect(await q({ includeArchived: true })).toHaveLength(3);
    expect(await q({ text: 'whatsapp' })).toEqual(['Online-Shop Bestellungen']);
    expect(await q({ legalBasis: '6-1-c' })).toEqual(['Lohnabrechnung']);
    expect(await q({ specialCategories: true })).toEqual(['Lohnabrechnung']);
    expect(await q({ department: 'personal' })).toEqual(['Lohnabrechnung']);
    expect(await q({ statuses: ['archived'] })).toEqual(['Altes Verfahren']);
    expect(await q({ text: '100%' })).toEqual([]);
    await store.close();
  });

  it('stores attachments byte-identical', async () => {
    const { path, store } = createStore();
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
    const meta = await store.attachments.add('AVV.pdf', 'application/pdf', bytes);
    await store.close();
    const reopened = SqliteRegisterStore.open(path, { create: false });
    expect(Buffer.from((await reopened.attachments.content(meta.id))!).equals(Buffer.from(bytes))).toBe(true);
    expect((await reopened.attachments.meta(meta.id))?.sha256).toBe(meta.sha256);
    await reopened.close();
  });

  it('refuses a file written by a newer version with a clear message', async () => {
    const { path, store } = createStore();
    await store.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => SqliteRegisterStore.open(path, { create: false })).toThrowError(/newer version of VVT Desk/);
    try {
      SqliteRegisterStore.open(path, { create: false });
    } catch (error) {
      expect(error).toMatchObject({ code: 'register_too_new', params: { fileVersion: LATEST_SCHEMA_VERSION + 1 } });
    }
  });

  it('refuses files that are not registers', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.vvt');
    writeFileSync(text, 'this is not a database at all, just some text that is long enough to look like a header');
    expect(() => SqliteRegisterStore.open(text, { create: false })).toThrow(expect.objectContaining({ code: 'not_a_register' }));
    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => SqliteRegisterStore.open(other, { create: false })).toThrow(expect.objectContaining({ code: 'not_a_register' }));
    expect(() => SqliteRegisterStore.open(join(dir, 'missing.vvt'), { create: false })).toThrow(
      expect.objectContaining({ code: 'file_not_found' }),
    );
  });
});
