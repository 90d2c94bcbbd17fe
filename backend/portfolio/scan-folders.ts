import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file in a client folder that may be a register, with what tells whether it changed. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
  /** Size and time of the write-ahead log next to it (0 when there is none): changes of a file open elsewhere land there. */
  walSize: number;
  walMtimeMs: number;
}

const MAX_DEPTH = 12;
/**
 * Side files of SQLite, the app's own copies (`.v1.bak`, `.replaced-….bak`) and temporary files
 * of a write in progress (`….vvt-tmp`, file safety) are never clients.
 */
const IGNORED_FILE = /(-wal|-shm|-journal|\.bak|\.damaged-\d+|\.tmp|\.vvt-tmp)$/i;
/** `<register>.backups/` next to its register: automatic backups (file safety) are copies, not clients. */
const BACKUP_FOLDER = /\.backups$/i;
const isBackupFolder = (path: string, name: string) => BACKUP_FOLDER.test(name) && existsSync(path.slice(0, -'.backups'.length));

function stampOf(path: string): FileStamp | null {
  try {
    const s = statSync(path);
    if (!s.isFile()) return null;
    let walSize = 0;
    let walMtimeMs = 0;
    try {
      const wal = statSync(`${path}-wal`);
      walSize = wal.size;
      walMtimeMs = wal.mtimeMs;
    } catch {
      // no write-ahead log: the file is closed
    }
    return { path, size: s.size, mtimeMs: s.mtimeMs, walSize, walMtimeMs };
  } catch {
    return null; // vanished between listing and stat
  }
}

/** A file worth a look at its header: a .vvt file, or any file whose size fits SQLite pages. */
function mayBeRegister(name: string, size: number): boolean {
  return name.toLowerCase().endsWith('.vvt') || (size >= 512 && size % 512 === 0);
}

/**
 * Every file in the folders and their subfolders that could be a register. Hidden folders and
 * symbolic links are not followed (no loops, no surprises); unreadable folders are reported.
 */
export function scanFolders(folders: readonly string[]): { files: FileStamp[]; unreadableFolders: string[] } {
  const files = new Map<string, FileStamp>();
  const unreadableFolders: string[] = [];
  const walk = (folder: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      unreadableFolders.push(folder);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !isBackupFolder(path, entry.name)) walk(path, depth + 1);
      } else if (entry.isFile() && !IGNORED_FILE.test(entry.name)) {
        const stamp = stampOf(path);
        if (stamp && mayBeRegister(entry.name, stamp.size)) files.set(path, stamp);
      }
    }
  };
  for (const folder of folders) walk(folder, 0);
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1)), unreadableFolders };
}

export function sameStamp(a: Omit<FileStamp, 'path'>, b: Omit<FileStamp, 'path'>): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.walSize === b.walSize && a.walMtimeMs === b.walMtimeMs;
}
