import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { localIsoDate, type Art30Variant } from '../../../domain/documents/art30';
import { writeFileAtomic } from '../../app/atomic-write';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import { importIntoNewRegister } from '../../interchange/import-register';
import { loadInterchangeFile } from '../../interchange/load-interchange-file';
import { demoRegisterPath } from '../app-files';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';
import { summariseRegister } from '../summary/register-summary';
import { summaryText } from '../summary/summary-text';

const NAME = 'muster-shop';
const VARIANTS: Art30Variant[] = ['authority', 'internal'];

/**
 * `vvt demo <out-dir> [--lang de|en]`: the shipped demo register (resources/demo) as a
 * register file, its Art. 30 PDFs and its summary. Output of an earlier run is replaced.
 */
export const demoCommand: CommandSpec = {
  name: 'demo',
  args: ['<out-dir>'],
  options: [],
  showsLang: true,
  async run(ctx) {
    const dir = ctx.path(ctx.args[0]);
    const checked = loadInterchangeFile(demoRegisterPath());
    mkdirSync(dir, { recursive: true });
    const register = join(dir, `${NAME}.vvt`);
    await importIntoNewRegister(checked, register, { actor: ctx.actor, overwrite: true });
    const snapshot = await withRegister(register, ctx.actor, loadRegisterSnapshot);

    const written = [register];
    for (const variant of VARIANTS) {
      const pdf = join(dir, `${NAME}-art30-${variant}-${ctx.language}.pdf`);
      writeFileAtomic(pdf, await ctx.renderPdf(snapshot, { language: ctx.language, variant }));
      written.push(pdf);
    }
    const summary = summariseRegister(snapshot, register, localIsoDate(ctx.now()), ctx.language);
    const textFile = join(dir, `${NAME}-summary-${ctx.language}.txt`);
    const jsonFile = join(dir, `${NAME}-summary.json`);
    writeFileAtomic(textFile, `${summaryText(summary, ctx.t).join('\n')}\n`);
    writeFileAtomic(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
    written.push(textFile, jsonFile);

    ctx.print(ctx.t('cli.done.demo', { dir }));
    written.forEach((file) => ctx.print(`  ${file}`));
  },
};
