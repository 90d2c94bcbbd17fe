import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../domain/ipc/result';
import { fsyncFile, refuseLeftoverSideFiles, removeDatabaseFiles, replaceFile, temporaryPathFor } from './file-safety';
import type { RegisterStore, RegisterVerification } from './register-store';
import { SqliteRegisterStore } from './sqlite/sqlite-register-store';

/**
 * Automatic, versioned copies of a register in `<file>.backups/` next to it: on open (when
 * something changed since the last copy), before migrations, imports, replaces and restores,
 * and on request. Each is a checked copy (VACUUM INTO a temporary file, integrity check,
 * fsync, rename). Kept: the newest 10, and the newest of every month before them.
 */
export const BACKUP_REASONS = ['open', 'manual', 'import', 'replace', 'restore', 'migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  /** Absolute path of the copy. */
  file: string;
  name: string;
  createdAt: string;
  reason: BackupReason;
  /** The newest change-log entry the copy contains. */
  changeSeq: number;
  size: number;
}

const KEEP_NEWEST = 10;
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([a-z]+)_s(\d+)\.vvt$/;

export function backupFolder(registerPath: string): string {
  return `${registerPath}.backups`;
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  const [day, time] = stamp.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

/** The register's backups, newest first. */
export function listBackups(registerPath: string): BackupEntry[] {
  const folder = backupFolder(registerPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2])) continue;
    const file = join(folder, name);
    entries.push({ file, name, createdAt: dateOfStamp(match[1]), reason: match[2] as BackupReason, changeSeq: Number(match[3]), size: statSync(file).size });
  }
  return entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

async function newestChangeSeq(store: RegisterStore): Promise<number> {
  return (await store.changeLog.list({ limit: 1 }))[0]?.seq ?? 0;
}

/** Writes a checked copy of the open register into its backup folder and applies the retention rule. */
export async function createBackup(store: RegisterStore, reason: BackupReason, now = new Date()): Promise<BackupEntry> {
  const folder = backupFolder(store.location);
  mkdirSync(folder, { recursive: true });
  const seq = await newestChangeSeq(store);
  let name = `${stampOf(now)}_${reason}_s${seq}.vvt`;
  while (existsSync(join(folder, name))) {
    now = new Date(now.getTime() + 1);
    name = `${stampOf(now)}_${reason}_s${seq}.vvt`;
  }
  await store.copyTo(join(folder, name));
  applyRetention(store.location);
  return listBackups(store.location).find((entry) => entry.name === name)!;
}

/**
 * Copies kept next to the register rather than in its backup folder: `<file>.v<N>.bak` from
 * migrations and `<file>.replaced-<time>.bak` from New/Save As over it. Listed so they are
 * not forgotten (they hold personal data too); removing them is the user's decision.
 */
export function siblingCopies(registerPath: string): string[] {
  const prefix = `${basename(registerPath)}.`;
  try {
    return readdirSync(dirname(registerPath))
      .filter((name) => name.startsWith(prefix) && /^(v\d+.*|replaced-.*)\.bak$/.test(name.slice(prefix.length)))
      .map((name) => join(dirname(registerPath), name))
      .sort();
  } catch {
    return [];
  }
}

/** On open: a copy only when something changed since the newest one. */
export async function backupIfChanged(store: RegisterStore, reason: BackupReason = 'open'): Promise<BackupEntry | null> {
  const newest = listBackups(store.location)[0];
  const seq = await newestChangeSeq(store);
  if (newest && newest.changeSeq === seq) return null;
  return createBackup(store, reason);
}

/** Keeps the newest 10 and, older than those, the newest copy of each month; removes the rest. */
export function applyRetention(registerPath: string): string[] {
  const entries = listBackups(registerPath);
  const keep = new Set(entries.slice(0, KEEP_NEWEST).map((e) => e.name));
  const months = new Set<string>();
  for (const entry of entries) {
    const month = entry.createdAt.slice(0, 7);
    if (!months.has(month)) {
      months.add(month);
      keep.add(entry.name);
    }
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (keep.has(entry.name)) continue;
    removeDatabaseFiles(entry.file);
    removed.push(entry.file);
  }
  return removed;
}

export interface BackupCheck {
  file: string;
  ok: boolean;
  verification: RegisterVerification;
}

export function verificationOk(v: RegisterVerification): boolean {
  return !v.pages.length && !v.missingTriggers.length && !v.chain.problems.length && !v.damagedAttachments.length && !v.invalidRows.length;
}

/** Reads a backup like a register (read-only) and runs every check of `vvt verify` on it. */
export async function verifyBackup(file: string): Promise<BackupCheck> {
  const store = SqliteRegisterStore.open(file, { create: false, readonly: true, allowDamaged: true });
  try {
    const verification = await store.verify();
    return { file, ok: verificationOk(verification) && !store.openWarnings.length, verification };
  } finally {
    await store.close();
  }
}

/** Finds a backup by file name (or path) among the register's backups. */
export function findBackup(registerPath: string, nameOrPath: string): BackupEntry {
  const name = basename(nameOrPath);
  const entry = listBackups(registerPath).find((e) => e.name === name);
  if (!entry) throw new AppError('file_not_found', `No backup ${name} in ${backupFolder(registerPath)}`, { path: join(backupFolder(registerPath), name) });
  return entry;
}

/**
 * Puts a verified backup in place of the register, in one step: the current state is kept as
 * a backup first (so a restore can itself be undone), the copy is written to a temporary
 * name, synced and renamed over the register. The register must not be open anywhere.
 */
export async function restoreBackup(registerPath: string, backup: BackupEntry, actor: string): Promise<BackupEntry | null> {
  const check = await verifyBackup(backup.file);
  if (!check.ok) {
    throw new AppError('register_damaged', `backup ${backup.name} failed its check`, { path: backup.file, detail: backup.name });
  }
  let safety: BackupEntry | null = null;
  if (existsSync(registerPath)) {
    const current = SqliteRegisterStore.open(registerPath, { create: false, actor, allowDamaged: true });
    try {
      safety = await createBackup(current, 'restore');
    } finally {
      await current.close();
    }
  }
  refuseLeftoverSideFiles(registerPath);
  const temp = temporaryPathFor(registerPath, 'restore');
  try {
    copyFileSync(backup.file, temp);
    fsyncFile(temp);
    const copy = SqliteRegisterStore.open(temp, { create: false, readonly: true });
    await copy.close();
    mkdirSync(dirname(registerPath), { recursive: true });
    replaceFile(temp, registerPath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return safety;
}
