import { AppError, type ValidationIssue } from '../../domain/ipc/result';
import { translate } from '../../domain/i18n/translate';
import type { Activity, ApprovedRevision } from '../../domain/model';
import type { Language } from '../../domain/model/common';
import { approvalGate, approvalVerdict } from '../../domain/rules/approval-gate';
import { findingsForActivity, type ActivityFinding } from '../../domain/rules/findings';
import { canTransition, localIsoDate, withStatus } from '../../domain/rules/status-workflow';
import type { RegisterStore } from '../storage/register-store';

/** An approval the gate refused: errors open, or warnings without a reason. The CLI exits with its own code. */
export class ApprovalRefusedError extends AppError {
  constructor(
    message: string,
    params: Record<string, string | number>,
    issues: ValidationIssue[],
    readonly verdict: 'blocked_by_errors' | 'acknowledgement_required',
    readonly gate: ActivityGate,
  ) {
    super('validation', message, params, issues);
    this.name = 'ApprovalRefusedError';
  }
}

/** The findings of one activity in the register's current context (parties, channels, today). */
export async function activityFindings(store: RegisterStore, activity: Activity, language: Language): Promise<ActivityFinding[]> {
  const [parties, channels] = await Promise.all([store.parties.list(), store.channels.list()]);
  return findingsForActivity(activity, { parties, channels, today: localIsoDate(), language });
}

export interface ActivityGate {
  errors: ActivityFinding[];
  warnings: ActivityFinding[];
}

export async function gateFor(store: RegisterStore, activity: Activity, language: Language): Promise<ActivityGate> {
  const findings = await activityFindings(store, activity, language);
  const gate = approvalGate(activity, findings);
  return { errors: gate.errors as ActivityFinding[], warnings: gate.warnings as ActivityFinding[] };
}

export interface ApproveInput {
  id: string;
  /** Must match the stored version (optimistic concurrency). */
  version?: number;
  /** Reason for approving despite warnings. */
  acknowledgement?: string;
}

/**
 * The one approval path (IPC and CLI): only from "in review", never with error findings,
 * with warnings only given a reason; the approved state is stored as the approved revision.
 */
export async function approveActivity(store: RegisterStore, input: ApproveInput, language: Language): Promise<{ activity: Activity; revision: ApprovedRevision }> {
  const activity = await store.activities.get(input.id);
  if (!activity) throw new AppError('not_found', `Activity ${input.id} not found`, { id: input.id, messageKey: 'workflow.errors.activity_not_found' });
  if (input.version !== undefined && activity.version !== input.version) {
    throw new AppError('conflict', `Activity ${input.id} was changed elsewhere (stored version ${activity.version}, edited version ${input.version})`, { id: input.id });
  }
  if (!canTransition(activity.status, 'approved')) {
    const status = translate(language, `activity.status.${activity.status}`);
    throw new AppError('validation', `Only an activity in review can be approved (status: ${activity.status})`, {
      messageKey: 'approval.errors.not_in_review',
      status,
      from: activity.status,
      to: 'approved',
    });
  }
  const gate = await gateFor(store, activity, language);
  const reason = input.acknowledgement?.trim() ?? '';
  const verdict = approvalVerdict(gate, reason);
  if (verdict !== 'allowed') {
    const blocking = verdict === 'blocked_by_errors' ? gate.errors : gate.warnings;
    const issues = blocking.map((f) => ({
      path: `${f.target.section}.${f.target.id}`,
      code: f.code,
      message: f.message[language],
    }));
    throw new ApprovalRefusedError(
      `${activity.name}: approval refused (${verdict}, ${blocking.length})`,
      { messageKey: `approval.errors.${verdict}`, name: activity.name, count: blocking.length },
      issues,
      verdict,
      gate,
    );
  }
  const acknowledgement = gate.warnings.length ? { reason, warnings: gate.warnings.map((w) => ({ code: w.code, params: w.params })) } : null;
  return store.approvals.approve(withStatus(activity, 'approved', localIsoDate()), acknowledgement);
}
