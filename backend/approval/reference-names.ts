import type { RegisterSnapshot } from '../../domain/documents/snapshot';

/** Names of the entities activities refer to by id, so change lists read "Muster Cloud GmbH", not a UUID. */
export function referenceNames(snapshot: Pick<RegisterSnapshot, 'parties' | 'channels' | 'toms'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const party of snapshot.parties) names.set(party.id, party.name);
  for (const channel of snapshot.channels) names.set(channel.id, channel.name);
  for (const measure of snapshot.toms) names.set(measure.id, measure.title);
  return names;
}
