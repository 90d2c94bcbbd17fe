import { extname } from 'node:path';
import { localIsoDate } from '../../../domain/documents/art30';
import type { RegisterSnapshot } from '../../../domain/documents/snapshot';
import { PolicySelectionError, buildPrivacyPolicy, defaultPolicySelection, type PolicySelection } from '../../../domain/documents/privacy-policy';
import { writeFileAtomic } from '../../app/atomic-write';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import { policyFormatOf, renderPolicy } from '../../formats/policy-files';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';
import { UsageError } from '../usage-error';

/** An activity by id or reference ("VT-012"), a channel by id or name. */
function resolveSelection(snapshot: RegisterSnapshot, activities: string[], channels: string[]): PolicySelection {
  if (!activities.length && !channels.length) return defaultPolicySelection(snapshot);
  const activityId = (key: string) => snapshot.activities.find((a) => a.id === key || (a.reference && a.reference === key))?.id ?? key;
  const channelId = (key: string) => snapshot.channels.find((c) => c.id === key || c.name === key)?.id ?? key;
  return { activityIds: activities.map(activityId), channelIds: channels.map(channelId) };
}

/** `vvt policy <file.vvt> <out.html|md|txt|pdf|docx> [--activity ID …] [--channel ID …] [--lang de|en]` */
export const policyCommand: CommandSpec = {
  name: 'policy',
  args: ['<file.vvt>', '<out.html|md|txt|pdf|docx>'],
  options: ['activity', 'channel'],
  showsLang: true,
  helpKey: 'formats.cli.command.policy',
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    const format = policyFormatOf(target);
    if (!format) throw new UsageError('unsupportedOutput', { extension: extname(target) || target, expected: '.html, .md, .txt, .pdf, .docx' });
    const snapshot = await withRegister(source, ctx.actor, loadRegisterSnapshot);
    const selection = resolveSelection(snapshot, ctx.options.activity ?? [], ctx.options.channel ?? []);
    let policy;
    try {
      policy = buildPrivacyPolicy(snapshot, selection, ctx.language);
    } catch (error) {
      if (error instanceof PolicySelectionError) {
        throw error.unknownIds.length ? new UsageError('unknownSelection', { ids: error.unknownIds.join(', ') }) : new UsageError('nothingSelected');
      }
      throw error;
    }
    const content = await renderPolicy(policy, format, { asOf: localIsoDate(ctx.now()), author: snapshot.organisation.name.trim() || undefined });
    writeFileAtomic(target, content);
    ctx.print(ctx.t('formats.export.done.policy', { path: target, sections: policy.processings.length, missing: policy.missing.length }));
    for (const label of new Set(policy.missing.map((item) => item.label))) ctx.warn(`  ${label}`);
  },
};
