import type { ApprovalImportPlan, InterchangeRegister } from '../../domain/interchange';
import type { Activity, ApprovedRevision, AttachmentMeta } from '../../domain/model';
import type { EntityKind, RegisterStore, VersionedEntity, WriteOperation } from '../storage/register-store';
import type { CheckedInterchange } from './load-interchange-file';

/** Which register collection holds which entity kind. */
const COLLECTION_OF: Record<EntityKind, keyof Omit<InterchangeRegister, 'organisation' | 'attachments' | 'approvedRevisions' | 'submissions'>> = {
  activity: 'activities',
  party: 'parties',
  channel: 'channels',
  processorRecord: 'processorRecords',
  tom: 'toms',
};
const KINDS = Object.keys(COLLECTION_OF) as EntityKind[];

/** An activity is written with its approved revision as the import decided it, so the store never invents one. */
function put(kind: EntityKind, value: VersionedEntity, revisions: ReadonlyMap<string, ApprovedRevision>): WriteOperation {
  if (kind === 'activity') return { op: 'put', kind, value: value as Activity, revision: revisions.get(value.id) ?? null };
  return { op: 'put', kind, value } as WriteOperation;
}

function revisionsById(approvals: ApprovalImportPlan): Map<string, ApprovedRevision> {
  return new Map(approvals.revisions.map((r) => [r.activityId, r]));
}

/** Everything of a checked file as write operations for an empty register. */
export function operationsForNewRegister({ document, attachments }: CheckedInterchange, approvals: ApprovalImportPlan): WriteOperation[] {
  const register = document.register;
  const revisions = revisionsById(approvals);
  return [
    { op: 'saveOrganisation', value: register.organisation },
    ...KINDS.flatMap((kind) => (register[COLLECTION_OF[kind]] as VersionedEntity[]).map((entity) => put(kind, entity, revisions))),
    ...attachments.map(({ meta, content }): WriteOperation => ({ op: 'putAttachment', meta, content })),
    ...approvals.submissions.map((submission): WriteOperation => ({ op: 'putSubmission', submission })),
  ];
}

export interface ReplacePlan {
  operations: WriteOperation[];
  written: number;
  deleted: number;
  unchanged: number;
  /** Approved revisions of the register removed because the file has none for their activities. */
  revisionsRemoved: number;
  /** Submissions of the register the file does not contain; kept, since submissions are never deleted. */
  submissionsKept: number;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Same metadata means same content: the sha256 is part of it. */
function sameAttachment(a: AttachmentMeta, b: AttachmentMeta): boolean {
  return sameJson(a, b);
}

/**
 * The operations that turn the store's content into the file's: entities missing from the
 * file are deleted, changed ones overwritten, identical ones left alone (so the change log
 * records only real changes).
 */
export async function planReplacement(store: RegisterStore, { document, attachments }: CheckedInterchange, approvals: ApprovalImportPlan): Promise<ReplacePlan> {
  const register = document.register;
  const plan: ReplacePlan = { operations: [], written: 0, deleted: 0, unchanged: 0, revisionsRemoved: 0, submissionsKept: 0 };
  const revisions = revisionsById(approvals);
  const storedRevisions = new Map((await store.approvals.list()).map((r) => [r.activityId, r]));
  const record = (operation: WriteOperation | null, counter: 'written' | 'deleted' | 'unchanged') => {
    if (operation) plan.operations.push(operation);
    plan[counter]++;
  };

  const organisation = await store.organisation.get();
  if (sameJson(organisation, register.organisation)) record(null, 'unchanged');
  else record({ op: 'saveOrganisation', value: register.organisation }, 'written');

  const repositories = { activity: store.activities, party: store.parties, channel: store.channels, processorRecord: store.processorRecords, tom: store.toms };
  for (const kind of KINDS) {
    const existing = new Map<string, VersionedEntity>((await repositories[kind].list()).map((e: VersionedEntity) => [e.id, e]));
    const incoming = register[COLLECTION_OF[kind]] as VersionedEntity[];
    const incomingIds = new Set(incoming.map((e) => e.id));
    for (const id of existing.keys()) if (!incomingIds.has(id)) record({ op: 'delete', kind, id }, 'deleted');
    for (const entity of incoming) {
      if (!sameJson(existing.get(entity.id), entity)) record(put(kind, entity, revisions), 'written');
      else if (kind === 'activity' && !sameJson(storedRevisions.get(entity.id) ?? null, revisions.get(entity.id) ?? null)) {
        record({ op: 'putRevision', activityId: entity.id, revision: revisions.get(entity.id) ?? null }, 'written');
      } else record(null, 'unchanged');
    }
  }
  for (const [id] of storedRevisions) {
    // Revisions of deleted activities go with them (cascade); the others the file leaves without one.
    if (register.activities.some((a) => a.id === id) && !revisions.has(id)) plan.revisionsRemoved++;
  }

  const storedAttachments = new Map((await store.attachments.list()).map((meta) => [meta.id, meta]));
  const incomingAttachments = new Set(attachments.map((a) => a.meta.id));
  for (const id of storedAttachments.keys()) {
    if (!incomingAttachments.has(id)) record({ op: 'deleteAttachment', id }, 'deleted');
  }
  for (const { meta, content } of attachments) {
    const stored = storedAttachments.get(meta.id);
    if (stored && sameAttachment(stored, meta)) record(null, 'unchanged');
    else record({ op: 'putAttachment', meta, content }, 'written');
  }
  const storedSubmissions = new Set((await store.submissions.list()).map((s) => s.id));
  const incomingSubmissions = new Set(approvals.submissions.map((s) => s.id));
  plan.submissionsKept = [...storedSubmissions].filter((id) => !incomingSubmissions.has(id)).length;
  for (const submission of approvals.submissions) {
    // A stored one is checked by the store: identical, or the replacement is refused.
    record({ op: 'putSubmission', submission }, storedSubmissions.has(submission.id) ? 'unchanged' : 'written');
  }
  return plan;
}
