import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PortfolioDueItem, PortfolioRow, SearchEntry } from '../../domain/portfolio/types';
import { writeFileAtomic } from '../app/atomic-write';
import type { FileStamp } from './scan-folders';

/** What the index remembers of one file; `row` null: the file is not a register (checked once). */
export interface IndexEntry extends Omit<FileStamp, 'path'> {
  /** The day the counts were computed for: reminders and findings depend on the date. */
  today: string;
  /** The app's schema version when read: a new app version reads every file again. */
  appSchema: number;
  row: PortfolioRow | null;
  dueItems: PortfolioDueItem[];
  search: SearchEntry[];
}

const INDEX_FORMAT = 1;
const IndexFileSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT),
  entries: z.record(z.string(), z.custom<IndexEntry>((value) => typeof value === 'object' && value !== null && 'size' in value)),
});

/**
 * The portfolio's memory of the client files, a JSON file in the user-data folder keyed by
 * path with size and modification times: a file is read only when it changed. A damaged or
 * foreign index is dropped and rebuilt (it holds nothing that is not in the registers).
 */
export class PortfolioIndex {
  private entries = new Map<string, IndexEntry>();
  private dirty = false;

  /** `path` null: an index in memory only (the command line reads the folders afresh). */
  constructor(private readonly path: string | null) {
    this.entries = this.load();
  }

  private load(): Map<string, IndexEntry> {
    if (this.path === null || !existsSync(this.path)) return new Map();
    try {
      const parsed = IndexFileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
      return new Map(Object.entries(parsed.entries));
    } catch {
      return new Map();
    }
  }

  get(path: string): IndexEntry | undefined {
    return this.entries.get(path);
  }

  set(path: string, entry: IndexEntry): void {
    this.entries.set(path, entry);
    this.dirty = true;
  }

  delete(path: string): void {
    if (this.entries.delete(path)) this.dirty = true;
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  save(): void {
    if (!this.dirty || this.path === null) return;
    writeFileAtomic(this.path, JSON.stringify({ formatVersion: INDEX_FORMAT, entries: Object.fromEntries(this.entries) }));
    this.dirty = false;
  }
}
