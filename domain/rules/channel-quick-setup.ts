import type { ChannelCatalogueEntry } from '../catalogues/schema';
import { TOM_CATALOGUE } from '../catalogues/toms';
import type { Activity } from '../model/activity';
import { CHECKLIST_ITEMS, ChannelSchema, type Channel, type ChecklistEntry, type ChecklistItemCode } from '../model/channel';
import { newId as randomId, type Id, type Language, type LocalizedText } from '../model/common';
import { ContractSchema, PartySchema, type Contract, type ContractType, type Party, type PartyRole, type SubProcessor } from '../model/party';
import type { TomMeasure } from '../model/tom';
import { findLegalBasis } from '../catalogues/instantiate';
import { buildChannelActivity, linkProvider, suggestedTomIds, templateFor } from './channel-activity-builder';
import type { QuickSetupPurpose } from './channel-purpose-profiles';
import { measureFromCatalogue, planMeasureTransfer } from './measure-transfer';

/**
 * "Add WhatsApp Business for customer support" in one step: the provider as external party
 * (reused when the register already has its legal entity), the channel with its checklist,
 * and the processing activity using it — plus the decisions only the DPO can take.
 * Pure: the caller writes the plan in one batch.
 */
export const QUICK_SETUP_DECISION_CODES = [
  'sign_and_attach_avv',
  'record_terms_acceptance',
  'conclude_avv',
  'business_use_not_intended',
  'check_dpf_certification',
  'choose_transfer_mechanism',
  'clarify_transfers',
  'define_consent_method',
  'decide_address_book_access',
  'name_authorised_users_and_devices',
  'review_checklist',
  'confirm_suggested_measures',
  'name_provider',
  'check_unverified_facts',
] as const;
export type QuickSetupDecisionCode = (typeof QUICK_SETUP_DECISION_CODES)[number];

export interface QuickSetupDecision {
  /** i18n key `parties.decisions.<code>`. */
  code: QuickSetupDecisionCode;
  subject: { type: 'party' | 'channel' | 'activity'; id: string };
  params: Record<string, string | number>;
}

export interface QuickSetupContext {
  language: Language;
  parties: readonly Party[];
  measures: readonly TomMeasure[];
  /** The register's activities and channels: a matching activity or channel is reused, never duplicated. */
  activities?: readonly Activity[];
  channels?: readonly Channel[];
  newId?: () => Id;
}

export interface QuickSetupPlan {
  /** The provider party to save; null for generic kinds without a named provider. */
  party: { value: Party; status: 'created' | 'updated' | 'unchanged' } | null;
  channel: Channel;
  /** created: new channel; reused: the register's channel of this catalogue entry (updated: its provider was completed). */
  channelStatus: 'created' | 'reused' | 'updated';
  activity: Activity;
  /** created: new activity; linked: the register's matching activity, linked to the channel and completed where needed. */
  activityStatus: 'created' | 'linked' | 'unchanged';
  measuresToCreate: TomMeasure[];
  decisions: QuickSetupDecision[];
}

const PARTY_ROLE: Record<ChannelCatalogueEntry['providerRole'], PartyRole | null> = {
  processor: 'processor',
  controller: 'recipient',
  joint_controller: 'joint_controller',
  none: null,
};

const CONTRACT_TITLE: Partial<Record<ContractType, LocalizedText>> = {
  avv: { de: 'Auftragsverarbeitungsvertrag – {channel}', en: 'Data processing agreement – {channel}' },
  joint_controller_arrangement: { de: 'Vereinbarung nach Art. 26 DSGVO – {channel}', en: 'Art. 26 GDPR arrangement – {channel}' },
};

const FACT_LABELS: Record<'catalogue' | 'thirdCountry' | 'avv' | 'e2e' | 'addressBook' | 'metadata' | 'unverified', LocalizedText> = {
  catalogue: { de: 'Katalogangaben, Stand {date}; Quelle: {source}', en: 'Catalogue facts as of {date}; source: {source}' },
  thirdCountry: { de: 'Drittland', en: 'Third country' },
  avv: { de: 'AVV', en: 'DPA' },
  e2e: { de: 'Ende-zu-Ende-Verschlüsselung', en: 'End-to-end encryption' },
  addressBook: { de: 'Adressbuch', en: 'Address book' },
  metadata: { de: 'Metadaten', en: 'Metadata' },
  unverified: { de: 'Nicht verifiziert', en: 'Unverified' },
};

