import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PortfolioService } from '../../../backend/portfolio/portfolio-service';
import { headerSaysWal } from '../../../backend/storage/file-safety';
import { SqliteRegisterStore } from '../../../backend/storage/sqlite/sqlite-register-store';
import type { PortfolioRow } from '../../../domain/portfolio/types';
import { vvt } from '../../cli/support/run-vvt';
import { useTempDir } from '../../support/temp-dir';
import { createClient, fingerprint } from './client-files';

/**
 * File safety (#10) reads registers read-only for `summary`, `pdf` and `export`; the portfolio
 * (#14) takes a `-wal` next to a file as "open elsewhere". A read-only read must therefore leave
 * no side files behind, or every register the DPO once summarised would show as open.
 */
const tempDir = useTempDir();
const TODAY = '2026-11-28';
const sideFiles = (dir: string) => readdirSync(dir).filter((name) => /-(wal|shm|journal)$/.test(name));

function openElsewhere(rows: PortfolioRow[], path: string): boolean {
  const row = rows.find((r) => r.path === path);
  if (row?.status !== 'ok') throw new Error(`${path}: ${JSON.stringify(row)}`);
  return row.summary.openElsewhere;
}

describe('read-only reads and the portfolio agree on "open elsewhere"', () => {
  it('summary and export of closed registers leave no -wal/-shm, so the portfolio does not see them as open', async () => {
    const dir = tempDir();
    const closed = join(dir, 'geschlossen.vvt');
    const walHeader = join(dir, 'wal-kopf.vvt');
    await createClient(closed, { organisation: 'Geschlossen GmbH' });
    await createClient(walHeader, { organisation: 'Altes Schließen GmbH' });
    // A register closed by a version before file safety: WAL mode in the header, no -wal file.
    const raw = new Database(walHeader);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(headerSaysWal(walHeader)).toBe(true);
    expect(headerSaysWal(closed)).toBe(false);
    expect(sideFiles(dir)).toEqual([]);
    const before = fingerprint([closed, walHeader]);

    for (const path of [closed, walHeader]) {
      expect((await vvt(['summary', path, '--json'])).code).toBe(0);
      expect((await vvt(['export', path, `${path}.json`])).code).toBe(0);
      expect(sideFiles(dir), `after reading ${path}`).toEqual([]);
    }
    expect(fingerprint([closed, walHeader])).toEqual(before);

    const listing = await new PortfolioService(join(dir, 'user-data', 'portfolio-index.json')).refresh([dir], { today: TODAY });
    expect(openElsewhere(listing.rows, closed)).toBe(false);
    expect(openElsewhere(listing.rows, walHeader)).toBe(false);
    expect(sideFiles(dir)).toEqual([]);
  });

  it('a read-only store open in place at the same time is not "open elsewhere" either', async () => {
    const dir = tempDir();
    const path = join(dir, 'gelesen.vvt');
    await createClient(path, { organisation: 'Gelesen GmbH' });
    const reader = SqliteRegisterStore.open(path, { create: false, readonly: true });
    try {
      expect((await reader.activities.list()).length).toBe(2);
      const listing = await new PortfolioService(join(dir, 'user-data', 'portfolio-index.json')).refresh([dir], { today: TODAY });
      expect(openElsewhere(listing.rows, path)).toBe(false);
      expect(sideFiles(dir)).toEqual([]);
    } finally {
      await reader.close();
    }
    expect(sideFiles(dir)).toEqual([]);
  });

  it('a register another program has open for writing is locked: named as such, or its last known row marked open elsewhere', async () => {
    const dir = tempDir();
    const known = join(dir, 'bekannt.vvt');
    const unknown = join(dir, 'neu.vvt');
    await createClient(known, { organisation: 'Bekannt GmbH' });
    const indexPath = join(dir, 'user-data', 'portfolio-index.json');
    const first = await new PortfolioService(indexPath).refresh([dir], { today: TODAY });
    expect(openElsewhere(first.rows, known)).toBe(false);
    await createClient(unknown, { organisation: 'Neu GmbH' });

    // The writer's exclusive lock (file safety) refuses the portfolio's reading connection.
    const writers = [
      SqliteRegisterStore.open(known, { create: false, actor: 'test' }),
      SqliteRegisterStore.open(unknown, { create: false, actor: 'test' }),
    ];
    try {
      // Changes in the -wal: only the writer's connection can read the current state now.
      for (const writer of writers) await writer.organisation.save({ ...(await writer.organisation.get()), legalForm: 'AG' });
      expect(sideFiles(dir).sort()).toEqual(['bekannt.vvt-wal', 'neu.vvt-wal']);
      const service = new PortfolioService(indexPath);
      const rows = (await service.refresh([dir], { today: TODAY })).rows;
      expect(rows.find((r) => r.path === known)).toMatchObject({ status: 'ok', summary: { organisation: 'Bekannt GmbH', legalForm: 'GmbH', openElsewhere: true } });
      expect(rows.find((r) => r.path === unknown)).toMatchObject({ status: 'problem', problem: 'locked' });
      for (const writer of writers) await writer.close();
      // Closed again: read afresh, no longer open elsewhere.
      const after = (await service.refresh([dir], { today: TODAY })).rows;
      expect(rows.length).toBe(2);
      expect(after.find((r) => r.path === known)).toMatchObject({ status: 'ok', summary: { legalForm: 'AG', openElsewhere: false } });
      expect(after.find((r) => r.path === unknown)).toMatchObject({ status: 'ok', summary: { legalForm: 'AG', openElsewhere: false } });
    } finally {
      for (const writer of writers) await writer.close();
    }
    expect(sideFiles(dir)).toEqual([]);
  });
});
