import { COUNTRIES } from '../catalogues/countries';
import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import { findTemplate, instantiateTemplate } from '../catalogues/instantiate';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import { RETENTION_PRESETS } from '../catalogues/retention-presets';
import type { ActivityTemplate, ChannelCatalogueEntry } from '../catalogues/schema';
import { ActivitySchema, type Activity, type Purpose, type Recipient, type RecipientKind } from '../model/activity';
import type { Channel, ChecklistEntry, ChecklistItemCode } from '../model/channel';
import type { Id, Language, LocalizedText } from '../model/common';
import type { Party } from '../model/party';
import type { SccModuleSchema, Transfer } from '../model/transfer';
import type { z } from 'zod';
import { PURPOSE_PROFILES, fillChannel, type PurposeProfile, type QuickSetupPurpose } from './channel-purpose-profiles';
import { countryStatus } from './transfer-assessment';

/**
 * The processing activity the one-click channel setup creates: from the shipped activity
 * template made for this purpose and channel if there is one, else from the purpose profile;
 * then linked to the channel, the provider party (recipient, transfers) and the suggested TOMs.
 */
export interface ChannelActivityInput {
  entry: ChannelCatalogueEntry;
  purpose: QuickSetupPurpose;
  language: Language;
  channel: Channel;
  /** The provider party, when the catalogue names one. */
  party: Party | null;
  /** The organisation's measure for a TOM catalogue id (see suggestedTomIds). */
  resolveTomMeasureId: (catalogueTomId: string) => Id | undefined;
  newId: () => Id;
}

type Checklist = Partial<Record<ChecklistItemCode, ChecklistEntry>>;

const PROVIDER_RECIPIENT: Record<ChannelCatalogueEntry['providerRole'], { kind: RecipientKind; catalogueId: string }> = {
  processor: { kind: 'processor', catalogueId: 'messenger_provider_processor' },
  controller: { kind: 'controller', catalogueId: 'messenger_provider_controller' },
  joint_controller: { kind: 'joint_controller', catalogueId: 'social_media_platform' },
  // Generic kinds (SMS, e-mail …): a provider exists but must still be named.
  none: { kind: 'processor', catalogueId: 'messenger_provider_processor' },
};

const UNNAMED_PROVIDER: LocalizedText = { de: 'Anbieter von {channel} (noch zu benennen)', en: 'Provider of {channel} (to be named)' };
const GROUP_RECIPIENT: LocalizedText = {
  de: 'Konzern- und Unterauftragnehmer von {provider} in {country}',
  en: 'Group companies and sub-processors of {provider} in {country}',
};

export function templateFor(purpose: QuickSetupPurpose, catalogueId: string): ActivityTemplate | undefined {
  return PURPOSE_PROFILES[purpose].templateIds.map(findTemplate).find((t) => t?.channelIds.includes(catalogueId));
}

/** TOM catalogue ids to suggest, without those the channel makes pointless (E2E, address book). */
export function suggestedTomIds(purpose: QuickSetupPurpose, entry: ChannelCatalogueEntry, checklist: Checklist): string[] {
  const ids = templateFor(purpose, entry.id)?.tomIds ?? PURPOSE_PROFILES[purpose].tomIds;
  const pointless = (id: string) =>
    (id === 'messenger_e2e' && checklist.e2e_encryption_on?.status === 'not_applicable') ||
    (id === 'address_book_access_denied' && checklist.address_book_denied?.status === 'not_applicable');
  return [...new Set(ids)].filter((id) => !pointless(id));
}

export function buildChannelActivity(input: ChannelActivityInput): Activity {
  const profile = PURPOSE_PROFILES[input.purpose];
  const template = templateFor(input.purpose, input.entry.id);
  const base = template
    ? withProfilePurposes(
        instantiateTemplate(template.id, input.language, input.newId, {
          resolveTomMeasureId: input.resolveTomMeasureId,
          resolveChannelId: (id) => (id === input.entry.id ? input.channel.id : undefined),
        }),
        profilePurposes(profile, input),
      )
    : activityFromProfile(profile, input);
  return linkProvider(base, input);
}

function profilePurposes(profile: PurposeProfile, input: ChannelActivityInput): Purpose[] {
  const text = (t: LocalizedText) => fillChannel(t[input.language], input.channel.name);
  return profile.purposes.map((p) => ({
    id: input.newId(),
    description: text(p.description),
    legalBases: p.legalBases.map((b) => ({ code: b.code, note: b.note ? text(b.note) : '' })),
    additionalRequirements: [],
    legitimateInterest: p.legitimateInterest ? text(p.legitimateInterest) : '',
    consentRecord: '',
  }));
}

/** Adds the profile's purposes whose main legal basis the template does not cover (e.g. 6-1-f for general enquiries). */
function withProfilePurposes(activity: Activity, purposes: Purpose[]): Activity {
  const covered = new Set(activity.purposes.flatMap((p) => p.legalBases.map((b) => b.code)));
  return { ...activity, purposes: [...activity.purposes, ...purposes.filter((p) => !covered.has(p.legalBases[0]?.code ?? ''))] };
}

