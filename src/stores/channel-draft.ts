import type { ChannelCatalogueEntry } from '../../domain/catalogues/schema';
import { CHECKLIST_ITEMS, ChannelSchema, type Channel, type ChecklistEntry } from '../../domain/model/channel';
import { newId, type Language } from '../../domain/model/common';
import type { Party } from '../../domain/model/party';
import { initialChecklist, legalEntityKey } from '../../domain/rules/channel-quick-setup';

export function blankChecklistEntry(): ChecklistEntry {
  return { status: 'open', evidence: '', date: '', nextReviewOn: '' };
}

/** The channel with an entry for each of the 15 checklist items (missing ones are open). */
export function withAllChecklistItems(channel: Channel): Channel {
  return {
    ...channel,
    checklist: Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, { ...blankChecklistEntry(), ...channel.checklist[item] }])),
  };
}

export interface ChecklistProgress {
  /** Items done or not applicable. */
  done: number;
  open: number;
  total: number;
}

export function checklistProgress(channel: Pick<Channel, 'checklist'>): ChecklistProgress {
  const open = CHECKLIST_ITEMS.filter((item) => (channel.checklist[item]?.status ?? 'open') === 'open').length;
  return { done: CHECKLIST_ITEMS.length - open, open, total: CHECKLIST_ITEMS.length };
}

/**
 * A new, unsaved channel from a catalogue entry: its name, the checklist as the one-click
 * setup starts it, and the provider when the register already has its legal entity.
 */
export function channelFromCatalogue(entry: ChannelCatalogueEntry, parties: readonly Party[], language: Language): Channel {
  const key = entry.provider.legalEntity ? legalEntityKey(entry.provider.legalEntity) : '';
  const provider = key ? parties.find((party) => legalEntityKey(party.legalEntity || party.name) === key) : undefined;
  return withAllChecklistItems(
    ChannelSchema.parse({
      id: newId(),
      catalogueId: entry.id,
      name: entry.label[language],
      providerPartyId: provider?.id ?? '',
      checklist: initialChecklist(entry),
    }),
  );
}
