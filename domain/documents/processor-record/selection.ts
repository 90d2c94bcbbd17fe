import type { Language } from '../../model/common';
import type { Party } from '../../model/party';
import type { ProcessorRecord } from '../../model/processor-record';
import type { RegisterSnapshot } from '../snapshot';
import type { Art30Variant } from '../art30/options';

/** One section of the processor record: a controller and what is processed on its behalf. */
export interface ControllerSection {
  /** Party id of the controller (a party with the role client_controller). */
  id: string;
  /** Undefined when a record points to a party that no longer exists. */
  party: Party | undefined;
  records: ProcessorRecord[];
}

/**
 * Which controllers the processor record lists, in which order.
 * - Records: authority variant only active ones; internal variant also ended ones.
 * - Controllers: every controller a printed record refers to, plus every party with the role
 *   "client_controller" that has no record at all (a gap the record must show). A controller
 *   whose records have all ended is left out of the authority variant.
 * Ordered by controller name, then by contract reference and creation of the records.
 */
export function selectControllerSections(snapshot: RegisterSnapshot, variant: Art30Variant, language: Language): ControllerSection[] {
  const parties = new Map(snapshot.parties.map((party) => [party.id, party]));
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const printed = snapshot.processorRecords.filter((record) => variant === 'internal' || record.status === 'active');
  const withAnyRecord = new Set(snapshot.processorRecords.map((record) => record.controllerPartyId));
  const sections = new Map<string, ControllerSection>();
  for (const party of snapshot.parties) {
    if (party.roles.includes('client_controller') && !withAnyRecord.has(party.id)) {
      sections.set(party.id, { id: party.id, party, records: [] });
    }
  }
  for (const record of printed) {
    const id = record.controllerPartyId;
    const section = sections.get(id) ?? { id, party: parties.get(id), records: [] };
    section.records.push(record);
    sections.set(id, section);
  }
  const byRecord = (a: ProcessorRecord, b: ProcessorRecord) =>
    collator.compare(a.contractReference, b.contractReference) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  const name = (section: ControllerSection) => section.party?.name ?? section.id;
  return [...sections.values()]
    .map((section) => ({ ...section, records: [...section.records].sort(byRecord) }))
    .sort((a, b) => collator.compare(name(a), name(b)) || a.id.localeCompare(b.id));
}
