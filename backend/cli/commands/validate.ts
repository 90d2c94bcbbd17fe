import { loadInterchangeFile } from '../../interchange/load-interchange-file';
import type { CommandSpec } from '../command-spec';
import { registerCounts } from '../counts';

/** `vvt validate <file.json>`: the same checks as an import, nothing is written. */
export const validateCommand: CommandSpec = {
  name: 'validate',
  args: ['<file.json>'],
  options: [],
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const { document } = loadInterchangeFile(path);
    ctx.print(ctx.t('cli.done.valid', { path, counts: ctx.t('cli.done.counts', registerCounts(document.register)) }));
  },
};
