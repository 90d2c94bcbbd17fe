import { AppError } from '../../../domain/ipc/result';
import { verificationOk } from '../../storage/backups';
import type { RegisterVerification } from '../../storage/register-store';
import type { CommandContext } from '../cli-io';
import type { CommandSpec } from '../command-spec';
import { withRegister } from '../register-file';

/** The report lines of a verification, translated; empty problems mean a sound register. */
export function verificationLines(v: RegisterVerification, t: CommandContext['t']): string[] {
  const lines: string[] = [];
  for (const line of v.pages) lines.push(t('reliability.verify.page', { detail: line }));
  for (const name of v.missingTriggers) lines.push(t('reliability.verify.trigger', { name }));
  for (const problem of v.chain.problems.slice(0, 50)) lines.push(t(`reliability.verify.chain.${problem.kind}`, { seq: problem.seq }));
  if (v.chain.problems.length > 50) lines.push(t('reliability.verify.more', { count: v.chain.problems.length - 50 }));
  for (const a of v.damagedAttachments) lines.push(t('reliability.verify.attachment', { fileName: a.fileName, id: a.id }));
  for (const row of v.invalidRows) lines.push(t('reliability.verify.row', { table: row.table, name: row.name, id: row.id, problem: row.problem }));
  return lines;
}

/**
 * `vvt verify <file.vvt> [--json]`: integrity_check, the change-log triggers and hash chain
 * (a break, a dropped trigger or a missing entry), attachment hashes and unreadable rows.
 * Read-only; exit 0 when sound, else the problems and exit 2.
 */
export const verifyCommand: CommandSpec = {
  name: 'verify',
  args: ['<file.vvt>'],
  options: ['json'],
  helpKey: 'reliability.usage.verify',
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    const verification = await withRegister(path, ctx.actor, (store) => store.verify(), { readonly: true, allowDamaged: true });
    const ok = verificationOk(verification);
    if (ctx.options.json) ctx.print(JSON.stringify({ ok, ...verification }, null, 2));
    else {
      if (ok) ctx.print(ctx.t('reliability.verify.ok', { path, entries: verification.chain.entries, head: verification.chain.head || '-' }));
      else verificationLines(verification, ctx.t).forEach((line) => ctx.print(line));
    }
    if (!ok) throw new AppError('validation', `${path} failed verification`, { messageKey: 'reliability.verify.failed', path });
  },
};
