import { CHANNEL_CATALOGUE } from '../catalogues/channels';
import type { Activity } from '../model/activity';
import type { Channel } from '../model/channel';
import type { Party } from '../model/party';
import type { SearchEntry } from './types';

/** Case, accents and repeated spaces do not matter when a DPO looks for a provider across clients. */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const join = (parts: readonly string[]) => normaliseSearchText(parts.filter(Boolean).join(' | '));

/** The entities of one register as search entries: what "WhatsApp Business" or "Hosting Nord GmbH" must find. */
export function searchEntriesOf(input: { activities: readonly Activity[]; parties: readonly Party[]; channels: readonly Channel[] }): SearchEntry[] {
  const partyNames = new Map(input.parties.map((p) => [p.id, p.name]));
  const activities = input.activities.map((a) => ({
    type: 'activity' as const,
    id: a.id,
    name: a.name,
    text: join([
      a.name,
      a.reference,
      ...a.purposes.map((p) => p.description),
      ...a.recipients.map((r) => r.label),
      ...a.recipients.map((r) => partyNames.get(r.partyId) ?? ''),
      ...a.transfers.map((t) => partyNames.get(t.partyId) ?? ''),
    ]),
  }));
  const parties = input.parties.map((p) => ({
    type: 'party' as const,
    id: p.id,
    name: p.name,
    text: join([p.name, p.legalEntity, ...p.subProcessors.map((s) => s.name)]),
  }));
  const channels = input.channels.map((c) => {
    const entry = CHANNEL_CATALOGUE.find((e) => e.id === c.catalogueId);
    return {
      type: 'channel' as const,
      id: c.id,
      name: c.name,
      text: join([c.name, c.account, entry?.label.de ?? '', entry?.label.en ?? '', entry?.provider.legalEntity ?? '', partyNames.get(c.providerPartyId) ?? '']),
    };
  });
  return [...activities, ...parties, ...channels];
}

/** The words of a query, normalised once for many entries. */
export function queryWords(query: string): string[] {
  return normaliseSearchText(query).split(' ').filter(Boolean);
}

/** Every word of the query must occur (in any order) in the entry's text. */
export function matchesQuery(entry: SearchEntry, words: readonly string[]): boolean {
  return words.length > 0 && words.every((word) => entry.text.includes(word));
}
