import { formatDate } from '../../../domain/documents/art30/format';
import { fieldLabel } from '../../../domain/rules/field-changes';
import { changesSinceLastSubmission } from '../../approval/submissions';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';

/** `vvt changes <file.vvt> [--json]` — what changed since the last recorded submission. */
export const changesCommand: CommandSpec = {
  name: 'changes',
  args: ['<file.vvt>'],
  options: ['json'],
  showsLang: true,
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const changes = await withRegister(path, ctx.actor, async (store) => changesSinceLastSubmission(store, await loadRegisterSnapshot(store), ctx.language));
    if (ctx.options.json) {
      const activities = changes.activities.map(({ id, name, change, fields }) => ({
        id,
        name,
        change,
        fields: fields.map(({ field, before, after }) => ({ field, before, after })),
      }));
      ctx.print(JSON.stringify({ since: changes.since, activities }, null, 2));
      return;
    }
    if (!changes.submission) {
      ctx.print(ctx.t('approval.cli.changesNoSubmission'));
      return;
    }
    ctx.print(ctx.t('approval.cli.changesSince', { date: formatDate(changes.submission.submittedAt, ctx.language), authority: changes.submission.authority }));
    if (!changes.activities.length) ctx.print(ctx.t('approval.cli.changesNone'));
    for (const activity of changes.activities) {
      ctx.print(ctx.t('approval.cli.changeLine', { kind: ctx.t(`approval.changes.kinds.${activity.change}`), name: activity.name, id: activity.id }));
      for (const field of activity.fields) {
        ctx.print(ctx.t('approval.cli.fieldLine', {
          field: fieldLabel('activity', field.field, ctx.language),
          before: field.before || '—',
          after: field.after || '—',
        }));
      }
    }
  },
};
