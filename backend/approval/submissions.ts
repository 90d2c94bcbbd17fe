import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { selectArt30Activities } from '../../domain/documents/art30';
import type { ChangesAnnex, RegisterSnapshot } from '../../domain/documents/snapshot';
import type { ChangesSinceSubmission } from '../../domain/ipc/channels/approval';
import type { Language } from '../../domain/model/common';
import { newId, type SubmissionMeta } from '../../domain/model';
import { authorityExportCheck, type ExportCheck } from '../../domain/rules/export-check';
import { findingsForActivity } from '../../domain/rules/findings';
import { localIsoDate } from '../../domain/rules/status-workflow';
import { changesSinceSubmission } from '../../domain/rules/submission-changes';
import type { RegisterStore } from '../storage/register-store';
import { referenceNames } from './reference-names';

/** What changed since the last recorded submission: its activities against the register now. */
export async function changesSinceLastSubmission(store: RegisterStore, snapshot: RegisterSnapshot, language: Language): Promise<ChangesSinceSubmission> {
  const latest = await store.submissions.latest();
  const report = changesSinceSubmission(latest?.activities ?? null, snapshot.activities, {
    since: latest?.submittedAt ?? null,
    language,
    names: referenceNames(snapshot),
  });
  const statuses = Object.fromEntries(snapshot.activities.map((a) => [a.id, a.status]));
  const listed = Object.fromEntries(report.activities.filter((a) => a.id in statuses).map((a) => [a.id, statuses[a.id]]));
  let submission: SubmissionMeta | null = null;
  if (latest) {
    const { activities, ...meta } = latest;
    void activities;
    submission = meta;
  }
  return { ...report, submission, statuses: listed };
}

/** The annex of an authority export: the same report, as the document prints it. */
export async function changesAnnexFor(store: RegisterStore, snapshot: RegisterSnapshot, language: Language): Promise<ChangesAnnex> {
  const changes = await changesSinceLastSubmission(store, snapshot, language);
  return {
    report: { since: changes.since, activities: changes.activities },
    submission: changes.submission ? { submittedAt: changes.submission.submittedAt, authority: changes.submission.authority } : null,
  };
}

/** The activities as the authority version prints them (approved states). */
export function printedAuthorityActivities(snapshot: RegisterSnapshot, language: Language, includeUnapproved = false) {
  const approvedStates = new Map((snapshot.approvedRevisions ?? []).map((r) => [r.activityId, r.activity]));
  return selectArt30Activities(snapshot.activities, 'authority', language, { includeUnapproved, approvedStates });
}

/** Records an authority export as handed over: date, authority, the file's SHA-256 and what it printed. */
export async function recordSubmission(
  store: RegisterStore,
  input: { snapshot: RegisterSnapshot; bytes: Uint8Array; path: string; authority: string; language: Language; includeUnapproved?: boolean; actor: string },
): Promise<SubmissionMeta> {
  const activities = printedAuthorityActivities(input.snapshot, input.language, input.includeUnapproved);
  return store.submissions.add({
    id: newId(),
    submittedAt: new Date().toISOString(),
    authority: input.authority.trim(),
    fileName: basename(input.path),
    sha256: sha256Hex(input.bytes),
    language: input.language,
    recordedBy: input.actor,
    activityCount: activities.length,
    activities,
  });
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The check shown before the authority export. Errors are checked on the state that will be printed. */
export function exportCheckFor(snapshot: RegisterSnapshot): ExportCheck {
  const revisions = new Map((snapshot.approvedRevisions ?? []).map((r) => [r.activityId, r.activity]));
  const context = { parties: snapshot.parties, channels: snapshot.channels, today: localIsoDate() };
  return authorityExportCheck({
    organisation: snapshot.organisation,
    activities: snapshot.activities,
    approvedIds: new Set(revisions.keys()),
    errorsOf: (activity) => {
      const printed = activity.status === 'approved' ? activity : (revisions.get(activity.id) ?? activity);
      return findingsForActivity(printed, context);
    },
  });
}
