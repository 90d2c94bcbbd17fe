import type { ChannelCatalogueEntry } from '../../catalogues/schema';
import type { Channel } from '../../model/channel';
import type { Party } from '../../model/party';
import type { AddFinding, FindingEntity, FindingTarget } from './finding-builder';

/** The US companies of the Meta group; for EU businesses the provider is the Irish entity. */
const US_GROUP_ENTITY = /\bWhatsApp,? LLC\b|\bMeta Platforms,? Inc\b/i;

/** Channel checks; a channel's finding concerns the channel, wherever it is evaluated from. */
export function findingsForChannel(
  channel: Channel,
  context: { parties: readonly Party[] },
  catalogues: { channels: readonly ChannelCatalogueEntry[] },
  add: AddFinding,
): void {
  const about: FindingEntity = { kind: 'channel', id: channel.id, name: channel.name };
  const target: FindingTarget = { section: 'channel', id: channel.id };
  const params = { channel: channel.name };
  const entry = catalogues.channels.find((e) => e.id === channel.catalogueId);
  if (entry && !entry.businessUseIntended) add('channel.private-messenger', target, params, about);
  const uploads = entry?.addressBook.uploads !== false;
  if (uploads && entry?.kind !== 'generic') {
    if (channel.addressBookAccess === 'allowed') add('channel.address-book-allowed', target, params, about);
    else if (channel.addressBookAccess === 'unknown' && entry?.addressBook.uploads === true) add('channel.address-book-unknown', target, params, about);
  }
  const provider = context.parties.find((p) => p.id === channel.providerPartyId);
  const expectedCountry = entry?.provider.country ?? '';
  const usEntity = provider && (provider.countryCode === 'US' || US_GROUP_ENTITY.test(`${provider.name} ${provider.legalEntity}`));
  if (provider && entry && expectedCountry && expectedCountry !== 'US' && usEntity) {
    add('channel.provider-us-entity', target, { ...params, party: provider.name, expected: entry.provider.legalEntity }, about);
  }
}

