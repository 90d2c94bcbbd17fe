import type { InterchangeRegister } from '../../domain/interchange';
import type { AttachmentMeta } from '../../domain/model';
import type { EntityKind, RegisterStore, VersionedEntity, WriteOperation } from '../storage/register-store';
import type { CheckedInterchange } from './load-interchange-file';

/** Which register collection holds which entity kind. */
const COLLECTION_OF: Record<EntityKind, keyof Omit<InterchangeRegister, 'organisation' | 'attachments'>> = {
  activity: 'activities',
  party: 'parties',
  channel: 'channels',
  processorRecord: 'processorRecords',
  tom: 'toms',
};
const KINDS = Object.keys(COLLECTION_OF) as EntityKind[];

function put(kind: EntityKind, value: VersionedEntity): WriteOperation {
  return { op: 'put', kind, value } as WriteOperation;
}

/** Everything of a checked file as write operations for an empty register. */
export function operationsForNewRegister({ document, attachments }: CheckedInterchange): WriteOperation[] {
  const register = document.register;
  return [
    { op: 'saveOrganisation', value: register.organisation },
    ...KINDS.flatMap((kind) => (register[COLLECTION_OF[kind]] as VersionedEntity[]).map((entity) => put(kind, entity))),
    ...attachments.map(({ meta, content }): WriteOperation => ({ op: 'putAttachment', meta, content })),
  ];
}

export interface ReplacePlan {
  operations: WriteOperation[];
  written: number;
  deleted: number;
  unchanged: number;
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
export async function planReplacement(store: RegisterStore, { document, attachments }: CheckedInterchange): Promise<ReplacePlan> {
  const register = document.register;
  const plan: ReplacePlan = { operations: [], written: 0, deleted: 0, unchanged: 0 };
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
      if (sameJson(existing.get(entity.id), entity)) record(null, 'unchanged');
      else record(put(kind, entity), 'written');
    }
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
  return plan;
}
