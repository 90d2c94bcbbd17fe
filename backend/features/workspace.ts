import type { ActivityHealth, BulkChange, BulkUpdateResult, RegisterOverview } from '../../domain/ipc/channels/workspace';
import { AppError } from '../../domain/ipc/result';
import type { Activity, ActivityStatus } from '../../domain/model/activity';
import { DpoProfileSchema } from '../../domain/model/dpo-profile';
import { activityCompleteness, emptySeverityCounts, organisationCompleteness } from '../../domain/rules/completeness';
import { collectFindings } from '../../domain/rules/findings';
import { canTransition, localIsoDate, withStatus } from '../../domain/rules/status-workflow';
import type { AppContext } from '../app/context';
import { bulkApprove } from '../approval/bulk-approve';
import type { WriteOperation } from '../storage/register-store';
import type { FeatureHandlers } from './types';

type WorkspaceChannel = 'workspace.overview' | 'activities.bulkUpdate' | 'dpoProfile.get' | 'dpoProfile.save' | 'dpoProfile.applyToRegister';

/** The activity after one bulk change, or why it stays as it is. */
function applyChange(activity: Activity, change: BulkChange, today: string): Activity | BulkUpdateResult['skipped'][number]['reason'] {
  switch (change.kind) {
    case 'status':
      if (activity.status === change.status) return activity;
      return canTransition(activity.status, change.status) ? withStatus(activity, change.status, today) : 'invalid_transition';
    case 'owner':
      return {
        ...activity,
        owner: { ...activity.owner, department: change.department, contactName: change.contactName ?? activity.owner.contactName },
      };
    case 'nextReview':
      if (activity.lastReviewedOn && change.nextReviewOn < activity.lastReviewedOn) return 'date_rule';
      return { ...activity, nextReviewOn: change.nextReviewOn };
  }
}

export function workspaceHandlers(ctx: AppContext): FeatureHandlers<WorkspaceChannel> {
  return {
    'workspace.overview': async ({ today, language }) => {
      const store = ctx.session.require();
      const [activities, parties, channels, organisation] = await Promise.all([
        store.activities.list(),
        store.parties.list(),
        store.channels.list(),
        store.organisation.get(),
      ]);
      // The findings come from the findings engine as it is (collectFindings), only counted here.
      const findingsById = new Map(
        collectFindings(activities, { parties, channels, today: today ?? localIsoDate(), language }).map((entry) => [entry.activityId, entry.findings]),
      );
      const byStatus: Record<ActivityStatus, number> = { draft: 0, in_review: 0, approved: 0, archived: 0 };
      const health: ActivityHealth[] = [];
      const findings = emptySeverityCounts();
      for (const activity of activities) {
        byStatus[activity.status] += 1;
        if (activity.status === 'archived') continue;
        const counts = emptySeverityCounts();
        for (const finding of findingsById.get(activity.id) ?? []) counts[finding.severity] += 1;
        findings.error += counts.error;
        findings.warning += counts.warning;
        findings.info += counts.info;
        health.push({
          activityId: activity.id,
          name: activity.name,
          reference: activity.reference,
          status: activity.status,
          completeness: activityCompleteness(activity),
          findings: counts,
        });
      }
      const organisationSheet = organisationCompleteness(organisation);
      const overview: RegisterOverview = {
        activities: health,
        organisation: organisationSheet,
        filled: organisationSheet.filled + health.reduce((sum, entry) => sum + entry.completeness.filled, 0),
        total: organisationSheet.total + health.reduce((sum, entry) => sum + entry.completeness.total, 0),
        findings,
        byStatus,
      };
      return overview;
    },

    'activities.bulkUpdate': async ({ ids, change, today }) => {
      const store = ctx.session.require();
      if (change.kind === 'status' && change.status === 'approved') return bulkApprove(store, ids, ctx.settings.get().language);
      const day = today ?? localIsoDate();
      const operations: WriteOperation[] = [];
      const skipped: BulkUpdateResult['skipped'] = [];
      for (const id of new Set(ids)) {
        const activity = await store.activities.get(id);
        if (!activity) {
          skipped.push({ id, name: '', reason: 'not_found' });
          continue;
        }
        const changed = applyChange(activity, change, day);
        if (typeof changed === 'string') {
          skipped.push({ id, name: activity.name, reason: changed, from: activity.status });
          continue;
        }
        if (JSON.stringify(changed) !== JSON.stringify(activity)) operations.push({ op: 'save', kind: 'activity', value: changed });
      }
      // One transaction: all chosen activities change, or none (a conflict or I/O error aborts the batch).
      if (operations.length) await store.writeBatch(operations);
      return { updated: operations.length, skipped };
    },

    'dpoProfile.get': () => ctx.settings.get().dpoProfile,
    'dpoProfile.save': ({ profile }) => ctx.settings.update({ dpoProfile: profile }).dpoProfile,
    'dpoProfile.applyToRegister': async () => {
      const store = ctx.session.require();
      const profile = DpoProfileSchema.parse(ctx.settings.get().dpoProfile);
      if (!profile.name.trim()) throw new AppError('validation', 'The DPO profile has no name', { messageKey: 'workspace.profile.emptyProfile' });
      const organisation = await store.organisation.get();
      return store.organisation.save({
        ...organisation,
        dpo: { kind: profile.kind, name: profile.name, organisation: profile.organisation, email: profile.email, phone: profile.phone, address: { ...profile.address } },
      });
    },
  };
}
