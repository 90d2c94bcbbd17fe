import { CHANNEL_CATALOGUE } from '../../domain/catalogues/channels';
import type { ChannelWithLinks } from '../../domain/ipc/channels/messaging';
import { AppError } from '../../domain/ipc/result';
import { CHECKLIST_ITEMS, type Activity, type Channel, type Party } from '../../domain/model';
import { planChannelQuickSetup } from '../../domain/rules/channel-quick-setup';
import type { AppContext } from '../app/context';
import type { RegisterStore, WriteOperation } from '../storage/register-store';
import { partyRefusal } from './parties';
import type { FeatureHandlers } from './types';

type MessagingChannel = 'channels.list' | 'channels.get' | 'channels.save' | 'channels.delete' | 'channels.quickSetup';

function withLinks(channel: Channel, parties: readonly Party[], activities: readonly Activity[]): ChannelWithLinks {
  const provider = parties.find((p) => p.id === channel.providerPartyId);
  return {
    channel,
    provider: provider ? { id: provider.id, name: provider.name } : null,
    activities: activities.filter((a) => a.channelIds.includes(channel.id)).map((a) => ({ id: a.id, name: a.name })),
    openChecklistItems: CHECKLIST_ITEMS.filter((item) => (channel.checklist[item]?.status ?? 'open') === 'open').length,
    catalogue: CHANNEL_CATALOGUE.find((e) => e.id === channel.catalogueId) ?? null,
  };
}

async function requireChannel(store: RegisterStore, id: string): Promise<Channel> {
  const channel = await store.channels.get(id);
  if (!channel) throw new AppError('not_found', `Channel ${id} not found`, { id });
  return channel;
}

export function messagingHandlers(ctx: AppContext): FeatureHandlers<MessagingChannel> {
  return {
    'channels.list': async () => {
      const store = ctx.session.require();
      const [channels, parties, activities] = await Promise.all([store.channels.list(), store.parties.list(), store.activities.list()]);
      return channels.map((c) => withLinks(c, parties, activities));
    },
    'channels.get': async ({ id }) => {
      const store = ctx.session.require();
      const [channel, parties, activities] = await Promise.all([requireChannel(store, id), store.parties.list(), store.activities.list()]);
      return withLinks(channel, parties, activities);
    },
    'channels.save': async ({ channel }) => {
      const store = ctx.session.require();
      if (channel.providerPartyId && !(await store.parties.get(channel.providerPartyId))) {
        throw new AppError('not_found', `Provider party ${channel.providerPartyId} not found`, { id: channel.providerPartyId });
      }
      return store.channels.save(channel);
    },
    'channels.delete': async ({ id }) => {
      const store = ctx.session.require();
      const [channel, activities] = await Promise.all([requireChannel(store, id), store.activities.list()]);
      const users = activities.filter((a) => a.channelIds.includes(id)).map((a) => a.name);
      if (users.length) {
        throw partyRefusal('channel_still_used', `Channel "${channel.name}" is used by: ${users.join(', ')}`, {
          name: channel.name,
          activities: users.join(', '),
          activityCount: users.length,
        });
      }
      await store.channels.delete(id);
      return null;
    },
    'channels.quickSetup': async ({ catalogueId, purpose, language }) => {
      const store = ctx.session.require();
      const entry = CHANNEL_CATALOGUE.find((e) => e.id === catalogueId);
      if (!entry) throw partyRefusal('catalogue_channel_unknown', `Channel ${catalogueId} is not in the catalogue`, { catalogueId });
      const [parties, measures, activities, channels] = await Promise.all([
        store.parties.list(),
        store.toms.list(),
        store.activities.list(),
        store.channels.list(),
      ]);
      const plan = planChannelQuickSetup(entry, purpose, { language, parties, measures, activities, channels });
      const party = plan.party;
      await store.writeBatch([
        ...(party && party.status !== 'unchanged' ? [{ op: 'save', kind: 'party', value: party.value } satisfies WriteOperation] : []),
        ...plan.measuresToCreate.map((value): WriteOperation => ({ op: 'save', kind: 'tom', value })),
        ...(plan.channelStatus !== 'reused' ? [{ op: 'save', kind: 'channel', value: plan.channel } satisfies WriteOperation] : []),
        ...(plan.activityStatus !== 'unchanged' ? [{ op: 'save', kind: 'activity', value: plan.activity } satisfies WriteOperation] : []),
      ]);
      const contract = party?.value.contracts.find((c) => c.type === 'avv' || c.type === 'joint_controller_arrangement');
      return {
        partyId: party?.value.id ?? null,
        partyStatus: party?.status ?? 'none',
        contractId: contract?.id ?? '',
        channelId: plan.channel.id,
        channelStatus: plan.channelStatus,
        activityId: plan.activity.id,
        activityStatus: plan.activityStatus,
        transferIds: plan.activity.transfers.map((t) => t.id),
        createdMeasureIds: plan.measuresToCreate.map((m) => m.id),
        decisions: plan.decisions,
      };
    },
  };
}
