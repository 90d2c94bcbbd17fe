import type { Art30Variant } from '../../../domain/documents/art30';
import { readFileSync } from 'node:fs';
import { recordSubmission } from '../../approval/submissions';
import { art30UnsupportedCharacters } from '../../documents/art30-pdf';
import { describeCharacters } from '../../documents/font-coverage';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandContext } from '../cli-io';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';
import { UsageError } from '../usage-error';

/** A character the PDF font cannot show is reported on stderr, never silently dropped. */
export function warnUnsupportedCharacters(ctx: CommandContext, characters: string[]): void {
  if (characters.length) ctx.warn(ctx.t('legalTexts.unsupportedCharacters', { characters: describeCharacters(characters) }));
}

/**
 * `vvt pdf <file.vvt> <out.pdf> [--variant authority|internal] [--lang de|en]
 *  [--record-submission [--authority NAME]]`
 */
export const pdfCommand: CommandSpec = {
  name: 'pdf',
  args: ['<file.vvt>', '<out.pdf>'],
  options: ['variant', 'record-submission', 'authority'],
  showsLang: true,
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    const variant = (ctx.options.variant ?? 'authority') as Art30Variant;
    const record = ctx.options['record-submission'] === true;
    if (ctx.options.authority !== undefined && !record) throw new UsageError('optionNeedsRecordSubmission');
    if (record && variant !== 'authority') throw new UsageError('submissionNeedsAuthority');
    // Only recording a submission writes to the register; a plain PDF reads it read-only.
    await withRegister(source, ctx.actor, async (store) => {
      const snapshot = await loadRegisterSnapshot(store);
      const authority = (ctx.options.authority ?? snapshot.organisation.supervisoryAuthority.name).trim();
      if (record && !authority) throw new UsageError('noAuthority');
      await ctx.writePdf(snapshot, { language: ctx.language, variant }, target);
      warnUnsupportedCharacters(ctx, art30UnsupportedCharacters(snapshot, { language: ctx.language, variant }));
      ctx.print(ctx.t('cli.done.pdf', { path: target }));
      if (!record) return;
      // The hash is of the file as it lies on disk, the one that goes to the authority.
      const bytes = new Uint8Array(readFileSync(target));
      const submission = await recordSubmission(store, { snapshot, bytes, path: target, authority, language: ctx.language, actor: ctx.actor });
      ctx.print(ctx.t('approval.cli.submissionRecorded', { authority: submission.authority, hash: submission.sha256 }));
    }, { readonly: !record, warn: ctx.warn });
  },
};
