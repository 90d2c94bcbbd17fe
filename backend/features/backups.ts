import type { BackupInfo } from '../../domain/ipc/channels/backups';
import type { AppContext } from '../app/context';
import { findBackup, verifyBackup, type BackupEntry } from '../storage/backups';
import type { FeatureHandlers } from './types';

function info(entry: BackupEntry): BackupInfo {
  return { name: entry.name, createdAt: entry.createdAt, reason: entry.reason, size: entry.size };
}

export function backupHandlers(ctx: AppContext): FeatureHandlers<'backups.list' | 'backups.create' | 'backups.verify' | 'backups.restore'> {
  return {
    'backups.list': () => ({ backups: ctx.session.backups().map(info), notes: ctx.session.lastOpenNotes }),
    'backups.create': async () => info(await ctx.session.backupNow()),
    'backups.verify': async ({ name }) => {
      const entry = findBackup(ctx.session.require().location, name);
      const { ok, verification: v } = await verifyBackup(entry.file);
      return {
        name,
        ok,
        pageProblems: v.pages.length,
        missingTriggers: v.missingTriggers,
        chainProblems: v.chain.problems.length,
        damagedAttachments: v.damagedAttachments.map((a) => a.fileName),
        invalidRows: v.invalidRows.map((r) => `${r.table}: ${r.name}`),
      };
    },
    'backups.restore': ({ name }) => ctx.session.restore(name),
  };
}
