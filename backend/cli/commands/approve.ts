import { ApprovalRefusedError, approveActivity } from '../../approval/approve';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';

/** `vvt approve <file.vvt> <activity-id> [--acknowledge REASON]` — the same gate as the app. */
export const approveCommand: CommandSpec = {
  name: 'approve',
  args: ['<file.vvt>', '<activity-id>'],
  options: ['acknowledge'],
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const id = ctx.args[1];
    const reason = ctx.options.acknowledge;
    try {
      const { activity } = await withRegister(path, ctx.actor, (store) => approveActivity(store, { id, acknowledgement: reason }, ctx.language));
      ctx.print(ctx.t('approval.cli.approved', { name: activity.name, version: activity.version }));
      if (reason?.trim()) ctx.print(ctx.t('approval.cli.acknowledged', { reason: reason.trim() }));
    } catch (error) {
      if (error instanceof ApprovalRefusedError) {
        const blocking = error.verdict === 'blocked_by_errors' ? error.gate.errors : error.gate.warnings;
        const name = String(error.params?.name ?? id);
        ctx.warn(ctx.t(error.verdict === 'blocked_by_errors' ? 'approval.cli.refusedErrors' : 'approval.cli.refusedWarnings', { name, count: blocking.length }));
        for (const finding of blocking) {
          ctx.warn(ctx.t('approval.cli.findingLine', {
            severity: ctx.t(`activityFields.findings.severity.${finding.severity}`),
            text: finding.message[ctx.language],
          }));
        }
      }
      throw error;
    }
  },
};
