import { sep } from 'node:path';
import { matchesQuery, queryWords } from '../../domain/portfolio/search';
import type { PortfolioChanges, PortfolioDueItem, PortfolioListing, PortfolioRow, PortfolioSearchHit } from '../../domain/portfolio/types';
import { LATEST_SCHEMA_VERSION } from '../storage/sqlite/migrations';
import { PortfolioIndex, type IndexEntry } from './portfolio-index';
import type { OpenRegister } from './read-copy';
import { readIndexEntry } from './read-entry';
import { sameStamp, scanFolders, type FileStamp } from './scan-folders';

export interface RefreshOptions {
  /** YYYY-MM-DD the counts are computed for. */
  today: string;
  /** Called after every file read (cold index: the list fills while this runs). */
  onProgress?: (done: number, total: number) => void;
  /** The register open in this window: its write-ahead log does not mean "open elsewhere". */
  openHere?: string | null;
  /** Its open store, read through its own connection (the writer lock refuses a second one). */
  openStore?: OpenRegister | null;
}

const SAVE_EVERY = 50;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function insideFolders(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
}

/**
 * A register another window or program has open for writing holds SQLite's exclusive lock, so
 * it cannot be read now: the last row read is kept, marked "open elsewhere", and read again at
 * the next refresh (size -1 never matches the file).
 */
function keepKnownRowWhileLocked(entry: IndexEntry, previous: IndexEntry | undefined): IndexEntry {
  if (entry.row?.status !== 'problem' || entry.row.problem !== 'locked' || previous?.row?.status !== 'ok') return entry;
  return { ...previous, size: -1, row: { ...previous.row, summary: { ...previous.row.summary, openElsewhere: true } } };
}

/**
 * The external DPO's clients: every register in the chosen folders, answered from the index
 * where a file has not changed. Reading never writes to a client file (see read-copy.ts).
 */
export class PortfolioService {
  private readonly index: PortfolioIndex;
  private running: { folders: string; listing: Promise<PortfolioListing> } | null = null;

  constructor(indexPath: string | null) {
    this.index = new PortfolioIndex(indexPath);
  }

  /**
   * Scans the folders and reads what changed. A call for the same folders while one runs joins
   * it; a call for other folders (the DPO just changed them) runs after it.
   */
  refresh(folders: readonly string[], options: RefreshOptions): Promise<PortfolioListing> {
    const key = folders.join('\n');
    if (this.running?.folders === key) return this.running.listing;
    const previous = this.running?.listing.catch(() => undefined);
    const listing = (previous ?? Promise.resolve()).then(() => this.runRefresh(folders, options));
    const running = { folders: key, listing };
    this.running = running;
    void listing.finally(() => {
      if (this.running === running) this.running = null;
    }).catch(() => undefined);
    return listing;
  }

  get refreshing(): boolean {
    return this.running !== null;
  }

