import { createBackup, listBackups, siblingCopies, verifyBackup } from '../../storage/backups';
import { AppError } from '../../../domain/ipc/result';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';
import { verificationLines } from './verify';

/**
 * `vvt backup <file.vvt> [--list] [--verify] [--json]`: without options a checked copy into
 * `<file>.backups/`; --list shows the copies, --verify checks each of them.
 */
export const backupCommand: CommandSpec = {
  name: 'backup',
  args: ['<file.vvt>'],
  options: ['list', 'verify', 'json'],
  helpKey: 'reliability.usage.backup',
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    if (ctx.options.list || ctx.options.verify) {
      const entries = listBackups(path);
      const checks = ctx.options.verify ? await Promise.all(entries.map((e) => verifyBackup(e.file))) : [];
      if (ctx.options.json) {
        ctx.print(JSON.stringify(entries.map((e, i) => ({ ...e, ...(checks[i] ? { ok: checks[i].ok } : {}) })), null, 2));
      } else {
        if (!entries.length) ctx.print(ctx.t('reliability.backup.none', { path }));
        entries.forEach((e, i) => {
          const state = checks[i] ? ` ${ctx.t(checks[i].ok ? 'reliability.backup.sound' : 'reliability.backup.damaged')}` : '';
          ctx.print(`${e.name}  ${ctx.t(`reliability.backup.reason.${e.reason}`)}  ${Math.ceil(e.size / 1024)} KiB${state}`);
          if (checks[i] && !checks[i].ok) verificationLines(checks[i].verification, ctx.t).forEach((line) => ctx.print(`    ${line}`));
        });
        const siblings = siblingCopies(path);
        if (siblings.length) ctx.print(ctx.t('reliability.backup.siblings'));
        siblings.forEach((file) => ctx.print(`  ${file}`));
      }
      if (checks.some((c) => !c.ok)) throw new AppError('validation', 'a backup failed its check', { messageKey: 'reliability.backup.checkFailed' });
      return;
    }
    const entry = await withRegister(path, ctx.actor, (store) => createBackup(store, 'manual'));
    ctx.print(ctx.t('reliability.backup.created', { file: entry.file }));
  },
};