export function planChannelQuickSetup(entry: ChannelCatalogueEntry, purpose: QuickSetupPurpose, context: QuickSetupContext): QuickSetupPlan {
  const newId = context.newId ?? randomId;
  const { language } = context;
  const channelName = entry.label[language];
  const party = providerParty(entry, context, newId);
  const existingActivity = findMatchingActivity(entry, purpose, context);
  const { channel, channelStatus } = channelFor(entry, party?.value ?? null, existingActivity, context, newId, channelName);

  const suggested = suggestedTomIds(purpose, entry, channel.checklist);
  const source = TOM_CATALOGUE.filter((t) => suggested.includes(t.id)).map((t) => measureFromCatalogue(t, language));
  const measurePlan = planMeasureTransfer(existingActivity ? [] : source, context.measures, newId);

  const input = {
    entry,
    purpose,
    language,
    channel,
    party: party?.value ?? null,
    resolveTomMeasureId: (catalogueId: string) => measurePlan.idMap.get(catalogueId),
    newId,
  };
  const activity = existingActivity ? linkProvider(existingActivity, input) : buildChannelActivity(input);
  const activityStatus = !existingActivity ? 'created' : JSON.stringify(activity) === JSON.stringify(existingActivity) ? 'unchanged' : 'linked';
  return {
    party,
    channel,
    channelStatus,
    activity,
    activityStatus,
    measuresToCreate: measurePlan.toCreate,
    decisions: decisionsFor(entry, party?.value ?? null, channel, activity, existingActivity !== null),
  };
}

/** Words that show which of the setup's purposes an activity of the user's own serves. */
const PURPOSE_WORDS: Record<QuickSetupPurpose, RegExp> = {
  customer_support: /kundenservice|kundensupport|kundenanfrage|kundenbetreuung|kundenkommunikation|support|anfragen|customer service|customer care|enquir/i,
  order_updates: /bestell|versand|lieferstatus|order|shipping|delivery/i,
  marketing_messages: /werb|marketing|newsletter|angebot|promotion|advertis/i,
};

/**
 * The register's activity this setup would duplicate: one made from the same template, or one
 * for the same purpose over this channel (linked to a channel of this catalogue entry, or
 * naming it). Archived activities do not count.
 */
