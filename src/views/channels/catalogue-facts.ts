import { AVV_AVAILABILITY_LABELS, PROVIDER_ROLE_LABELS } from '../../../domain/catalogues/channels';
import type { ChannelCatalogueEntry } from '../../../domain/catalogues/schema';
import type { Language } from '../../../domain/model/common';

/** One line of a channel's catalogue facts, with the field paths whose "(unverified)" mark it carries. */
export interface CatalogueFact {
  key: 'provider' | 'role' | 'thirdCountry' | 'avv' | 'e2e' | 'addressBook' | 'metadata';
  value: string;
  /** Unverified field paths shown on this line (empty: verified). */
  unverified: string[];
}

/** Whether `path` (e.g. "provider.country") or a part or parent of it is marked unverified. */
export function unverifiedPaths(entry: ChannelCatalogueEntry, path: string): string[] {
  return entry.unverifiedFields.filter((field) => field === path || field.startsWith(`${path}.`) || path.startsWith(`${field}.`));
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' – ');

/**
 * The facts a DPO needs to judge a channel, in the UI language: provider (legal entity and
 * seat), its role, third countries, AVV availability, E2E, address book, metadata.
 */
export function catalogueFacts(entry: ChannelCatalogueEntry, language: Language, countryName: (code: string) => string): CatalogueFact[] {
  const seat = entry.provider.country ? countryName(entry.provider.country) : '';
  const description = entry.thirdCountry.description[language];
  // Countries the description names already are not repeated in front of it.
  const countries = entry.thirdCountry.countries
    .map(countryName)
    .filter((name) => !description.includes(name))
    .join(', ');
  return [
    { key: 'provider', value: [entry.provider.legalEntity, seat ? `(${seat})` : ''].filter(Boolean).join(' '), unverified: unverifiedPaths(entry, 'provider') },
    { key: 'role', value: PROVIDER_ROLE_LABELS[entry.providerRole][language], unverified: unverifiedPaths(entry, 'providerRole') },
    { key: 'thirdCountry', value: join(countries, description), unverified: unverifiedPaths(entry, 'thirdCountry') },
    { key: 'avv', value: join(AVV_AVAILABILITY_LABELS[entry.avv.available][language], entry.avv.description[language]), unverified: unverifiedPaths(entry, 'avv') },
    { key: 'e2e', value: entry.e2e[language], unverified: unverifiedPaths(entry, 'e2e') },
    { key: 'addressBook', value: entry.addressBook.description[language], unverified: unverifiedPaths(entry, 'addressBook') },
    { key: 'metadata', value: entry.metadataNote[language], unverified: unverifiedPaths(entry, 'metadataNote') },
  ];
}
