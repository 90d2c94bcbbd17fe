import { findBackup, restoreBackup } from '../../storage/backups';
import type { CommandSpec } from '../command-spec';

/**
 * `vvt restore <file.vvt> <backup>`: verifies the named backup (a file name from
 * `vvt backup --list`), keeps the current state as a backup and puts the copy in place.
 */
export const restoreCommand: CommandSpec = {
  name: 'restore',
  args: ['<file.vvt>', '<backup>'],
  options: [],
  helpKey: 'reliability.usage.restore',
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const backup = findBackup(path, ctx.args[1]);
    const safety = await restoreBackup(path, backup, ctx.actor);
    ctx.print(ctx.t('reliability.backup.restored', { path, name: backup.name, safety: safety?.name ?? '-' }));
  },
};
