import { extname } from 'node:path';
import { checkReferences, describeProblems } from '../../../domain/interchange';
import { localIsoDate } from '../../../domain/documents/art30';
import { writeFileAtomic } from '../../app/atomic-write';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import { registerToXlsx } from '../../formats/xlsx-export';
import { writeInterchangeFile } from '../../interchange/export-file';
import { exportRegister } from '../../interchange/export-register';
import type { CommandSpec } from '../command-spec';
import { registerCounts } from '../counts';
import { withRegister } from '../register-file';

/** `vvt export <file.vvt> <file.json|file.xlsx>`: the extension decides the format. */
export const exportCommand: CommandSpec = {
  name: 'export',
  args: ['<file.vvt>', '<file.json|file.xlsx>'],
  options: [],
  showsLang: true,
  helpKey: 'formats.cli.command.export',
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    if (extname(target).toLowerCase() === '.xlsx') {
      const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot);
      writeFileAtomic(target, await registerToXlsx(snapshot, { language: ctx.language, today: localIsoDate(ctx.now()) }));
      ctx.print(ctx.t('formats.export.done.xlsx', { path: target, activities: snapshot.activities.length }));
      return;
    }
    const document = await withRegister(source, ctx.actor, (store) => exportRegister(store, { exportedAt: ctx.now().toISOString() }));
    writeInterchangeFile(target, document);
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
