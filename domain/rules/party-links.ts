import type { Activity } from '../model/activity';
import type { Channel } from '../model/channel';

/**
 * How activities and messaging channels reference external parties. An activity links a
 * party directly (recipients, transfers, joint controllers) or through a channel it uses
 * whose provider is the party.
 */
export type PartyLinkVia = 'recipient' | 'transfer' | 'joint_controller' | 'channel';

export interface PartyReference {
  partyId: string;
  via: PartyLinkVia;
}

export interface LinkedActivity {
  id: string;
  name: string;
  via: PartyLinkVia[];
}

export interface LinkedChannel {
  id: string;
  name: string;
}

export interface PartyLinks {
  activities: LinkedActivity[];
  channels: LinkedChannel[];
}

type ChannelRef = Pick<Channel, 'id' | 'name' | 'providerPartyId'>;
type ActivityRef = Pick<Activity, 'id' | 'name' | 'recipients' | 'transfers' | 'jointControllerPartyIds' | 'channelIds'>;

/** Every party an activity references, once per way it does (activity → parties). */
export function partyReferencesOfActivity(activity: ActivityRef, channels: readonly ChannelRef[]): PartyReference[] {
  const references: PartyReference[] = [
    ...activity.recipients.map((r) => ({ partyId: r.partyId, via: 'recipient' as const })),
    ...activity.transfers.map((t) => ({ partyId: t.partyId, via: 'transfer' as const })),
    ...activity.jointControllerPartyIds.map((partyId) => ({ partyId, via: 'joint_controller' as const })),
    ...channels
      .filter((c) => activity.channelIds.includes(c.id))
      .map((c) => ({ partyId: c.providerPartyId, via: 'channel' as const })),
  ];
  const seen = new Set<string>();
  return references.filter((r) => {
    const key = `${r.partyId}|${r.via}`;
    if (!r.partyId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** For every referenced party id: the activities and channels that link it (party → activities). */
export function partyLinkIndex(activities: readonly ActivityRef[], channels: readonly ChannelRef[]): Map<string, PartyLinks> {
  const index = new Map<string, PartyLinks>();
  const entry = (partyId: string) => {
    let links = index.get(partyId);
    if (!links) index.set(partyId, (links = { activities: [], channels: [] }));
    return links;
  };
  for (const channel of channels) {
    if (channel.providerPartyId) entry(channel.providerPartyId).channels.push({ id: channel.id, name: channel.name });
  }
  for (const activity of activities) {
    const byParty = new Map<string, PartyLinkVia[]>();
    for (const { partyId, via } of partyReferencesOfActivity(activity, channels)) {
      byParty.set(partyId, [...(byParty.get(partyId) ?? []), via]);
    }
    for (const [partyId, via] of byParty) entry(partyId).activities.push({ id: activity.id, name: activity.name, via });
  }
  return index;
}

export function linksOfParty(partyId: string, activities: readonly ActivityRef[], channels: readonly ChannelRef[]): PartyLinks {
  return partyLinkIndex(activities, channels).get(partyId) ?? { activities: [], channels: [] };
}

export function isLinked(links: PartyLinks): boolean {
  return links.activities.length > 0 || links.channels.length > 0;
}
