import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteRegisterStore } from '../../../backend/storage/sqlite/sqlite-register-store';
import type { ClientUpdateResult, PortfolioListing } from '../../../domain/portfolio/types';
import { startTestServices, type TestServices } from '../../support/services';
import { useTempDir } from '../../support/temp-dir';
import { valueOf } from '../parties-support';
import { createClient, fingerprint, lockInOtherProcess } from './client-files';

const tempDir = useTempDir();
let services: TestServices | undefined;
const releases: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) await release();
  await services?.dispose();
  services = undefined;
});

const META = 'Meta Platforms, Inc.';
const dpfUpdate = { kind: 'dpf_check', partyName: 'meta platforms,  inc.', checkedOn: '2026-11-30', certified: true } as const;

async function setUp() {
  const dir = tempDir();
  const clients = join(dir, 'clients');
  const paths = ['a.vvt', 'b.vvt', 'c.vvt', 'ohne-meta.vvt', 'gesperrt.vvt'].map((n) => join(clients, n));
  for (const [i, path] of paths.entries()) {
    await createClient(path, { organisation: `Mandant ${i + 1}`, provider: i === 3 ? undefined : META });
  }
  const damaged = join(clients, 'kaputt.vvt');
  writeFileSync(damaged, 'garbage');
  services = startTestServices(join(dir, 'user-data'));
  return { dir, clients, paths, damaged, services };
}

