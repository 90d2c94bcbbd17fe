import { AppError, type ValidationIssue } from '../../domain/ipc/result';
import type { Activity } from '../../domain/model';
import type { RegisterStore } from '../storage/register-store';
import { refusal } from './refusal';

/** A refusal with its text under `workflow.errors.<reason>`. */
export function workflowRefusal(
  reason: string,
  message: string,
  params: Record<string, string | number> = {},
  issues?: ValidationIssue[],
): AppError {
  return refusal('workflow', reason, message, params, issues);
}

export async function requireActivity(store: RegisterStore, id: string): Promise<Activity> {
  const activity = await store.activities.get(id);
  if (!activity) throw new AppError('not_found', `Activity ${id} not found`, { id, messageKey: 'workflow.errors.activity_not_found' });
  return activity;
}
