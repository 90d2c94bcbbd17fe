import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../domain/ipc/result';
import type { RegisterInfo } from '../../domain/model';
import { backupIfChanged, createBackup, findBackup, listBackups as listBackupsOf, restoreBackup, type BackupEntry } from '../storage/backups';
import { cleanStaleTemporaryFiles } from '../storage/file-safety';
import { openReadOnlyStore } from '../portfolio/read-only-store';
import type { RegisterStore } from '../storage/register-store';
import { moveRegisterAside } from '../storage/sqlite/move-aside';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import type { SettingsFile } from './settings-file';

/** The register file currently open in this window (an external DPO has one per client). */
export class RegisterSession {
  private store: RegisterStore | null = null;

  constructor(
    private readonly settings: SettingsFile,
    private readonly defaultActor: string,
  ) {}

  private actor(): string {
    return this.settings.get().actorName || this.defaultActor;
  }

  /** The open register, or a `no_register_open` error for handlers that need one. */
  require(): RegisterStore {
    if (!this.store) throw new AppError('no_register_open', 'No register is open');
    return this.store;
  }

  get current(): RegisterStore | null {
    return this.store;
  }

  /** What the last open found and cleaned up or could not back up; shown by the Backups view. */
  lastOpenNotes: string[] = [];

  async open(path: string): Promise<RegisterInfo> {
    if (this.store?.location === path) return (await this.info())!;
    const removed = cleanStaleTemporaryFiles(path);
    const store = SqliteRegisterStore.open(path, { create: false, actor: this.actor() });
    const notes = removed.map((file) => `removed stale temporary file ${file}`);
    try {
      await backupIfChanged(store, 'open');
    } catch (error) {
      // A full disk or a read-only folder must not keep the DPO from their register.
      notes.push(`no backup on open: ${(error as Error).message}`);
    }
    this.lastOpenNotes = notes;
    return this.replaceWith(store);
  }

  /** Creates a new register file; an existing file at the path is kept aside as a checked backup. */
  async create(path: string, organisationName: string): Promise<RegisterInfo> {
    if (this.store?.location === path) throw new AppError('file_exists', `${path} is the open register`, { path });
    if (existsSync(path)) await moveRegisterAside(path, this.actor());
    const store = SqliteRegisterStore.open(path, { create: true, actor: this.actor() });
    if (organisationName) {
      const organisation = await store.organisation.get();
      await store.organisation.save({ ...organisation, name: organisationName });
    }
    return this.replaceWith(store);
  }

  /**
   * Reads another register without opening it in this window (overviews on the start screen).
   * The open register is read directly; other files from an in-memory copy, so nothing is
   * written next to them.
   */
  async peek<T>(path: string, read: (store: RegisterStore) => Promise<T>): Promise<T> {
    if (this.store?.location === path) return read(this.store);
    const store = openReadOnlyStore(path);
    try {
      return await read(store);
    } finally {
      await store.close();
    }
  }

  /** Save as: copies the open register to `path` and continues working in the copy. */
  async saveAs(path: string): Promise<RegisterInfo> {
    const store = this.require();
    if (path === store.location) return (await this.info())!;
    if (existsSync(path)) await moveRegisterAside(path, this.actor());
    await store.copyTo(path);
    return this.open(path);
  }

  /** Backups of the open register, newest first. */
  backups(): BackupEntry[] {
    return listBackupsOf(this.require().location);
  }

  async backupNow(): Promise<BackupEntry> {
    return createBackup(this.require(), 'manual');
  }

  /** Closes the register, puts the backup in its place (keeping the current state as a backup) and reopens it. */
  async restore(name: string): Promise<RegisterInfo> {
    const path = this.require().location;
    const backup = findBackup(path, name);
    await this.close();
    try {
      await restoreBackup(path, backup, this.actor());
    } finally {
      await this.open(path);
    }
    return (await this.info())!;
  }

  async close(): Promise<void> {
    const store = this.store;
    this.store = null;
    await store?.close();
  }

  setActor(): void {
    this.store?.setActor(this.actor());
  }

  async info(): Promise<RegisterInfo | null> {
    if (!this.store) return null;
    const [meta, organisation] = await Promise.all([this.store.meta(), this.store.organisation.get()]);
    return {
      path: this.store.location,
      fileName: basename(this.store.location),
      organisationName: organisation.name,
      schemaVersion: meta.schemaVersion,
      activityCount: meta.activityCount,
    };
  }

  /** Opening succeeded before the old register is closed, so a failed open loses nothing. */
  private async replaceWith(store: RegisterStore): Promise<RegisterInfo> {
    const previous = this.store;
    this.store = store;
    await previous?.close();
    const info = (await this.info())!;
    this.settings.rememberRegister({ path: info.path, organisationName: info.organisationName, openedAt: new Date().toISOString() });
    return info;
  }
}
