import { checkReferences, describeProblems } from '../../../domain/interchange';
import { AppError } from '../../../domain/ipc/result';
import { writeRegisterExport } from '../../interchange/export-stream';
import type { CommandSpec } from '../command-spec';
import { registerCounts } from '../counts';
import { withRegister } from '../register-file';

/**
 * `vvt export <file.vvt> <file.json> [--with-log] [--skip-damaged]`: reads the register
 * read-only after an integrity check, verifies every attachment against its sha256, streams
 * the file to a temporary name, checks it like an import and renames it into place.
 */
export const exportCommand: CommandSpec = {
  name: 'export',
  args: ['<file.vvt>', '<file.json>'],
  options: ['with-log', 'skip-damaged'],
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    const skipDamaged = ctx.options['skip-damaged'] === true;
    const result = await withRegister(
      source,
      ctx.actor,
      async (store) => {
        const verification = await store.verify();
        if (verification.pages.length && !skipDamaged) {
          throw new AppError('register_damaged', `${source}: ${verification.pages.join('; ')}`, { path: source, detail: verification.pages.slice(0, 3).join('; ') });
        }
        const invalid = store.invalidRows();
        if (invalid.length && !skipDamaged) {
          const detail = invalid.map((row) => `${row.table} "${row.name}" (${row.id})`).join(', ');
          throw new AppError('register_damaged', `${source}: unreadable rows ${detail}`, { path: source, detail });
        }
        for (const row of invalid) ctx.warn(ctx.t('reliability.cli.skippedRow', { table: row.table, name: row.name, id: row.id }));
        return writeRegisterExport(store, target, { exportedAt: ctx.now().toISOString(), includeChangeLog: ctx.options['with-log'] === true, skipDamaged });
      },
      { readonly: true, allowDamaged: skipDamaged, warn: ctx.warn },
    );
    for (const item of result.skipped) ctx.warn(ctx.t('reliability.cli.skippedAttachment', { fileName: item.fileName, id: item.id }));
    const document = result.outline;
    // The register itself may point to deleted entries; say so now rather than at the next import.
    const dangling = checkReferences(document.register);
    if (dangling.length) {
      const [, ...lines] = describeProblems(dangling, ctx.language);
      ctx.warn(ctx.t('cli.interchange.danglingAfterExport'));
      lines.forEach((line) => ctx.warn(line));
    }
    ctx.print(ctx.t('cli.done.export', { path: target, counts: ctx.t('cli.done.counts', registerCounts(document.register)) }));
  },
};
