import type { Activity } from '../model/activity';
import type { Finding } from './finding';

/**
 * Whether an activity may be approved, from its findings. Errors block the approval; warnings
 * need an acknowledgement with a reason. Kept to one function over generic findings so the
 * findings engine behind it can change without touching the callers (GUI, IPC, CLI).
 */
export interface ApprovalGate {
  errors: Finding[];
  warnings: Finding[];
}

export function approvalGate(activity: Activity, findings: readonly Finding[]): ApprovalGate {
  void activity;
  return {
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}

export type ApprovalVerdict = 'allowed' | 'blocked_by_errors' | 'acknowledgement_required';

/** The gate's answer for an approval with or without an acknowledgement reason. */
export function approvalVerdict(gate: ApprovalGate, reason: string | undefined): ApprovalVerdict {
  if (gate.errors.length) return 'blocked_by_errors';
  if (gate.warnings.length && !reason?.trim()) return 'acknowledgement_required';
  return 'allowed';
}