function activityFromProfile(profile: PurposeProfile, input: ChannelActivityInput): Activity {
  const { language, channel, newId } = input;
  const text = (t: LocalizedText) => fillChannel(t[language], channel.name);
  const dataCategories = profile.dataCategoryIds.flatMap((catalogueId) => {
    const c = DATA_CATEGORIES.find((e) => e.id === catalogueId);
    return c ? [{ id: newId(), catalogueId, label: c.label[language], special: c.special }] : [];
  });
  const categoryIdOf = new Map(dataCategories.map((c) => [c.catalogueId, c.id]));
  const measureIds = suggestedTomIds(input.purpose, input.entry, channel.checklist).flatMap((id) => input.resolveTomMeasureId(id) ?? []);

  return ActivitySchema.parse({
    id: newId(),
    name: text(profile.name),
    description: text(profile.description),
    status: 'draft',
    purposes: profilePurposes(profile, input),
    dataSubjectCategories: profile.dataSubjectIds.flatMap((catalogueId) => {
      const s = DATA_SUBJECT_CATEGORIES.find((e) => e.id === catalogueId);
      return s ? [{ id: newId(), catalogueId, label: s.label[language] }] : [];
    }),
    dataCategories,
    recipients: profile.internalRecipientIds.flatMap((catalogueId) => {
      const r = RECIPIENT_CATEGORIES.find((e) => e.id === catalogueId);
      return r ? [{ id: newId(), catalogueId, label: r.label[language], kind: r.kind, partyId: '' }] : [];
    }),
    retention: profile.retention.flatMap(({ presetId, dataCategoryIds }) => {
      const preset = RETENTION_PRESETS.find((p) => p.id === presetId);
      if (!preset) return [];
      const ids = (dataCategoryIds ?? []).flatMap((id) => (categoryIdOf.has(id) ? [categoryIdOf.get(id)!] : []));
      return [
        {
          id: newId(),
          dataCategoryIds: ids,
          presetId,
          description: preset.label[language],
          periodAmount: preset.periodAmount,
          periodUnit: preset.periodUnit,
          periodText: preset.periodText[language],
          trigger: preset.trigger[language],
          basis: preset.basis[language],
          kind: preset.kind,
          action: preset.action,
        },
      ];
    }),
    toms: { measureIds },
    channelIds: [channel.id],
    templateId: '',
  });
}

/** Links the channel, the provider as recipient (and joint controller), and its third-country transfers. */
export function linkProvider(activity: Activity, input: Omit<ChannelActivityInput, 'resolveTomMeasureId' | 'purpose'>): Activity {
  const { entry, party, channel, language, newId } = input;
  const providerRecipient = PROVIDER_RECIPIENT[entry.providerRole];
  const partyId = party?.id ?? '';
  const linksProvider = (r: Recipient) => r.catalogueId === providerRecipient.catalogueId && !r.partyId;
  const recipients = partyId && activity.recipients.some((r) => r.partyId === partyId)
    ? activity.recipients
    : activity.recipients.some(linksProvider)
    ? activity.recipients.map((r) => (linksProvider(r) ? { ...r, kind: providerRecipient.kind, partyId } : r))
    : [
        ...activity.recipients,
        {
          id: newId(),
          ...providerRecipient,
          label: party ? party.name : fillChannel(UNNAMED_PROVIDER[language], channel.name),
          partyId,
        },
      ];
  const planned = buildTransfers(entry, party, language, newId);
  const transfers = [
    ...activity.transfers.map((t) => {
      const plannedHere = planned.find((p) => p.countryCode === t.countryCode);
      return plannedHere && !t.partyId && plannedHere.partyId ? { ...t, partyId: plannedHere.partyId } : t;
    }),
    ...planned.filter((p) => !activity.transfers.some((t) => t.countryCode === p.countryCode)),
  ];
  return ActivitySchema.parse({
    ...activity,
    recipients,
    transfers,
    channelIds: activity.channelIds.includes(channel.id) ? activity.channelIds : [...activity.channelIds, channel.id],
    jointControllerPartyIds: party && entry.providerRole === 'joint_controller' ? [party.id] : activity.jointControllerPartyIds,
  });
}

/**
 * One transfer per third country the catalogue names, to the recipient there: the provider
 * itself when it sits in that country, else its group company (e.g. WhatsApp LLC / Meta
 * Platforms, Inc. for WhatsApp Ireland Ltd.) — then the transfer links no party, because the
 * EU provider is not the recipient. The DPF check date stays empty as a task.
 */
export function buildTransfers(entry: ChannelCatalogueEntry, party: Party | null, language: Language, newId: () => Id): Transfer[] {
  const provider = entry.provider.legalEntity || entry.label[language];
  const mechanism = entry.thirdCountry.suggestedMechanism;
  return entry.thirdCountry.countries
    .filter((code) => countryStatus(code) !== 'eea')
    .map((countryCode) => {
      const country = COUNTRIES.find((c) => c.code === countryCode)?.label[language] ?? countryCode;
      const providerIsRecipient = entry.provider.country === countryCode || (!entry.provider.country && !entry.thirdCountry.recipient);
      const recipient = providerIsRecipient
        ? provider
        : (entry.thirdCountry.recipient?.legalEntity ?? GROUP_RECIPIENT[language].replace('{provider}', provider).replace('{country}', country));
      return {
        id: newId(),
        countryCode,
        internationalOrganisation: '',
        recipient,
        partyId: providerIsRecipient ? (party?.id ?? '') : '',
        mechanism,
        sccModule: mechanism === 'scc' ? sccModuleFor(entry.providerRole) : '',
        dpfCheckedOn: '',
        safeguardsDocumentation: '',
        tiaNote: '',
      };
    });
}

/** SCC 2021/914: module 2 controller → processor, module 1 controller → controller. */
function sccModuleFor(role: ChannelCatalogueEntry['providerRole']): z.infer<typeof SccModuleSchema> {
  return role === 'controller' || role === 'joint_controller' ? '1' : '2';
}
