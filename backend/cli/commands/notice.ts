import { buildPrivacyNotice, type NoticeSubject } from '../../../domain/documents/privacy-notice';
import type { RegisterSnapshot } from '../../../domain/documents/snapshot';
import { writeFileAtomic } from '../../app/atomic-write';
import { describeCharacters } from '../../documents/font-coverage';
import { noticeFile, type NoticeFileFormat } from '../../documents/notice-output';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandContext } from '../cli-io';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';
import { UsageError } from '../usage-error';

const FORMATS: Record<string, NoticeFileFormat> = { text: 'text', html: 'html', md: 'markdown', pdf: 'pdf' };

/** The activity by id or the organisation's own reference; the channel by id or name. */
function findSubject(snapshot: RegisterSnapshot, ctx: CommandContext): NoticeSubject {
  const { activity, channel } = subjectOptions(ctx);
  if (activity !== undefined) {
    const found = snapshot.activities.find((a) => a.id === activity) ?? snapshot.activities.find((a) => a.reference.trim() === activity.trim());
    if (!found) throw new UsageError('noticeSubjectUnknown', { kind: ctx.t('legalTexts.cli.activity'), id: activity });
    return { kind: 'activity', activityId: found.id };
  }
  const found = snapshot.channels.find((c) => c.id === channel) ?? snapshot.channels.find((c) => c.name.trim() === channel!.trim());
  if (!found) throw new UsageError('noticeSubjectUnknown', { kind: ctx.t('legalTexts.cli.channel'), id: channel! });
  return { kind: 'channel', channelId: found.id };
}

/** Exactly one --activity or one --channel (the options are repeatable for `policy`, not here). */
function subjectOptions(ctx: CommandContext): { activity?: string; channel?: string } {
  const activities = ctx.options.activity ?? [];
  const channels = ctx.options.channel ?? [];
  if (activities.length + channels.length !== 1) throw new UsageError('noticeSubject');
  return { activity: activities[0], channel: channels[0] };
}

/** `vvt notice <file.vvt> (--activity ID | --channel ID) [--format text|html|md|pdf] [--lang de|en] [--out FILE]` */
export const noticeCommand: CommandSpec = {
  name: 'notice',
  args: ['<file.vvt>'],
  options: ['activity', 'channel', 'format', 'out'],
  optionSynopsis: { activity: '(--activity ID', channel: '| --channel ID)' },
  showsLang: true,
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const format = FORMATS[ctx.options.format ?? 'text']!;
    if (format === 'pdf' && !ctx.options.out) throw new UsageError('pdfNeedsOut');
    subjectOptions(ctx);
    const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot, { readonly: true, warn: ctx.warn });
    const notice = buildPrivacyNotice(snapshot, findSubject(snapshot, ctx), ctx.language);
    const file = await noticeFile(notice, format, snapshot);
    if (file.unsupportedCharacters.length) {
      ctx.warn(ctx.t('legalTexts.unsupportedCharacters', { characters: describeCharacters(file.unsupportedCharacters) }));
    }
    if (notice.missing.length) ctx.warn(ctx.t('legalTexts.cli.noticeMissing', { count: notice.missing.length }));
    if (!ctx.options.out) {
      const text = file.content as string;
      ctx.print(text.endsWith('\n') ? text.slice(0, -1) : text);
      return;
    }
    const target = ctx.path(ctx.options.out);
    writeFileAtomic(target, file.content);
    ctx.print(ctx.t('legalTexts.cli.noticeDone', { path: target }));
  },
};
