import { translate } from '../i18n/translate';
import type { ApprovedRevision, Submission } from '../model';
import type { Language } from '../model/common';
import { hasPendingChange, sameContent } from '../rules/approved-revision';
import type { InterchangeDocument } from './format';

export interface ApprovalImportSource {
  /** The file's name as the user knows it (no folder). */
  fileName: string;
  /** The file's format version before the upgrade. */
  fileVersion: number;
  carriesApprovalData: boolean;
}

export interface ApprovalImportOptions {
  /** ISO date-time of the import. */
  importedAt: string;
  /** Language of the texts written into the register (the attribution of assumed approvals). */
  language: Language;
  /** The register's own revisions, when a register is replaced; none for a new register. */
  stored?: readonly ApprovedRevision[];
}

interface Named {
  id: string;
  name: string;
}

/** What an import does with approval data, for writing it and for the report. */
export interface ApprovalImportPlan {
  /** The approved revision of each activity after the import (at most one per activity). */
  revisions: ApprovedRevision[];
  /** Revisions taken from the file. */
  fromFile: number;
  /** Revisions of the replaced register kept (a file without approval data says nothing about them). */
  kept: number;
  /** Approved in the file, no approved revision anywhere: the current content becomes it, attributed to the import. */
  assumed: Named[];
  /** The text the assumed revisions carry as approver. */
  assumedApprover: string;
  /** Approved revisions with a change in progress: the authority version prints the revision. */
  pending: Named[];
  submissions: Submission[];
  source: ApprovalImportSource;
  /** Change-log entries the file contains (exported for reading; never imported), and the newest entry's time. */
  changeLogInFile: { count: number; last: string } | null;
}

/**
 * Decides the approval state of every imported activity. An import never invents an approval
 * silently: an activity the file marks approved without an approved revision (every approved
 * activity of a format-1 file) stays approved — the file is the DPO's own export and said so,
 * and downgrading would empty the authority version of a restored register — but its revision
 * names the import, not a person, as its source ("import from <file> on <date>"), the change
 * log records that revision as written by the importing user, and the report lists each such
 * activity so the DPO can check it and approve it again. A revision of the replaced register
 * with the same content is kept instead, since it still knows who approved and when.
 */
export function planApprovalImport(document: InterchangeDocument, source: ApprovalImportSource, options: ApprovalImportOptions): ApprovalImportPlan {
  const register = document.register;
  const fromFile = new Map(register.approvedRevisions.map((r) => [r.activityId, r]));
  const stored = new Map((options.stored ?? []).map((r) => [r.activityId, r]));
  const assumedApprover = translate(options.language, 'interchangeApproval.assumedApprover', {
    file: source.fileName,
    date: options.importedAt.slice(0, 10),
  });
  const plan: ApprovalImportPlan = {
    revisions: [],
    fromFile: 0,
    kept: 0,
    assumed: [],
    assumedApprover,
    pending: [],
    submissions: register.submissions,
    source,
    changeLogInFile: document.changeLog?.length ? { count: document.changeLog.length, last: document.changeLog[document.changeLog.length - 1].at } : null,
  };
  for (const activity of register.activities) {
    const own = stored.get(activity.id);
    let revision: ApprovedRevision | undefined = fromFile.get(activity.id);
    if (revision) plan.fromFile++;
    else if (own && (activity.status === 'approved' ? sameContent(own.activity, activity) : !source.carriesApprovalData)) {
      // Same content as approved here, or a file that cannot say anything about revisions.
      revision = own;
      plan.kept++;
    } else if (activity.status === 'approved') {
      revision = {
        activityId: activity.id,
        activityVersion: activity.version,
        approvedAt: options.importedAt,
        approvedBy: assumedApprover,
        acknowledgement: null,
        activity: { ...activity, status: 'approved' },
      };
      plan.assumed.push({ id: activity.id, name: activity.name });
    }
    if (!revision) continue;
    plan.revisions.push(revision);
    if (hasPendingChange(activity, revision)) plan.pending.push({ id: activity.id, name: activity.name });
  }
  return plan;
}

export interface ApprovalImportOutcome {
  /** Revisions of the replaced register deleted because the file has none for their activities. */
  removed?: number;
  /** Submissions of the replaced register that the file does not contain (kept: append-only). */
  submissionsKept?: number;
}

/** The report lines about approvals, submissions and the change log (CLI, dry run and app alike). */
export function describeApprovalImport(plan: ApprovalImportPlan, language: Language, outcome: ApprovalImportOutcome = {}): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, `interchangeApproval.report.${key}`, params);
  /** `<key>One` for a count of 1 (the renderer's countKey convention), so no "1 Fassungen". */
  const counted = (key: string, count: number, params: Record<string, string | number> = {}) => t(count === 1 ? `${key}One` : key, { count, ...params });
  const lines = [t('heading')];
  if (!plan.source.carriesApprovalData) lines.push(t('noApprovalData', { version: plan.source.fileVersion }));
  if (plan.fromFile) lines.push(counted('revisions', plan.fromFile));
  if (plan.kept) lines.push(counted('kept', plan.kept));
  if (outcome.removed) lines.push(counted('removed', outcome.removed));
  if (plan.assumed.length) {
    lines.push(counted('assumed', plan.assumed.length, { approver: plan.assumedApprover }));
    lines.push(...plan.assumed.map((a) => t('assumedItem', { name: a.name, id: a.id })));
  }
  if (plan.pending.length) lines.push(counted('pending', plan.pending.length));
  lines.push(plan.submissions.length ? counted('submissions', plan.submissions.length) : t('noSubmissions'));
  if (outcome.submissionsKept) lines.push(counted('submissionsKept', outcome.submissionsKept));
  lines.push(t('logNotCarried'));
  if (plan.changeLogInFile) lines.push(counted('logInFile', plan.changeLogInFile.count, { last: plan.changeLogInFile.last }));
  return lines;
}
