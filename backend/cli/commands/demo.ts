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
import { art30UnsupportedCharacters } from '../../documents/art30-pdf';
import { buildPrivacyNotice, type NoticeSubject } from '../../../domain/documents/privacy-notice';
import type { RegisterSnapshot } from '../../../domain/documents/snapshot';
import { LanguageSchema } from '../../../domain/model/common';
import { NOTICE_FILE_EXTENSIONS, noticeFile, type NoticeFileFormat } from '../../documents/notice-output';
import type { CommandContext } from '../cli-io';
import { warnUnsupportedCharacters } from './pdf';

const NAME = 'muster-shop';
const VARIANTS: Art30Variant[] = ['authority', 'internal'];

const NOTICE_FORMATS: NoticeFileFormat[] = ['pdf', 'markdown'];

/** A file name part from an activity's reference or name: "vt-001-newsletter-versand". */
function slug(text: string): string {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
  return plain.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'notice';
}

/** The privacy notice of every activity and channel, in German and English, as PDF and Markdown. */
async function writeDemoNotices(ctx: CommandContext, snapshot: RegisterSnapshot, noticeDir: string): Promise<void> {
  mkdirSync(noticeDir, { recursive: true });
  const subjects: Array<{ subject: NoticeSubject; name: string }> = [
    ...snapshot.activities.filter((a) => a.status !== 'archived').map((a) => ({
      subject: { kind: 'activity' as const, activityId: a.id },
      name: `activity-${slug(a.reference ? `${a.reference} ${a.name}` : a.name)}`,
    })),
    ...snapshot.channels.map((c) => ({ subject: { kind: 'channel' as const, channelId: c.id }, name: `channel-${slug(c.name)}` })),
  ];
  const unsupported = new Set<string>();
  for (const { subject, name } of subjects) {
    for (const language of LanguageSchema.options) {
      const notice = buildPrivacyNotice(snapshot, subject, language);
      for (const format of NOTICE_FORMATS) {
        const file = await noticeFile(notice, format, snapshot, localIsoDate(ctx.now()));
        file.unsupportedCharacters.forEach((c) => unsupported.add(c));
        writeFileAtomic(join(noticeDir, `${name}-${language}.${NOTICE_FILE_EXTENSIONS[format]}`), file.content);
      }
    }
  }
  warnUnsupportedCharacters(ctx, [...unsupported]);
}

/**
 * `vvt demo <out-dir> [--lang de|en]`: the shipped demo register (resources/demo) as a
 * register file, its Art. 30 PDFs, the privacy notices of its activities and channels (German
 * and English, in a folder next to the PDFs) and its summary. Output of an earlier run is replaced.
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
      warnUnsupportedCharacters(ctx, art30UnsupportedCharacters(snapshot, { language: ctx.language, variant }));
      written.push(pdf);
    }
    const noticeDir = join(dir, `${NAME}-notices`);
    await writeDemoNotices(ctx, snapshot, noticeDir);
    written.push(noticeDir);
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