describe('portfolio channels', () => {
  it('keeps the folders in the settings and refuses folders that do not exist', async () => {
    const { clients, services: s, dir } = await setUp();
    expect(valueOf(await s.dispatch('portfolio.setFolders', { folders: [clients, clients] }))).toEqual([clients]);
    expect(valueOf<{ portfolioFolders: string[] }>(await s.dispatch('settings.get', undefined)).portfolioFolders).toEqual([clients]);
    expect(await s.dispatch('portfolio.setFolders', { folders: [join(dir, 'nope')] })).toMatchObject({ ok: false, error: { code: 'folder_not_found' } });
    s.dialogs.answers.chooseFolder.push(dir);
    expect(valueOf(await s.dispatch('portfolio.addFolder', undefined))).toEqual([clients, dir]);
  });

  it('refreshes with progress events, lists from the index, and opens only listed files', async () => {
    const { clients, paths, damaged, services: s } = await setUp();
    valueOf(await s.dispatch('portfolio.setFolders', { folders: [clients] }));
    const listing = valueOf<PortfolioListing>(await s.dispatch('portfolio.refresh', { today: '2026-11-28' }));
    expect(listing.rows).toHaveLength(6);
    expect(listing.rows.find((r) => r.path === damaged)).toMatchObject({ status: 'problem', problem: 'damaged' });
    expect(s.progressEvents.filter((e) => e.task === 'portfolio').at(-1)).toEqual({ task: 'portfolio', done: 6, total: 6 });
    const listed = valueOf<PortfolioListing>(await s.dispatch('portfolio.list', undefined));
    expect(listed.rows.map((r) => r.path)).toEqual(listing.rows.map((r) => r.path));

    expect(valueOf<{ organisationName: string }>(await s.dispatch('portfolio.open', { path: paths[0] })).organisationName).toBe('Mandant 1');
    expect(await s.dispatch('portfolio.open', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('previews without writing, then applies a DPF check to every chosen client through its change log, skipping locked and damaged files', async () => {
    const { clients, paths, damaged, services: s } = await setUp();
    valueOf(await s.dispatch('portfolio.setFolders', { folders: [clients] }));
    valueOf(await s.dispatch('portfolio.refresh', { today: '2026-11-28' }));
    // Client A is open in this window; "gesperrt" in another process.
    valueOf(await s.dispatch('portfolio.open', { path: paths[0] }));
    releases.push((await lockInOtherProcess(paths[4], 'write')).release);
    const chosen = [...paths, damaged];
    const closedFiles = [paths[1], paths[2], paths[3], damaged];
    const before = fingerprint(closedFiles);

    const preview = valueOf<ClientUpdateResult[]>(await s.dispatch('portfolio.previewUpdate', { update: dpfUpdate, paths: chosen }));
    expect(fingerprint(closedFiles)).toEqual(before);
    const previewByPath = new Map(preview.map((r) => [r.path, r]));
    expect(previewByPath.get(paths[1])?.changes).toEqual([
      expect.objectContaining({ entity: 'party', name: META, field: 'dpf', after: 'certified 2026-11-30' }),
    ]);
    expect(previewByPath.get(paths[3])?.changes).toEqual([]);
    expect(previewByPath.get(paths[4])?.skipped?.problem).toBe('locked');
    expect(previewByPath.get(damaged)?.skipped?.problem).toBe('damaged');

    const report = valueOf<ClientUpdateResult[]>(await s.dispatch('portfolio.applyUpdate', { update: dpfUpdate, paths: chosen }));
    const byPath = new Map(report.map((r) => [r.path, r]));
    for (const path of paths.slice(0, 3)) expect(byPath.get(path)?.changes, path).toHaveLength(1);
    expect(byPath.get(paths[3])).toMatchObject({ changes: [] });
    expect(byPath.get(paths[4])?.skipped).toMatchObject({ problem: 'locked' });
    expect(byPath.get(damaged)?.skipped).toMatchObject({ problem: 'damaged' });

    // The open register sees the change at once; the others have it in their change log.
    const openParty = valueOf<{ party: { dpfCheckedOn: string } }[]>(await s.dispatch('parties.list', undefined));
    expect(openParty[0].party.dpfCheckedOn).toBe('2026-11-30');
    await s.dispatch('register.close', undefined);
    for (const path of paths.slice(0, 3)) {
      const store = SqliteRegisterStore.open(path, { create: false, actor: 'check' });
      const log = await store.changeLog.list({ entity: 'party', entityId: 'p-meta', limit: 1 });
      expect(log[0]).toMatchObject({ actor: 'tester', action: 'update', after: expect.objectContaining({ dpfCheckedOn: '2026-11-30' }) });
      await store.close();
    }

    // Applied once, the same update has nothing left to do.
    const again = valueOf<ClientUpdateResult[]>(await s.dispatch('portfolio.previewUpdate', { update: dpfUpdate, paths: paths.slice(0, 3) }));
    expect(again.every((r) => r.changes.length === 0)).toBe(true);
  });

  it('reads the register open in this window through its own connection (the writer lock refuses a second one)', async () => {
    const { clients, paths, services: s } = await setUp();
    valueOf(await s.dispatch('portfolio.setFolders', { folders: [clients] }));
    valueOf(await s.dispatch('portfolio.refresh', { today: '2026-11-28' }));
    valueOf(await s.dispatch('portfolio.open', { path: paths[0] }));
    // Changed after opening: the portfolio must show the open state, not the file's last checkpoint.
    const organisation = valueOf<Record<string, unknown>>(await s.dispatch('organisation.get', undefined));
    valueOf(await s.dispatch('organisation.save', { organisation: { ...organisation, legalForm: 'AG' } }));

    const listing = valueOf<PortfolioListing>(await s.dispatch('portfolio.refresh', { today: '2026-11-28' }));
    const row = listing.rows.find((r) => r.path === paths[0]);
    expect(row).toMatchObject({ status: 'ok', summary: { organisation: 'Mandant 1', legalForm: 'AG', openElsewhere: false } });

    const preview = valueOf<ClientUpdateResult[]>(await s.dispatch('portfolio.previewUpdate', { update: dpfUpdate, paths: [paths[0]] }));
    expect(preview[0].skipped).toBeUndefined();
    expect(preview[0].changes).toEqual([expect.objectContaining({ entity: 'party', name: META, field: 'dpf' })]);
  });

  it('adds a new AVV version and corrects a catalogue label across clients', async () => {
    const { clients, paths, services: s } = await setUp();
    valueOf(await s.dispatch('portfolio.setFolders', { folders: [clients] }));
    valueOf(await s.dispatch('portfolio.refresh', { today: '2026-11-28' }));
    const avv = { kind: 'avv_version', partyName: META, version: '2026-11', signedOn: '2026-11-30' };
    const report = valueOf<ClientUpdateResult[]>(await s.dispatch('portfolio.applyUpdate', { update: avv, paths: paths.slice(0, 2) }));
    expect(report.map((r) => r.changes[0]?.after)).toEqual(['2026-11', '2026-11']);
    const label = { kind: 'catalogue_label', list: 'dataCategories', catalogueId: 'contact-data', label: 'Kontaktdaten (Name, Anschrift)' };
    const labels = valueOf<ClientUpdateResult[]>(await s.dispatch('portfolio.applyUpdate', { update: label, paths: [paths[3]] }));
    expect(labels[0].changes).toHaveLength(2);
    const store = SqliteRegisterStore.open(paths[3], { create: false, actor: 'check' });
    expect((await store.activities.get('a-0'))?.dataCategories[0].label).toBe('Kontaktdaten (Name, Anschrift)');
    await store.close();
    const first = SqliteRegisterStore.open(paths[0], { create: false, actor: 'check' });
    expect((await first.parties.get('p-meta'))?.contracts.map((c) => c.version)).toEqual(['2023', '2026-11']);
    await first.close();
  });
});
