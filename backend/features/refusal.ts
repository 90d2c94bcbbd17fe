import { AppError, type ValidationIssue } from '../../domain/ipc/result';

/**
 * A refused request the user can act on: code `validation`, the bilingual text under
 * `<namespace>.errors.<reason>` (params.messageKey, which the renderer translates), the
 * names it mentions as params, and issues with payload paths where a field is at fault.
 */
export function refusal(
  namespace: 'parties' | 'workflow',
  reason: string,
  message: string,
  params: Record<string, string | number> = {},
  issues?: ValidationIssue[],
): AppError {
  return new AppError('validation', message, { messageKey: `${namespace}.errors.${reason}`, ...params }, issues);
}
