import { AppError } from '../../domain/ipc/result';
import { WORKFLOW_FIELDS, hasPendingChange } from '../../domain/rules/approved-revision';
import { fieldChanges } from '../../domain/rules/field-changes';
import { activityFindings, approveActivity } from '../approval/approve';
import { historyEntries } from '../approval/history';
import { referenceNames } from '../approval/reference-names';
import { changesSinceLastSubmission, exportCheckFor } from '../approval/submissions';
import type { AppContext } from '../app/context';
import { wasExported } from '../app/exported-files';
import { loadRegisterSnapshot } from '../documents/snapshot';
import type { FeatureHandlers } from './types';
import { requireActivity } from './workflow-errors';

type ApprovalChannel =
  | 'approval.state'
  | 'activities.approve'
  | 'documents.exportCheck'
  | 'submissions.list'
  | 'submissions.changes'
  | 'history.list'
  | 'history.actors'
  | 'documents.openExported';

/** Approved revisions, the approval gate, the export check, submissions and the history. */
export function approvalHandlers(ctx: AppContext): FeatureHandlers<ApprovalChannel> {
  return {
    'approval.state': async ({ id, language }) => {
      const store = ctx.session.require();
      const activity = await requireActivity(store, id);
      const [revision, findings, snapshot] = await Promise.all([
        store.approvals.get(id),
        activityFindings(store, activity, language),
        loadRegisterSnapshot(store),
      ]);
      const pending = hasPendingChange(activity, revision);
      return {
        revision: revision
          ? { activityVersion: revision.activityVersion, approvedAt: revision.approvedAt, approvedBy: revision.approvedBy, acknowledgement: revision.acknowledgement }
          : null,
        pending,
        changedFields: pending && revision
          ? fieldChanges(revision.activity, activity, { language, names: referenceNames(snapshot), ignore: WORKFLOW_FIELDS })
          : [],
        errors: findings.filter((f) => f.severity === 'error'),
        warnings: findings.filter((f) => f.severity === 'warning'),
      };
    },
    'activities.approve': async ({ id, version, acknowledgement }) => {
      const store = ctx.session.require();
      const { activity } = await approveActivity(store, { id, version, acknowledgement }, ctx.settings.get().language);
      return activity;
    },
    'documents.exportCheck': async () => exportCheckFor(await loadRegisterSnapshot(ctx.session.require())),
    'submissions.list': () => ctx.session.require().submissions.list(),
    'submissions.changes': async ({ language }) => {
      const store = ctx.session.require();
      return changesSinceLastSubmission(store, await loadRegisterSnapshot(store), language);
    },
    'history.list': (query) => historyEntries(ctx.session.require(), query),
    'history.actors': () => ctx.session.require().changeLog.actors(),
    'documents.openExported': async ({ path, reveal }) => {
      if (!ctx.files) throw new AppError('internal', 'Opening files is not available here', { messageKey: 'approval.errors.open_unavailable' });
      if (!wasExported(ctx, path)) {
        throw new AppError('validation', `${path} was not exported in this session`, { messageKey: 'approval.errors.not_exported', path });
      }
      if (reveal) await ctx.files.showInFolder(path);
      else await ctx.files.open(path);
      return null;
    },
  };
}
