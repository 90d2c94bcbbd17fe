import { renameSync, rmSync, writeFileSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioService } from '../../../backend/portfolio/portfolio-service';
import { LATEST_SCHEMA_VERSION } from '../../../backend/storage/sqlite/migrations';
import { SqliteRegisterStore } from '../../../backend/storage/sqlite/sqlite-register-store';
import type { PortfolioRow } from '../../../domain/portfolio/types';
import { useTempDir } from '../../support/temp-dir';
import { createClient, createOldClient, fingerprint, lockInOtherProcess } from './client-files';

const tempDir = useTempDir();
const TODAY = '2026-11-28';
const releases: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) await release();
});

const byPath = (rows: PortfolioRow[]) => new Map(rows.map((r) => [r.path, r]));
function summaryOf(rows: PortfolioRow[], path: string) {
  const row = byPath(rows).get(path);
  if (row?.status !== 'ok') throw new Error(`${path}: ${JSON.stringify(row)}`);
  return row.summary;
}

describe('portfolio listing', () => {
  it('lists healthy registers of every schema version, names damaged and locked files, and changes no byte', async () => {
    const dir = tempDir();
    const clients = join(dir, 'Mandanten');
    const current = join(clients, 'Bäckerei Korn.vvt');
    const nested = join(clients, '2025', 'Praxis Dr. Weiß.vvt');
    const noExtension = join(clients, 'archiv', 'verein-register.db');
    const old = join(clients, 'Altbestand.vvt');
    const damaged = join(clients, 'kaputt.vvt');
    const lockedWal = join(clients, 'Offen woanders.vvt');
    const lockedOld = join(clients, 'Gesperrt alt.vvt');
    await createClient(current, { organisation: 'Bäckerei Korn', expiredAvv: true, activities: 3, approved: 2 });
    await createClient(nested, { organisation: 'Praxis Dr. Weiß', provider: 'Meta Platforms, Inc.' });
    await createClient(noExtension, { organisation: 'Sportverein 1910 e. V.', legalForm: 'e. V.' });
    await createClient(lockedWal, { organisation: 'Offen GmbH' });
    for (let v = 1; v < LATEST_SCHEMA_VERSION; v++) createOldClient(v === 1 ? old : join(clients, `Alt-v${v}.vvt`), v);
    createOldClient(lockedOld, 1);
    writeFileSync(damaged, 'SQLite format 3\0 this is not really a database');
    writeFileSync(join(clients, 'notiz.txt'), 'kein Verzeichnis');
    copyFileSync(current, `${current}.v1.bak`); // the app's own backups are not clients
    // Nor are file safety's backups folder next to a register and a temporary copy of a write in progress.
    const backupCopy = join(`${current}.backups`, '2026-11-27T10-00-00-000Z_open_s4.vvt');
    mkdirSync(`${current}.backups`);
    copyFileSync(current, backupCopy);
    const inProgress = `${current}.copy-123-abc-def.vvt-tmp`;
    copyFileSync(current, inProgress);
    // A folder merely named like one, without its register, is searched as usual.
    const lookalike = join(clients, 'Kunden.backups', 'Kunde.vvt');
    await createClient(lookalike, { organisation: 'Kunde GmbH' });

    releases.push((await lockInOtherProcess(lockedWal, 'write')).release);
    releases.push((await lockInOtherProcess(lockedOld, 'exclusive')).release);
    const files = [current, nested, noExtension, old, damaged, lockedWal, lockedOld];
    const before = fingerprint(files);

    const service = new PortfolioService(join(dir, 'user-data', 'portfolio-index.json'));
    const progress: number[] = [];
    const listing = await service.refresh([clients], { today: TODAY, onProgress: (done) => progress.push(done) });
    const rows = listing.rows;

    expect(summaryOf(rows, current)).toMatchObject({
      organisation: 'Bäckerei Korn',
      legalForm: 'GmbH',
      activities: 3,
      approved: 2,
      overdue: 1,
      needsUpgrade: false,
      openElsewhere: false,
      lastSubmission: '',
    });
    expect(summaryOf(rows, current).lastChange).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(summaryOf(rows, nested).organisation).toBe('Praxis Dr. Weiß');
    expect(summaryOf(rows, noExtension).legalForm).toBe('e. V.');
    expect(summaryOf(rows, old)).toMatchObject({ organisation: 'Altbestand GmbH', schemaVersion: 1, needsUpgrade: LATEST_SCHEMA_VERSION > 1, approved: 1 });
    expect(summaryOf(rows, lockedWal)).toMatchObject({ organisation: 'Offen GmbH', openElsewhere: true });
    expect(byPath(rows).get(damaged)).toMatchObject({ status: 'problem', problem: 'damaged' });
    expect(byPath(rows).get(lockedOld)).toMatchObject({ status: 'problem', problem: 'locked' });
    expect(byPath(rows).has(`${current}.v1.bak`)).toBe(false);
    expect(byPath(rows).has(backupCopy)).toBe(false);
    expect(byPath(rows).has(inProgress)).toBe(false);
    expect(summaryOf(rows, lookalike).organisation).toBe('Kunde GmbH');
    expect(byPath(rows).has(join(clients, 'notiz.txt'))).toBe(false);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(files.length);

    expect(fingerprint(files)).toEqual(before);
    for (const path of [current, nested, old, damaged]) {
      expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`), `side files next to ${path}`).toBe(false);
    }
  });

  it('answers from the index when nothing changed and notices changed, removed and moved files', async () => {
    const dir = tempDir();
    const clients = join(dir, 'clients');
    const a = join(clients, 'a.vvt');
    const b = join(clients, 'b.vvt');
    const c = join(clients, 'c.vvt');
    await createClient(a, { organisation: 'A GmbH' });
    await createClient(b, { organisation: 'B GmbH' });
    await createClient(c, { organisation: 'C GmbH' });
    const indexPath = join(dir, 'user-data', 'portfolio-index.json');

    const cold = await new PortfolioService(indexPath).refresh([clients, join(dir, 'network-drive')], { today: TODAY });
    expect(cold.changes).toMatchObject({ reread: 3, fromIndex: 0 });
    expect(cold.unreadableFolders).toEqual([join(dir, 'network-drive')]);

    // A new service (app restart) reads the index from disk.
    const service = new PortfolioService(indexPath);
    expect(service.rows([clients]).map((r) => r.path)).toEqual([a, b, c]);
    const warm = await service.refresh([clients], { today: TODAY });
    expect(warm.changes).toMatchObject({ reread: 0, fromIndex: 3, added: [], removed: [], moved: [] });

    const store = SqliteRegisterStore.open(a, { create: false, actor: 't' });
    await store.organisation.save({ ...(await store.organisation.get()), name: 'A neu GmbH' });
    await store.close();
    rmSync(b);
    mkdirp(join(clients, 'sub'));
    renameSync(c, join(clients, 'sub', 'c-moved.vvt'));

    const after = await service.refresh([clients], { today: TODAY });
    expect(after.changes).toMatchObject({ reread: 1, removed: [b], moved: [{ from: c, to: join(clients, 'sub', 'c-moved.vvt') }] });
    expect(summaryOf(after.rows, a).organisation).toBe('A neu GmbH');
    expect(summaryOf(after.rows, join(clients, 'sub', 'c-moved.vvt')).organisation).toBe('C GmbH');
    expect(after.rows).toHaveLength(2);

    // Another day: due dates move, so every file is read again.
    const tomorrow = await service.refresh([clients], { today: '2026-11-29' });
    expect(tomorrow.changes.reread).toBe(2);
  });

  it('collects due items and finds activities, parties and channels across clients', async () => {
    const dir = tempDir();
    const clients = join(dir, 'clients');
    await createClient(join(clients, 'korn.vvt'), { organisation: 'Bäckerei Korn', expiredAvv: true });
    await createClient(join(clients, 'praxis.vvt'), { organisation: 'Praxis', provider: 'Meta Platforms, Inc.' });
    await createClient(join(clients, 'verein.vvt'), { organisation: 'Verein' });
    const service = new PortfolioService(join(dir, 'index.json'));
    await service.refresh([clients], { today: TODAY });

    const due = service.dueItems([clients]);
    expect(due[0]).toMatchObject({ organisation: 'Bäckerei Korn', severity: 'overdue', code: 'avv_expired' });

    const whatsapp = service.search([clients], 'whatsapp business');
    expect(whatsapp).toEqual([expect.objectContaining({ organisation: 'Praxis', type: 'channel', name: 'Kundenservice-Chat' })]);
    const hoster = service.search([clients], 'Hosting Nord GmbH');
    expect(new Set(hoster.map((h) => h.type))).toEqual(new Set(['party', 'activity']));
    expect(new Set(hoster.map((h) => h.organisation))).toEqual(new Set(['Bäckerei Korn']));
    expect(service.search([clients], 'gibt es nicht')).toEqual([]);
  });
});

function mkdirp(path: string) {
  require('node:fs').mkdirSync(path, { recursive: true });
}
