import type { Art30Variant } from '../../../domain/documents/art30';
import { writeFileAtomic } from '../../app/atomic-write';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';

/** `vvt pdf <file.vvt> <out.pdf> [--variant authority|internal] [--lang de|en]` */
export const pdfCommand: CommandSpec = {
  name: 'pdf',
  args: ['<file.vvt>', '<out.pdf>'],
  options: ['variant'],
  showsLang: true,
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    const variant = (ctx.options.variant ?? 'authority') as Art30Variant;
    const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot, { readonly: true, warn: ctx.warn });
    writeFileAtomic(target, await ctx.renderPdf(snapshot, { language: ctx.language, variant }));
    ctx.print(ctx.t('cli.done.pdf', { path: target }));
  },
};
