import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ActivitySchema, ChannelSchema, PartySchema } from '../../../domain/model';
import { migrate } from '../../../backend/storage/sqlite/open-database';
import { SqliteRegisterStore } from '../../../backend/storage/sqlite/sqlite-register-store';
import { seedAtVersion } from '../../storage/fixtures/seed-by-version';

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Hashes of the files and of any side files, to prove a read changed nothing. */
export function fingerprint(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.flatMap((p) => [p, `${p}-wal`, `${p}-shm`, `${p}-journal`].filter(existsSync).map((f) => [f, sha256(f)])));
}

export interface ClientSpec {
  organisation: string;
  legalForm?: string;
  /** A processor whose AVV expired (one overdue reminder). */
  expiredAvv?: boolean;
  /** A provider party with a DPF entry and a WhatsApp Business channel. */
  provider?: string;
  activities?: number;
  approved?: number;
}

/** A register of the current version, built through the store as the app builds it. */
export async function createClient(path: string, spec: ClientSpec): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const store = SqliteRegisterStore.open(path, { create: true, actor: 'setup' });
  try {
    const organisation = await store.organisation.get();
    await store.organisation.save({ ...organisation, name: spec.organisation, legalForm: spec.legalForm ?? 'GmbH' });
    const parties = [];
    if (spec.expiredAvv) {
      parties.push(
        PartySchema.parse({
          id: 'p-hoster',
          name: 'Hosting Nord GmbH',
          roles: ['processor'],
          contracts: [{ id: 'c1', type: 'avv', signedOn: '2020-01-01', validUntil: '2021-01-14', documentLocation: 'Ordner 1' }],
        }),
      );
    }
    if (spec.provider) {
      parties.push(
        PartySchema.parse({
          id: 'p-meta',
          name: spec.provider,
          countryCode: 'US',
          roles: ['processor'],
          dpfCertified: true,
          dpfCheckedOn: '2026-01-10',
          contracts: [{ id: 'c-meta', type: 'avv', version: '2023', signedOn: '2023-05-01', documentLocation: 'online' }],
        }),
      );
    }
    const channels = spec.provider
      ? [ChannelSchema.parse({ id: 'ch-wa', catalogueId: 'whatsapp_business_app', name: 'Kundenservice-Chat', providerPartyId: 'p-meta' })]
      : [];
    const count = spec.activities ?? 2;
    const activities = Array.from({ length: count }, (_, i) =>
      ActivitySchema.parse({
        id: `a-${i}`,
        name: `Tätigkeit ${i + 1} ${spec.organisation}`,
        status: i < (spec.approved ?? 1) ? 'approved' : 'draft',
        purposes: [{ id: `pu-${i}`, description: 'Vertragserfüllung', legalBases: [{ code: '6-1-b' }] }],
        dataCategories: [{ id: `dc-${i}`, catalogueId: 'contact-data', label: 'Kontaktdaten' }],
        recipients: spec.expiredAvv ? [{ id: `r-${i}`, label: 'Hosting Nord GmbH', kind: 'processor', partyId: 'p-hoster' }] : [],
        channelIds: spec.provider && i === 0 ? ['ch-wa'] : [],
      }),
    );
    await store.writeBatch([
      ...parties.map((value) => ({ op: 'save' as const, kind: 'party' as const, value })),
      ...channels.map((value) => ({ op: 'save' as const, kind: 'channel' as const, value })),
      ...activities.map((value) => ({ op: 'save' as const, kind: 'activity' as const, value })),
    ]);
  } finally {
    await store.close();
  }
}

/** A register in the schema of an earlier version, built the way the migration tests build them. */
export function createOldClient(path: string, version: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.function('vvt_actor', () => 'old-version');
  seedAtVersion(db, version, migrate);
  db.close();
}

/**
 * Another process that holds the register open with a write transaction, as another VVT Desk
 * window in the middle of saving would. `exclusive`: a rollback-journal lock readers must wait for.
 */
export async function lockInOtherProcess(path: string, mode: 'write' | 'exclusive'): Promise<{ release(): Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(path)});
    db.exec(${JSON.stringify(mode === 'exclusive' ? 'BEGIN EXCLUSIVE' : 'BEGIN IMMEDIATE')});
    db.prepare("INSERT OR REPLACE INTO register_meta (key, value) VALUES ('lock-test', 'pending')").run();
    process.stdout.write('locked\\n');
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
    process.stdin.resume();
  `;
  const child: ChildProcess = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock process ended early (${code})`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
