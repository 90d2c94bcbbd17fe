import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../../domain/ipc/result';
import type { VersionedEntity } from '../register-store';

interface DocumentRow {
  version: number;
  doc: string;
}

/** Extra indexed columns a table keeps next to the JSON document (e.g. status for filters). */
export type ColumnExtractor<T> = (entity: T) => Record<string, string | number>;

/**
 * One entity kind stored as a JSON document per row. The document is the single source of
 * truth and is validated by the domain schema on every read and write.
 */
export interface DocumentTableOptions<T> {
  /**
   * Changes whenever any register data changes (the change log's highest sequence number).
   * list() keeps its parsed result until the stamp moves.
   */
  dataStamp?: () => number;
  /** The text the table sorts by (an activity's name, a measure's title, …). */
  nameOf: (entity: T) => string;
  extraColumns?: { names: string[]; extract: ColumnExtractor<T> };
}

export class DocumentTable<T extends VersionedEntity> {
  private readonly selectOne: Database.Statement<[string], DocumentRow>;
  private readonly selectAll: Database.Statement<[], { id: string; name: string; doc: string }>;
  private readonly deleteOne: Database.Statement<[string]>;
  private readonly columnNames: string[];
  private readonly upsert: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    readonly table: string,
    private readonly schema: z.ZodType<T>,
    private readonly options: DocumentTableOptions<T>,
  ) {
    this.selectOne = db.prepare(`SELECT version, doc FROM ${table} WHERE id = ?`);
    this.selectAll = db.prepare(`SELECT id, name, doc FROM ${table} ORDER BY name COLLATE NOCASE, id`);
    this.deleteOne = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
    this.columnNames = ['id', 'name', 'version', 'created_at', 'updated_at', 'doc', ...(options.extraColumns?.names ?? [])];
    const updates = this.columnNames.filter((c) => c !== 'id' && c !== 'created_at').map((c) => `${c} = excluded.${c}`);
    this.upsert = db.prepare(
      `INSERT INTO ${table} (${this.columnNames.join(', ')}) VALUES (${this.columnNames.map((c) => `@${c}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
    );
  }

  parse(doc: string): T {
    return this.schema.parse(JSON.parse(doc));
  }

  /** Rows whose document no longer passes the schema (edited outside the app, damaged): skipped by list(). */
  readonly invalidRows = new Map<string, { id: string; name: string; problem: string }>();

  private tryParse(row: { id: string; name: string; doc: string }): T | null {
    try {
      const entity = this.parse(row.doc);
      this.invalidRows.delete(row.id);
      return entity;
    } catch (error) {
      const problem = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error);
      this.invalidRows.set(row.id, { id: row.id, name: row.name, problem });
      return null;
    }
  }

  private cached: { stamp: number; items: readonly T[] } | null = null;

  /**
   * All entities, parsed and validated. Reminders, findings and documents read every activity
   * often; parsing 5,000 documents costs most of a second, so the result is reused until the
   * data changes. Items are frozen: callers copy before they edit.
   */
  list(): T[] {
    const stamp = this.options.dataStamp?.();
    if (stamp !== undefined && this.cached?.stamp === stamp) return [...this.cached.items];
    // One invalid row must not hide the register: it is skipped here and named by invalidRows.
    const items = this.selectAll
      .all()
      .map((row) => this.tryParse(row))
      .filter((entity): entity is T => entity !== null)
      .map((entity) => deepFreeze(entity));
    // Inside a transaction the stamp may be rolled back and reused, so nothing is kept then.
    if (stamp !== undefined && !this.db.inTransaction) this.cached = { stamp, items };
    return [...items];
  }

  get(id: string): T | null {
    const row = this.selectOne.get(id);
    if (!row) return null;
    try {
      return this.parse(row.doc);
    } catch (error) {
      throw new AppError('register_damaged', `${this.table} ${id} cannot be read: ${(error as Error).message.slice(0, 200)}`, {
        detail: `${this.table} ${id}`,
        path: '',
      });
    }
  }

  /** Call inside a transaction: checks the version, stamps it and the dates, writes. */
  save(input: T, now = new Date().toISOString()): T {
    const current = this.selectOne.get(input.id);
    if (current && current.version !== input.version) {
      throw new AppError('conflict', `${this.table} ${input.id} was changed elsewhere (stored version ${current.version}, edited version ${input.version})`, {
        id: input.id,
      });
    }
    const entity = this.schema.parse({
      ...input,
      version: (current?.version ?? input.version) + 1,
      createdAt: current ? this.parse(current.doc).createdAt : input.createdAt || now,
      updatedAt: now,
    });
    this.write(entity);
    return entity;
  }

  /** Writes an entity exactly as given (imports keep versions and dates). */
  write(entity: T): void {
    this.upsert.run({
      id: entity.id,
      name: this.options.nameOf(entity),
      version: entity.version,
      created_at: entity.createdAt,
      updated_at: entity.updatedAt,
      doc: JSON.stringify(entity),
      ...(this.options.extraColumns?.extract(entity) ?? {}),
    });
  }

  delete(id: string): void {
    const result = this.deleteOne.run(id);
    if (result.changes === 0) {
      throw new AppError('not_found', `${this.table} ${id} not found`, { id });
    }
  }
}

function deepFreeze<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
