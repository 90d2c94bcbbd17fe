import type { ChannelCatalogueEntry } from './schema';
import { META_CHANNELS } from './channels-meta';
import { MESSENGER_CHANNELS } from './channels-messengers';
import { BUSINESS_CHANNELS, GENERIC_CHANNELS } from './channels-business';

export { CHANNEL_FACTS_CHECKED_ON } from './channels-common';

/**
 * Messaging channel catalogue: every system of messaging-channels.md plus the generic kinds.
 * Entries with fields marked "(unverified)" in the documentation carry `unverified: true`.
 */
export const CHANNEL_CATALOGUE: ChannelCatalogueEntry[] = [
  ...META_CHANNELS,
  ...MESSENGER_CHANNELS,
  ...BUSINESS_CHANNELS,
  ...GENERIC_CHANNELS,
].map((c) => (c.unverifiedFields.length > 0 ? { ...c, unverified: true } : c));

/** Labels for the AVV availability values. */
export const AVV_AVAILABILITY_LABELS: Record<ChannelCatalogueEntry['avv']['available'], { de: string; en: string }> = {
  yes: { de: 'AVV verfügbar', en: 'DPA available' },
  no: { de: 'Kein AVV', en: 'No DPA' },
  part_of_terms: { de: 'AVV Teil der Nutzungsbedingungen', en: 'DPA part of the terms' },
  unknown: { de: 'Unbekannt', en: 'Unknown' },
};

/** Labels for the provider's role. */
export const PROVIDER_ROLE_LABELS: Record<ChannelCatalogueEntry['providerRole'], { de: string; en: string }> = {
  processor: { de: 'Auftragsverarbeiter', en: 'Processor' },
  controller: { de: 'Eigener Verantwortlicher', en: 'Independent controller' },
  joint_controller: { de: 'Gemeinsam Verantwortlicher', en: 'Joint controller' },
  none: { de: 'Abhängig vom Anbieter', en: 'Depends on the provider' },
};
