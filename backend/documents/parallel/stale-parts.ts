import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from '../../storage/file-safety';

/**
 * A job that was killed hard (power cut, kill -9, a crash of the app) leaves its parts folder in
 * the temp directory and its half-written target next to the destination. Both names carry the
 * process id; the next PDF job removes those of processes that no longer run. A process id that
 * was given to a new process keeps its leftovers a while longer, which is harmless.
 */

const PARTS_PREFIX = 'vvt-pdf-';

/** Prefix for mkdtemp: `vvt-pdf-<pid>-`. */
export function partsFolderPrefix(pid: number = process.pid): string {
  return `${PARTS_PREFIX}${pid}-`;
}

/** The half-written target of a job of this process. */
export function partialTarget(destination: string, pid: number = process.pid): string {
  return `${destination}.${pid}.tmp`;
}

function entries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Removes parts folders in `tempRoot` and partial targets beside `destination` left by dead processes; returns what it removed. */
export function removeStaleLeftovers(tempRoot: string, destination: string, isAlive: (pid: number) => boolean = processAlive): string[] {
  const removed: string[] = [];
  const sweep = (folder: string, pattern: RegExp) => {
    for (const name of entries(folder)) {
      const pid = Number(pattern.exec(name)?.[1]);
      if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
      try {
        rmSync(join(folder, name), { recursive: true, force: true });
        removed.push(join(folder, name));
      } catch {
        // Another process may be removing it at the same time; the next job tries again.
      }
    }
  };
  sweep(tempRoot, /^vvt-pdf-(\d+)-[^/\\]+$/);
  const escaped = basename(destination).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  sweep(dirname(destination), new RegExp(`^${escaped}\\.(\\d+)\\.tmp$`));
  return removed;
}
