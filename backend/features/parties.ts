import { AppError } from '../../domain/ipc/result';
import type { Party } from '../../domain/model';
import { isLinked, partyLinkIndex, type PartyLinks } from '../../domain/rules/party-links';
import type { AppContext } from '../app/context';
import type { RegisterStore, WriteOperation } from '../storage/register-store';
import { refusal } from './refusal';
import type { FeatureHandlers } from './types';

type PartyChannel = 'parties.list' | 'parties.get' | 'parties.save' | 'parties.delete';

const NO_LINKS: PartyLinks = { activities: [], channels: [] };

/** A refusal with its text under `parties.errors.<reason>`. */
export function partyRefusal(reason: string, message: string, params: Record<string, string | number> = {}): AppError {
  return refusal('parties', reason, message, params);
}

export async function requireParty(store: RegisterStore, id: string): Promise<Party> {
  const party = await store.parties.get(id);
  if (!party) throw new AppError('not_found', `Party ${id} not found`, { id });
  return party;
}

async function linkIndex(store: RegisterStore) {
  const [activities, channels] = await Promise.all([store.activities.list(), store.channels.list()]);
  return partyLinkIndex(activities, channels);
}

function attachmentIds(party: Party | null): Set<string> {
  return new Set((party?.contracts ?? []).map((c) => c.attachmentId).filter(Boolean));
}

export function partyHandlers(ctx: AppContext): FeatureHandlers<PartyChannel> {
  return {
    'parties.list': async () => {
      const store = ctx.session.require();
      const [parties, index] = await Promise.all([store.parties.list(), linkIndex(store)]);
      return parties.map((party) => ({ party, links: index.get(party.id) ?? NO_LINKS }));
    },
    'parties.get': async ({ id }) => {
      const store = ctx.session.require();
      const [party, index] = await Promise.all([requireParty(store, id), linkIndex(store)]);
      return { party, links: index.get(id) ?? NO_LINKS };
    },
    'parties.save': async ({ party }) => {
      const store = ctx.session.require();
      const stored = await store.parties.get(party.id);
      const before = attachmentIds(stored);
      const after = attachmentIds(party);
      // Documents enter only through attachments.attachToContract; a save may keep or drop them.
      const unknown = [...after].find((id) => !before.has(id));
      if (unknown) throw partyRefusal('attachment_unknown', `Attachment ${unknown} is not stored with this party`, { attachmentId: unknown });
      const dropped = [...before].filter((id) => !after.has(id));
      if (!dropped.length) return store.parties.save(party);
      await store.writeBatch([
        { op: 'save', kind: 'party', value: party },
        ...dropped.map((id): WriteOperation => ({ op: 'deleteAttachment', id })),
      ]);
      return requireParty(store, party.id);
    },
    'parties.delete': async ({ id }) => {
      const store = ctx.session.require();
      const [party, index] = await Promise.all([requireParty(store, id), linkIndex(store)]);
      const links = index.get(id) ?? NO_LINKS;
      if (isLinked(links)) {
        const activities = links.activities.map((a) => a.name).join(', ');
        const channels = links.channels.map((c) => c.name).join(', ');
        const message = `Party "${party.name}" is still linked (activities: ${activities || '-'}; channels: ${channels || '-'})`;
        throw partyRefusal('party_still_linked', message, {
          name: party.name,
          activities: activities || '–',
          channels: channels || '–',
          activityCount: links.activities.length,
          channelCount: links.channels.length,
        });
      }
      const mandates = (await store.processorRecords.list()).filter((r) => r.controllerPartyId === id);
      if (mandates.length) {
        const message = `Party "${party.name}" is the controller of ${mandates.length} processor record(s)`;
        throw partyRefusal('party_has_processor_records', message, { name: party.name, count: mandates.length });
      }
      await store.writeBatch([
        { op: 'delete', kind: 'party', id },
        ...[...attachmentIds(party)].map((attachmentId): WriteOperation => ({ op: 'deleteAttachment', id: attachmentId })),
      ]);
      return null;
    },
  };
}
