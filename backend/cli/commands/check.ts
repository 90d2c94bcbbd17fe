import { localIsoDate } from '../../../domain/documents/art30';
import { evaluateRegister, findingsReport } from '../../../domain/rules/engine/evaluate-register';
import { loadRegisterSnapshot } from '../../documents/snapshot';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';
import { withRegister } from '../register-file';
import { findingLines } from '../summary/findings-text';

/**
 * `vvt check <file.vvt> [--json]`: every finding of the findings engine — the same the GUI
 * and `summary` show. Exit code 6 when at least one finding has severity "error", so a
 * script can gate on it; the JSON is `{"findings":[{rule,severity,references,entity,message}]}`.
 */
export const checkCommand: CommandSpec = {
  name: 'check',
  args: ['<file.vvt>'],
  options: ['json'],
  showsLang: true,
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const snapshot = await withRegister(path, ctx.actor, loadRegisterSnapshot);
    const findings = evaluateRegister(snapshot, { today: localIsoDate(ctx.now()), language: ctx.language });
    if (ctx.options.json) ctx.print(JSON.stringify(findingsReport(findings, ctx.language), null, 2));
    else findingLines(findings, ctx.t, ctx.language).forEach((line) => ctx.print(line));
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (!errors) return EXIT.ok;
    if (!ctx.options.json) ctx.warn(ctx.t('legalChecks.check.hasErrors', { count: errors, code: EXIT.errorFindings }));
    return EXIT.errorFindings;
  },
};
