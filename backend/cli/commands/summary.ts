import { localIsoDate } from '../../../domain/documents/art30';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';
import { summariseRegister } from '../summary/register-summary';
import { summaryText } from '../summary/summary-text';

/** `vvt summary <file.vvt> [--json]` */
export const summaryCommand: CommandSpec = {
  name: 'summary',
  args: ['<file.vvt>'],
  options: ['json'],
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const snapshot = await withRegister(path, ctx.actor, loadRegisterSnapshot, { readonly: true, warn: ctx.warn });
    const summary = summariseRegister(snapshot, path, localIsoDate(ctx.now()), ctx.language);
    if (ctx.options.json) ctx.print(JSON.stringify(summary, null, 2));
    else summaryText(summary, ctx.t).forEach((line) => ctx.print(line));
  },
};
