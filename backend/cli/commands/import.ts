import { existsSync } from 'node:fs';
import { describeImportReport } from '../../../domain/spreadsheet';
import { readSpreadsheetFile, spreadsheetKind } from '../../formats/read-spreadsheet';
import { addImportedActivities, createRegisterWithActivities, previewWorkbook } from '../../formats/spreadsheet-import';
import { approvalPlanFor, importIntoNewRegister, replaceRegisterContent } from '../../interchange/import-register';
import { describeApprovalImport, type ApprovalImportOutcome, type ApprovalImportPlan } from '../../../domain/interchange';
import { loadInterchangeFile } from '../../interchange/load-interchange-file';
import { planReplacement } from '../../interchange/import-operations';
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

/** Approved revisions, assumed approvals, submissions and the change log: what the import does with them. */
function approvalReport(ctx: CommandContext, plan: ApprovalImportPlan, outcome?: ApprovalImportOutcome): void {
  describeApprovalImport(plan, ctx.language, outcome).forEach((line) => ctx.print(line));
}

async function importJson(ctx: CommandContext, source: string, target: string): Promise<void> {
  const exists = existsSync(target);
  if (exists && !ctx.options.replace) throw new UsageError('targetExists', { path: target });
  const checked = loadInterchangeFile(source);
  const settings = { language: ctx.language, importedAt: ctx.now().toISOString() };
  if (ctx.options['dry-run']) {
    ctx.print(ctx.t('cli.done.valid', { path: source, counts: ctx.t('cli.done.counts', registerCounts(checked.document.register)) }));
    ctx.print(ctx.t('formats.import.report.dryRun'));
    if (exists) {
      // --replace: what the replacement would keep, remove and take over, read without writing.
      await withRegister(target, ctx.actor, async (store) => {
        const approvals = approvalPlanFor(checked, settings, await store.approvals.list());
        const plan = await planReplacement(store, checked, approvals);
        approvalReport(ctx, approvals, { removed: plan.revisionsRemoved, submissionsKept: plan.submissionsKept });
      }, { readonly: true, warn: ctx.warn });
    } else approvalReport(ctx, approvalPlanFor(checked, settings));
    importReport(ctx, checked);
    return;
  }
  if (!exists) {
    const approvals = await importIntoNewRegister(checked, target, { actor: ctx.actor, ...settings });
    const counts = ctx.t('cli.done.counts', registerCounts(checked.document.register));
    ctx.print(ctx.t('cli.done.import', { path: target, counts }));
    approvalReport(ctx, approvals);
  } else {
    const plan = await withRegister(target, ctx.actor, async (store) => {
      // The register as it was, restorable with `vvt restore` if the replacement was a mistake.
      await createBackup(store, 'replace');
      return replaceRegisterContent(store, checked, settings);
    }, { warn: ctx.warn });
    ctx.print(ctx.t('cli.done.replace', { path: target, written: plan.written, deleted: plan.deleted, unchanged: plan.unchanged }));
    approvalReport(ctx, plan.approvals, { removed: plan.revisionsRemoved, submissionsKept: plan.submissionsKept });
  }
  importReport(ctx, checked);
}

/** Activities from a spreadsheet are added to an existing register, or make a new one. */
async function importSpreadsheetFile(ctx: CommandContext, source: string, target: string): Promise<void> {
  if (ctx.options.replace) ctx.warn(ctx.t('formats.import.report.replaceIgnored'));
  const workbook = await readSpreadsheetFile(source, ctx.language);
  const exists = existsSync(target);
  const options = { language: ctx.language };
  const report = exists ? await withRegister(target, ctx.actor, (store) => previewWorkbook(workbook, store, options)) : await previewWorkbook(workbook, null, options);
  describeImportReport(report, ctx.language, { matched: true }).forEach((line) => ctx.print(line));
  if (ctx.options['dry-run']) {
    ctx.print(ctx.t('formats.import.report.dryRun'));
    return;
  }
  if (!report.activities.length) {
    ctx.print(ctx.t('formats.import.report.nothing'));
    return;
  }
  if (exists) {
    await withRegister(target, ctx.actor, async (store) => {
      await createBackup(store, 'import');
      return addImportedActivities(store, report.activities);
    }, { warn: ctx.warn });
  }
  else await createRegisterWithActivities(target, report.activities, ctx.actor);
  ctx.print(ctx.t('formats.import.report.written', { count: report.activities.length, path: target }));
}

/**
 * `vvt import <file.json|file.xlsx|file.csv> <file.vvt> [--replace] [--dry-run]`. A JSON file
 * is checked completely before the target is touched; a new register appears only when
 * complete, an existing one is replaced in one transaction. A spreadsheet's activities are
 * added in one transaction after the report is printed.
 */
export const importCommand: CommandSpec = {
  name: 'import',
  args: ['<file.json|file.xlsx|file.csv>', '<file.vvt>'],
  options: ['replace', 'dry-run'],
  helpKey: 'formats.cli.command.import',
  async run(ctx) {
    const source = ctx.path(ctx.args[0]);
    const target = ctx.path(ctx.args[1]);
    // Anything that is not a spreadsheet is read as JSON, as before spreadsheets were supported.
    if (spreadsheetKind(source)) return importSpreadsheetFile(ctx, source, target);
    return importJson(ctx, source, target);
  },
};
