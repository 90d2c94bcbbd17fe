import type { ChannelWithLinks } from '../../../domain/ipc/channels/messaging';
import type { PartyWithLinks } from '../../../domain/ipc/channels/parties';
import { CHANNEL_CATALOGUE } from '../../../domain/catalogues/channels';
import { ChannelSchema, type Channel } from '../../../domain/model/channel';
import { ContractSchema, PartySchema, type Contract, type Party } from '../../../domain/model/party';
import { countReminders, type Reminder } from '../../../domain/rules/reminders';
import { AppError } from '../../../domain/ipc/result';
import { openRegisterHandlers } from './app';
import type { FakeHandlers } from './fake-bridge';

export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return ContractSchema.parse({ id: 'contract-avv', type: 'avv', title: 'AVV WhatsApp', ...overrides });
}

export function makeParty(overrides: Partial<Party> = {}): Party {
  return PartySchema.parse({
    id: 'party-wa',
    name: 'WhatsApp Ireland Ltd',
    legalEntity: 'WhatsApp Ireland Ltd',
    countryCode: 'IE',
    roles: ['processor'],
    version: 1,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  });
}

export function makeChannel(overrides: Partial<Channel> = {}): Channel {
  return ChannelSchema.parse({
    id: 'channel-wa',
    catalogueId: 'whatsapp_business_app',
    name: 'WhatsApp Business (App)',
    providerPartyId: 'party-wa',
    version: 1,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  });
}

export interface RegistryData {
  parties?: PartyWithLinks[];
  channels?: Channel[];
  reminders?: Reminder[];
}

/** Main's side for an open register with parties, channels and reminders; saves stamp the version. */
export function registryHandlers(data: RegistryData = {}): FakeHandlers {
  const parties = new Map((data.parties ?? []).map((entry) => [entry.party.id, entry]));
  const channels = new Map((data.channels ?? []).map((channel) => [channel.id, channel]));
  const withLinks = (channel: Channel): ChannelWithLinks => ({
    channel,
    provider: parties.has(channel.providerPartyId) ? { id: channel.providerPartyId, name: parties.get(channel.providerPartyId)!.party.name } : null,
    activities: [],
    openChecklistItems: 0,
    catalogue: CHANNEL_CATALOGUE.find((entry) => entry.id === channel.catalogueId) ?? null,
  });
  const reminders = data.reminders ?? [];
  return {
    ...openRegisterHandlers(),
    'parties.list': () => [...parties.values()],
    'parties.get': ({ id }) => {
      const found = parties.get(id);
      if (!found) throw new AppError('not_found', 'not found');
      return found;
    },
    'parties.save': ({ party }) => {
      const saved = PartySchema.parse({ ...party, version: (party.version ?? 0) + 1, updatedAt: '2026-11-28T08:00:00.000Z' });
      parties.set(saved.id, { party: saved, links: parties.get(saved.id)?.links ?? { activities: [], channels: [] } });
      return saved;
    },
    'attachments.list': () => [],
    'channels.list': () => [...channels.values()].map(withLinks),
    'channels.get': ({ id }) => {
      const found = channels.get(id);
      if (!found) throw new AppError('not_found', 'not found');
      return withLinks(found);
    },
    'channels.save': ({ channel }) => {
      const saved = ChannelSchema.parse({ ...channel, version: (channel.version ?? 0) + 1, updatedAt: '2026-11-28T08:00:00.000Z' });
      channels.set(saved.id, saved);
      return saved;
    },
    'findings.list': () => [],
    'reminders.list': () => reminders,
    'reminders.counts': () => countReminders(reminders),
  };
}
