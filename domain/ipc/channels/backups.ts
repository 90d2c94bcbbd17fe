import { z } from 'zod';
import type { RegisterInfo } from '../../model/register';
import { channel } from '../define';

/** One automatic or manual copy of the open register (`<file>.backups/`). */
export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: 'open' | 'manual' | 'import' | 'replace' | 'restore' | 'migration';
  size: number;
}

export interface BackupList {
  backups: BackupInfo[];
  /** What the last open cleaned up (stale temporary files) or could not do (no backup: disk full). */
  notes: string[];
}

/** What checking a backup found; everything empty/zero means sound. */
export interface BackupCheckResult {
  name: string;
  ok: boolean;
  pageProblems: number;
  missingTriggers: string[];
  chainProblems: number;
  damagedAttachments: string[];
  invalidRows: string[];
}

const BackupNameSchema = z.string().regex(/^[0-9TZ-]+_[a-z]+_s\d+\.vvt$/).max(200);

/** Versioned copies of the open register: list, make one, check one, put one back in place. */
export const backupChannels = {
  'backups.list': channel<BackupList>()(z.void()),
  'backups.create': channel<BackupInfo>()(z.void()),
  'backups.verify': channel<BackupCheckResult>()(z.object({ name: BackupNameSchema })),
  /** Keeps the current state as a backup, puts the named one in place and reopens the register. */
  'backups.restore': channel<RegisterInfo>()(z.object({ name: BackupNameSchema })),
} as const;
