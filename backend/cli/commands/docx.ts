import { localIsoDate } from '../../../domain/documents/art30';
import { writeFileAtomic } from '../../app/atomic-write';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import { renderRecordDocx } from '../../formats/docx-documents';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';

/**
 * `vvt docx <file.vvt> <out.docx> [--variant controller|internal|processor] [--lang de|en]`:
 * controller is the version for the authority (approved activities), internal everything.
 */
export const docxCommand: CommandSpec = {
  name: 'docx',
  args: ['<file.vvt>', '<out.docx>'],
  options: ['variant'],
  showsLang: true,
  optionSynopsis: { variant: '[--variant controller|internal|processor]' },
  helpKey: 'formats.cli.command.docx',
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    const choice = ctx.options.variant ?? 'controller';
    const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot);
    const bytes = await renderRecordDocx(snapshot, {
      language: ctx.language,
      record: choice === 'processor' ? 'processor' : 'controller',
      variant: choice === 'internal' ? 'internal' : 'authority',
      asOf: localIsoDate(ctx.now()),
    });
    writeFileAtomic(target, bytes);
    ctx.print(ctx.t('formats.export.done.docx', { path: target }));
  },
};
