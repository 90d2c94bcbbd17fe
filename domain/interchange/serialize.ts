import { ART28_CLAUSES, CHECKLIST_ITEMS, type Channel, type Party } from '../model';
import { InterchangeSchema, type InterchangeDocument, type InterchangeDocumentInput } from './format';

/** Orders by id using code units, so the order never depends on the machine's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareIds(a.id, b.id));
}

/** Record keys in the order of their enum, whatever order the input had. */
function orderedKeys<K extends string, V>(record: Partial<Record<K, V>>, order: readonly K[]): Partial<Record<K, V>> {
  const result: Partial<Record<K, V>> = {};
  for (const key of order) {
    if (record[key] !== undefined) result[key] = record[key];
  }
  return result;
}

function canonicalParty(party: Party): Party {
  return { ...party, contracts: party.contracts.map((c) => ({ ...c, art28Checklist: orderedKeys(c.art28Checklist, ART28_CLAUSES) })) };
}

function canonicalChannel(channel: Channel): Channel {
  return { ...channel, checklist: orderedKeys(channel.checklist, CHECKLIST_ITEMS) };
}

/**
 * The one canonical form of a document: validated (so keys follow the schema and defaults
 * are filled), entities sorted by id, record keys in enum order. Two documents with the
 * same content have the same canonical form, whatever order they were written in.
 */
export function canonicalInterchange(input: InterchangeDocumentInput): InterchangeDocument {
  const doc = InterchangeSchema.parse(input);
  const register = doc.register;
  return {
    ...doc,
    register: {
      organisation: register.organisation,
      activities: byId(register.activities),
      parties: byId(register.parties).map(canonicalParty),
      channels: byId(register.channels).map(canonicalChannel),
      processorRecords: byId(register.processorRecords),
      toms: byId(register.toms),
      attachments: [...register.attachments].sort((a, b) => compareIds(a.meta.id, b.meta.id)),
      approvedRevisions: [...register.approvedRevisions].sort((a, b) => compareIds(a.activityId, b.activityId)),
      // Oldest first, as they were handed over; the id decides between two of the same moment.
      submissions: [...register.submissions].sort((a, b) => compareIds(a.submittedAt, b.submittedAt) || compareIds(a.id, b.id)),
    },
  };
}

/** Deterministic file text: canonical form, 2-space JSON, trailing newline. */
export function serializeInterchange(input: InterchangeDocumentInput): string {
  return `${JSON.stringify(canonicalInterchange(input), null, 2)}\n`;
}
