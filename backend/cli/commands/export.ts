import { checkReferences, describeProblems } from '../../../domain/interchange';
import { writeInterchangeFile } from '../../interchange/export-file';
import { exportRegister } from '../../interchange/export-register';
import type { CommandSpec } from '../command-spec';
import { registerCounts } from '../counts';
import { withRegister } from '../register-file';

/** `vvt export <file.vvt> <file.json>` */
export const exportCommand: CommandSpec = {
  name: 'export',
  args: ['<file.vvt>', '<file.json>'],
  options: [],
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
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
