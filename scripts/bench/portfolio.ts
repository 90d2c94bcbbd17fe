import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChannelSchema, PartySchema } from '../../domain/model';
import { localIsoDate } from '../../domain/rules/status-workflow';
import { PortfolioService } from '../../backend/portfolio/portfolio-service';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { generateActivities } from '../../domain/sample/generate-activities';
import { measure, measureOnce, ms, printTable, type BenchSection } from './harness';

const CLIENTS = 200;
const ACTIVITIES = 50;
const MIB = 1024 * 1024;

/** One client register: 50 generated activities, a hoster for every client, WhatsApp Business for every fourth. */
async function createClientRegister(path: string, index: number): Promise<void> {
  const store = SqliteRegisterStore.open(path, { create: true, actor: 'bench' });
  try {
    await store.organisation.save({ ...(await store.organisation.get()), name: `Mandant ${index + 1} GmbH`, legalForm: 'GmbH' });
    const hoster = PartySchema.parse({
      id: 'hoster',
      name: index % 2 ? 'Hosting Nord GmbH' : 'Rechenzentrum Süd AG',
      roles: ['processor'],
      contracts: [{ id: 'avv', type: 'avv', signedOn: '2024-01-01', validUntil: index % 3 ? '2030-01-01' : '2025-06-30', documentLocation: 'Akte' }],
    });
    const channels = index % 4 === 0 ? [ChannelSchema.parse({ id: 'wa', catalogueId: 'whatsapp_business_app', name: 'Kundenservice WhatsApp' })] : [];
    await store.writeBatch([
      { op: 'save', kind: 'party', value: hoster },
      ...channels.map((value) => ({ op: 'save' as const, kind: 'channel' as const, value })),
      ...generateActivities(ACTIVITIES, 100 + index).map((value) => ({ op: 'save' as const, kind: 'activity' as const, value })),
    ]);
  } finally {
    await store.close();
  }
}

/** Highest resident set size while `operation` runs (sampled every 5 ms; the refresh yields between files). */
async function withPeakRss<T>(operation: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 5);
  try {
    const result = await operation();
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { result, peakRss };
  } finally {
    clearInterval(timer);
  }
}

/**
 * `npm run bench portfolio`: 200 client registers of 50 activities each in nested folders —
 * the listing with a cold index (every file read from an in-memory copy) and a warm one
 * (a new service loads the index from disk, as after an app start, and only stats the files),
 * cross-client search and due items, and peak memory.
 */
export const portfolioSection: BenchSection = {
  name: 'portfolio',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'vvt-bench-portfolio-'));
    try {
      const folder = join(dir, 'Mandanten');
      const created = await measureOnce(async () => {
        for (let i = 0; i < CLIENTS; i++) {
          const sub = join(folder, `Jahrgang ${2020 + (i % 5)}`);
          mkdirSync(sub, { recursive: true });
          await createClientRegister(join(sub, `mandant-${String(i + 1).padStart(3, '0')}.vvt`), i);
        }
      });
      const indexPath = join(dir, 'user-data', 'portfolio-index.json');
      const today = localIsoDate();
      const baseline = process.memoryUsage.rss();

      const cold = await withPeakRss(() => measureOnce(() => new PortfolioService(indexPath).refresh([folder], { today })));
      const warm = await measure(() => new PortfolioService(indexPath).refresh([folder], { today }), 5);
      const service = new PortfolioService(indexPath);
      const firstRows = await measureOnce(() => service.rows([folder]));
      const listing = await service.refresh([folder], { today });
      const whatsapp = await measure(() => service.search([folder], 'WhatsApp Business'));
      const hoster = await measure(() => service.search([folder], 'Hosting Nord GmbH'));
      const due = await measure(() => service.dueItems([folder]));

      process.stdout.write(
        `${CLIENTS} registers × ${ACTIVITIES} activities (created in ${(created / 1000).toFixed(1)} s); ` +
          `index ${(statSync(indexPath).size / MIB).toFixed(1)} MiB; ${listing.rows.length} rows, ` +
          `${service.search([folder], 'WhatsApp Business').length} WhatsApp matches, ${service.search([folder], 'Hosting Nord GmbH').length} hoster matches, ` +
          `${service.dueItems([folder]).length} due items\n`,
      );
      printTable(
        ['operation', 'median ms', 'min', 'max', 'runs'],
        [
          ['cold listing (empty index, every file read)', ms(cold.result), '', '', '1'],
          ['warm listing (index from disk, files only stat-ed)', ms(warm.median), ms(warm.min), ms(warm.max), String(warm.runs)],
          ['first rows from the index (no file access)', ms(firstRows), '', '', '1'],
          ['search "WhatsApp Business" across clients', ms(whatsapp.median), ms(whatsapp.min), ms(whatsapp.max), String(whatsapp.runs)],
          ['search "Hosting Nord GmbH" across clients', ms(hoster.median), ms(hoster.min), ms(hoster.max), String(hoster.runs)],
          ['overdue and due-soon items of all clients', ms(due.median), ms(due.min), ms(due.max), String(due.runs)],
        ],
      );
      process.stdout.write(
        `peak RSS during the cold listing: ${Math.round(cold.peakRss / MIB)} MiB (${Math.round((cold.peakRss - baseline) / MIB)} MiB above the process before it)\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
