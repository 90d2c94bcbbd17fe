import type { Art30Variant } from '../../../domain/documents/art30';
import { writeFileAtomic } from '../../app/atomic-write';
import { art30UnsupportedCharacters } from '../../documents/art30-pdf';
import { describeCharacters } from '../../documents/font-coverage';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandContext } from '../cli-io';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';

/** A character the PDF font cannot show is reported on stderr, never silently dropped. */
export function warnUnsupportedCharacters(ctx: CommandContext, characters: string[]): void {
  if (characters.length) ctx.warn(ctx.t('legalTexts.unsupportedCharacters', { characters: describeCharacters(characters) }));
}

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
    const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot);
    writeFileAtomic(target, await ctx.renderPdf(snapshot, { language: ctx.language, variant }));
    warnUnsupportedCharacters(ctx, art30UnsupportedCharacters(snapshot, { language: ctx.language, variant }));
    ctx.print(ctx.t('cli.done.pdf', { path: target }));
  },
};
