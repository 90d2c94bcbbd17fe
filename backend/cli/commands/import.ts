import { existsSync } from 'node:fs';
import { importIntoNewRegister, replaceRegisterContent } from '../../interchange/import-register';
import { loadInterchangeFile } from '../../interchange/load-interchange-file';
import { createBackup } from '../../storage/backups';
import type { CommandSpec } from '../command-spec';
import { registerCounts } from '../counts';
import { withRegister } from '../register-file';
import { UsageError } from '../usage-error';
import type { CommandContext } from '../cli-io';
import type { CheckedInterchange } from '../../interchange/load-interchange-file';
import { localIsoDate } from '../../../domain/rules/status-workflow';
import { countBySeverity, evaluateRegister } from '../../../domain/rules/engine/evaluate-register';

/** What the findings engine says about the imported register (details: `vvt check`). */
function importReport(ctx: CommandContext, checked: CheckedInterchange): void {
  if (checked.convertedPseudoBases) ctx.print(ctx.t('legalChecks.importReport.converted', { count: checked.convertedPseudoBases }));
  const findings = evaluateRegister(checked.document.register, { today: localIsoDate(ctx.now()), language: ctx.language });
  if (findings.length) ctx.print(ctx.t('legalChecks.importReport.findings', { total: findings.length, ...countBySeverity(findings) }));
}

/**
 * `vvt import <file.json> <file.vvt> [--replace]`. The file is checked completely before the
 * target is touched; a new register appears only when complete, an existing one is replaced
 * in one transaction.
 */
export const importCommand: CommandSpec = {
  name: 'import',
  args: ['<file.json>', '<file.vvt>'],
  options: ['replace'],
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    const exists = existsSync(target);
    if (exists && !ctx.options.replace) throw new UsageError('targetExists', { path: target });
    const checked = loadInterchangeFile(source);
    if (!exists) {
      await importIntoNewRegister(checked, target, { actor: ctx.actor });
      const counts = ctx.t('cli.done.counts', registerCounts(checked.document.register));
      ctx.print(ctx.t('cli.done.import', { path: target, counts }));
    } else {
      const plan = await withRegister(target, ctx.actor, async (store) => {
        // The register as it was, restorable with `vvt restore` if the replacement was a mistake.
        await createBackup(store, 'replace');
        return replaceRegisterContent(store, checked);
      }, { warn: ctx.warn });
      ctx.print(ctx.t('cli.done.replace', { path: target, written: plan.written, deleted: plan.deleted, unchanged: plan.unchanged }));
    }
    importReport(ctx, checked);
  },
};
