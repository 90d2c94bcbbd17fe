import { AppError, type ValidationIssue } from '../../domain/ipc/result';
import type { Activity } from '../../domain/model';
import type { RegisterStore } from '../storage/register-store';

/**
 * A refused request the user can act on: code `validation`, the bilingual text under
 * `workflow.errors.<reason>` (params.messageKey), the names it mentions as params, and
 * issues with payload paths where a field is at fault.
 */
export function workflowRefusal(
  reason: string,
  message: string,
  params: Record<string, string | number> = {},
  issues?: ValidationIssue[],
): AppError {
  return new AppError('validation', message, { messageKey: `workflow.errors.${reason}`, ...params }, issues);
}

export async function requireActivity(store: RegisterStore, id: string): Promise<Activity> {
  const activity = await store.activities.get(id);
  if (!activity) throw new AppError('not_found', `Activity ${id} not found`, { id, messageKey: 'workflow.errors.activity_not_found' });
  return activity;
}
