import { extname } from 'node:path';
import { checkReferences, describeProblems } from '../../../domain/interchange';
import { AppError } from '../../../domain/ipc/result';
import { writeRegisterExport } from '../../interchange/export-stream';
import { localIsoDate } from '../../../domain/documents/art30';
import { writeFileAtomic } from '../../app/atomic-write';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import { registerToXlsx } from '../../formats/xlsx-export';
import type { CommandSpec } from '../command-spec';
import { registerCounts } from '../counts';
import { withRegister } from '../register-file';

/**
 * `vvt export <file.vvt> <file.json|file.xlsx> [--with-log] [--skip-damaged]`: .xlsx writes the
 * spreadsheet for auditors; .json reads the register
 * read-only after an integrity check, verifies every attachment against its sha256, streams
 * the file to a temporary name, checks it like an import and renames it into place.
 */
export const exportCommand: CommandSpec = {
  name: 'export',
  args: ['<file.vvt>', '<file.json|file.xlsx>'],
  options: ['with-log', 'skip-damaged'],
  showsLang: true,
  helpKey: 'formats.cli.command.export',
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    if (extname(target).toLowerCase() === '.xlsx') {
      const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot, { readonly: true, warn: ctx.warn });
      writeFileAtomic(target, await registerToXlsx(snapshot, { language: ctx.language, today: localIsoDate(ctx.now()) }));
      ctx.print(ctx.t('formats.export.done.xlsx', { path: target, activities: snapshot.activities.length }));
      return;
    }
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
    ctx.print(ctx.t('interchangeApproval.report.exported', { revisions: document.register.approvedRevisions.length, submissions: document.register.submissions.length }));
    ctx.print(document.changeLog ? ctx.t('interchangeApproval.report.exportedLog', { count: document.changeLog.length }) : ctx.t('interchangeApproval.report.exportedNoLog'));
  },
};