export function findMatchingActivity(entry: ChannelCatalogueEntry, purpose: QuickSetupPurpose, context: QuickSetupContext): Activity | null {
  const activities = (context.activities ?? []).filter((a) => a.status !== 'archived');
  const templateId = templateFor(purpose, entry.id)?.id;
  const byTemplate = templateId ? activities.find((a) => a.templateId === templateId) : undefined;
  if (byTemplate) return byTemplate;
  const channelIds = new Set((context.channels ?? []).filter((c) => c.catalogueId === entry.id).map((c) => c.id));
  const brand = entry.label.de.split(/[\s(]/)[0]!.toLocaleLowerCase('de-DE');
  const servesPurpose = (a: Activity) => PURPOSE_WORDS[purpose].test(`${a.name} ${a.description}`);
  return (
    activities.find((a) => a.channelIds.some((id) => channelIds.has(id)) && servesPurpose(a)) ??
    // An activity not yet linked to any channel that names this one (e.g. "Kundenservice per WhatsApp").
    activities.find((a) => a.channelIds.length === 0 && a.name.toLocaleLowerCase('de-DE').includes(brand) && servesPurpose(a)) ??
    null
  );
}

/** The channel of this catalogue entry the register already has (preferably the matching activity's), or a new one. */
function channelFor(
  entry: ChannelCatalogueEntry,
  party: Party | null,
  activity: Activity | null,
  context: QuickSetupContext,
  newId: () => Id,
  channelName: string,
): { channel: Channel; channelStatus: QuickSetupPlan['channelStatus'] } {
  const ofEntry = (context.channels ?? []).filter((c) => c.catalogueId === entry.id);
  const existing = ofEntry.find((c) => activity?.channelIds.includes(c.id)) ?? ofEntry[0];
  if (existing) {
    if (existing.providerPartyId || !party) return { channel: existing, channelStatus: 'reused' };
    return { channel: { ...existing, providerPartyId: party.id }, channelStatus: 'updated' };
  }
  const channel = ChannelSchema.parse({
    id: newId(),
    catalogueId: entry.id,
    name: channelName,
    providerPartyId: party?.id ?? '',
    addressBookAccess: 'unknown',
    checklist: initialChecklist(entry),
    notes: catalogueFacts(entry, context.language),
  });
  return { channel, channelStatus: 'created' };
}

/** Every checklist item open, except those that cannot apply to this kind of channel. */
export function initialChecklist(entry: ChannelCatalogueEntry): Partial<Record<ChecklistItemCode, ChecklistEntry>> {
  const notApplicable = new Set<ChecklistItemCode>();
  if (entry.kind !== 'messenger' && entry.kind !== 'business_platform') notApplicable.add('business_account_verified');
  if (entry.addressBook.uploads === false) notApplicable.add('address_book_denied');
  // The catalogue states plainly when a channel offers no end-to-end encryption ("No." / "No (transport …)").
  if (/^no\b/i.test(entry.e2e.en.trim())) notApplicable.add('e2e_encryption_on');
  return Object.fromEntries(
    CHECKLIST_ITEMS.map((item) => [
      item,
      { status: notApplicable.has(item) ? 'not_applicable' : 'open', evidence: '', date: '', nextReviewOn: '' },
    ]),
  );
}

/** "WhatsApp Ireland Ltd." and "whatsapp ireland ltd" are the same legal entity. */
export function legalEntityKey(name: string): string {
  return name.toLocaleLowerCase('de-DE').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

function providerParty(entry: ChannelCatalogueEntry, context: QuickSetupContext, newId: () => Id): QuickSetupPlan['party'] {
  const legalEntity = entry.provider.legalEntity;
  if (!legalEntity) return null;
  const role = PARTY_ROLE[entry.providerRole];
  const contractType = contractTypeFor(entry);
  const key = legalEntityKey(legalEntity);
  const existing = context.parties.find((p) => legalEntityKey(p.legalEntity || p.name) === key);
  const base: Party =
    existing ??
    PartySchema.parse({
      id: newId(),
      name: legalEntity,
      legalEntity,
      countryCode: entry.provider.country,
      address: { countryCode: entry.provider.country },
      // DPF certification belongs to US organisations only; an EU provider is never "certified".
      dpfCertified: entry.provider.country === 'US' && entry.thirdCountry.suggestedMechanism === 'dpf',
      dpfCheckedOn: '',
      notes: `${entry.label[context.language]}: ${entry.avv.description[context.language]}`,
    });
  const addRole = role !== null && !base.roles.includes(role);
  const addContract = contractType !== null && !base.contracts.some((c) => c.type === contractType);
  const newSubProcessors = groupSubProcessors(entry, base, context.language, newId);
  if (existing && !addRole && !addContract && newSubProcessors.length === 0) return { value: existing, status: 'unchanged' };
  const value: Party = {
    ...base,
    roles: addRole ? [...base.roles, role!] : base.roles,
    contracts: addContract ? [...base.contracts, providerContract(entry, contractType!, context.language, newId)] : base.contracts,
    subProcessors: [...base.subProcessors, ...newSubProcessors],
  };
  return { value, status: existing ? 'updated' : 'created' };
}

const GROUP_SERVICE: LocalizedText = {
  de: 'Betrieb von {channel} (Übermittlung in ein Drittland)',
  en: 'Operation of {channel} (third-country transfer)',
};

/** The provider's group company in the third country (e.g. WhatsApp LLC / Meta Platforms, Inc. in the US) as its sub-processor. */
function groupSubProcessors(entry: ChannelCatalogueEntry, party: Party, language: Language, newId: () => Id): SubProcessor[] {
  const recipient = entry.thirdCountry.recipient;
  if (!recipient || entry.providerRole !== 'processor') return [];
  const known = new Set(party.subProcessors.map((s) => legalEntityKey(s.name)));
  if (known.has(legalEntityKey(recipient.legalEntity))) return [];
  return entry.thirdCountry.countries
    .filter((code) => code !== entry.provider.country)
    .slice(0, 1)
    .map((countryCode) => ({
      id: newId(),
      name: recipient.legalEntity,
      countryCode,
      service: GROUP_SERVICE[language].replace('{channel}', entry.label[language]),
      mechanism: entry.thirdCountry.suggestedMechanism,
    }));
}

/** Terms accepted online with the provider's business terms are recorded as such: there is no signed document. */
function providerContract(entry: ChannelCatalogueEntry, type: ContractType, language: Language, newId: () => Id): Contract {
  const acceptedOnline = entry.avv.available === 'part_of_terms';
  const title = acceptedOnline && entry.avv.termsName ? entry.avv.termsName : CONTRACT_TITLE[type]![language].replace('{channel}', entry.label[language]);
  return ContractSchema.parse({
    id: newId(),
    type,
    title,
    conclusion: acceptedOnline ? 'accepted_online' : 'signed',
    notes: entry.avv.description[language],
  });
}

/** A contract is pre-created (dates empty) when the catalogue says the provider offers one. */
function contractTypeFor(entry: ChannelCatalogueEntry): ContractType | null {
  if (entry.avv.available !== 'yes' && entry.avv.available !== 'part_of_terms') return null;
  if (entry.providerRole === 'processor') return 'avv';
  if (entry.providerRole === 'joint_controller') return 'joint_controller_arrangement';
  return null;
}

function catalogueFacts(entry: ChannelCatalogueEntry, language: Language): string {
  const label = (key: keyof typeof FACT_LABELS) => FACT_LABELS[key][language];
  const lines = [
    label('catalogue').replace('{date}', entry.checkedOn).replace('{source}', entry.source),
    `${label('thirdCountry')}: ${entry.thirdCountry.description[language]}`,
    `${label('avv')}: ${entry.avv.description[language]}`,
    `${label('e2e')}: ${entry.e2e[language]}`,
    `${label('addressBook')}: ${entry.addressBook.description[language]}`,
    `${label('metadata')}: ${entry.metadataNote[language]}`,
  ];
  if (entry.unverifiedFields.length) lines.push(`${label('unverified')}: ${entry.unverifiedFields.join(', ')}`);
  return lines.join('\n');
}

function decisionsFor(entry: ChannelCatalogueEntry, party: Party | null, channel: Channel, activity: Activity, linked: boolean): QuickSetupDecision[] {
  const decisions: QuickSetupDecision[] = [];
  const decide = (code: QuickSetupDecisionCode, type: QuickSetupDecision['subject']['type'], id: string, params: QuickSetupDecision['params'] = {}) =>
    decisions.push({ code, subject: { type, id }, params: { channel: channel.name, ...params } });

  if (!party) decide('name_provider', 'channel', channel.id);
  if (!entry.businessUseIntended) decide('business_use_not_intended', 'channel', channel.id);
  const contract = party?.contracts.find((c) => c.type === 'avv' || c.type === 'joint_controller_arrangement');
  if (party && contract && contract.conclusion === 'accepted_online' && !contract.signedOn) {
    decide('record_terms_acceptance', 'party', party.id, { party: party.name, contract: contract.title });
  } else if (party && contract && contract.conclusion === 'signed' && !contract.attachmentId) {
    decide('sign_and_attach_avv', 'party', party.id, { party: party.name, contract: contract.title });
  }
  if (party && entry.providerRole === 'processor' && !contract) decide('conclude_avv', 'party', party.id, { party: party.name });
  // The DPF check concerns the certified US recipient, recorded at the transfer — never the EU provider.
  for (const transfer of activity.transfers.filter((t) => t.mechanism === 'dpf' && t.countryCode === 'US' && !t.dpfCheckedOn)) {
    const organisation = entry.thirdCountry.recipient?.dpfListName ?? (transfer.recipient || entry.provider.legalEntity);
    decide('check_dpf_certification', 'activity', activity.id, { recipient: transfer.recipient || organisation, organisation });
  }
  for (const transfer of activity.transfers.filter((t) => t.mechanism === 'none')) {
    decide('choose_transfer_mechanism', 'activity', activity.id, { country: transfer.countryCode });
  }
  if (!entry.thirdCountry.countries.length) decide('clarify_transfers', 'activity', activity.id);
  if (activity.purposes.some((p) => p.legalBases.some((b) => findLegalBasis(b.code)?.isConsent ?? b.code === '6-1-a'))) decide('define_consent_method', 'channel', channel.id);
  if (channel.checklist.address_book_denied?.status !== 'not_applicable') decide('decide_address_book_access', 'channel', channel.id);
  decide('name_authorised_users_and_devices', 'channel', channel.id);
  decide('review_checklist', 'channel', channel.id);
  if (!linked && activity.toms.measureIds.length) decide('confirm_suggested_measures', 'activity', activity.id, { count: activity.toms.measureIds.length });
  if (entry.unverifiedFields.length) decide('check_unverified_facts', 'channel', channel.id, { fields: entry.unverifiedFields.join(', ') });
  return decisions;
}