  private async runRefresh(folders: readonly string[], options: RefreshOptions): Promise<PortfolioListing> {
    const { files, unreadableFolders } = scanFolders(folders);
    const changes: PortfolioChanges = { added: [], removed: [], moved: [], reread: 0, fromIndex: 0 };
    const seen = new Set(files.map((f) => f.path));
    const fresh = (entry: IndexEntry | undefined, stamp: FileStamp) =>
      entry !== undefined && sameStamp(entry, stamp) && entry.today === options.today && entry.appSchema === LATEST_SCHEMA_VERSION;

    const gone = this.index.paths().filter((path) => !seen.has(path));
    const goneRegisters = gone.filter((path) => insideFolders(path, folders) && this.index.get(path)?.row?.status === 'ok');
    const toRead: FileStamp[] = [];
    for (const stamp of files) {
      const entry = this.index.get(stamp.path);
      if (fresh(entry, stamp)) {
        changes.fromIndex++;
        continue;
      }
      if (!entry && this.adoptMovedEntry(stamp, goneRegisters, changes, options.today)) continue;
      toRead.push(stamp);
    }
    for (const path of gone) {
      if (goneRegisters.includes(path)) changes.removed.push(path);
      this.index.delete(path);
    }
    options.onProgress?.(0, toRead.length);
    for (const [done, stamp] of toRead.entries()) {
      const previous = this.index.get(stamp.path);
      const isNew = !previous;
      const entry = keepKnownRowWhileLocked(readIndexEntry(stamp, options.today, options.openStore ?? null), previous);
      this.index.set(stamp.path, entry);
      if (entry.row) {
        if (isNew) changes.added.push(stamp.path);
        changes.reread++;
      }
      options.onProgress?.(done + 1, toRead.length);
      // A long cold read keeps what it has learnt even if the app is closed halfway.
      if ((done + 1) % SAVE_EVERY === 0) this.index.save();
      // Let other requests (the list, a search) through while a cold index fills.
      await yieldToEventLoop();
    }
    this.index.save();
    return { folders: [...folders], unreadableFolders, rows: this.rows(folders, options.openHere ?? null), changes };
  }

  /** A new path with the exact size and times of a vanished register is that register, moved. */
  private adoptMovedEntry(stamp: FileStamp, goneRegisters: string[], changes: PortfolioChanges, today: string): boolean {
    const from = goneRegisters.find((path) => {
      const old = this.index.get(path)!;
      return old.size === stamp.size && old.mtimeMs === stamp.mtimeMs && old.walSize === stamp.walSize && old.today === today;
    });
    if (!from) return false;
    const old = this.index.get(from)!;
    const row = old.row as Extract<PortfolioRow, { status: 'ok' }>;
    const fileName = stamp.path.slice(stamp.path.lastIndexOf(sep) + 1);
    this.index.set(stamp.path, {
      ...old,
      ...stamp,
      row: { path: stamp.path, status: 'ok', summary: { ...row.summary, path: stamp.path, fileName } },
      dueItems: old.dueItems.map((d) => ({ ...d, path: stamp.path })),
    });
    goneRegisters.splice(goneRegisters.indexOf(from), 1);
    this.index.delete(from);
    changes.moved.push({ from, to: stamp.path });
    return true;
  }

  private entriesIn(folders: readonly string[]): [string, IndexEntry][] {
    return this.index
      .paths()
      .filter((path) => insideFolders(path, folders))
      .sort()
      .map((path) => [path, this.index.get(path)!] as [string, IndexEntry]);
  }

  /** The rows the index holds for the folders, without touching any file (instant; fills during a refresh). */
  rows(folders: readonly string[], openHere: string | null = null): PortfolioRow[] {
    return this.entriesIn(folders).flatMap(([path, entry]) => {
      const row = entry.row;
      if (!row) return [];
      if (row.status === 'ok' && path === openHere && row.summary.openElsewhere) {
        return [{ ...row, summary: { ...row.summary, openElsewhere: false } }];
      }
      return [row];
    });
  }

  /** Overdue items of every client first, then those due soon; each by date. */
  dueItems(folders: readonly string[]): PortfolioDueItem[] {
    const rank = (d: PortfolioDueItem) => (d.severity === 'overdue' ? 0 : 1);
    return this.entriesIn(folders)
      .flatMap(([, entry]) => entry.dueItems)
      .sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate) || a.organisation.localeCompare(b.organisation));
  }

  /** Activities, parties and channels of every client whose text contains every word of the query. */
  search(folders: readonly string[], query: string): PortfolioSearchHit[] {
    const words = queryWords(query);
    return this.entriesIn(folders).flatMap(([path, entry]) => {
      if (entry.row?.status !== 'ok') return [];
      const organisation = entry.row.summary.organisation;
      return entry.search.filter((e) => matchesQuery(e, words)).map((e) => ({ path, organisation, type: e.type, id: e.id, name: e.name }));
    });
  }
}
