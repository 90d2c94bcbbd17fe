import { describe, expect, it } from 'vitest';
import { CHANNEL_CATALOGUE } from '../../domain/catalogues/channels';
import { messages, translate } from '../../domain/i18n';
import { ActivitySchema, ChannelSchema, PartySchema, type Party } from '../../domain/model';
import { QuickSetupPurposeSchema } from '../../domain/rules/channel-purpose-profiles';
import { QUICK_SETUP_DECISION_CODES, initialChecklist, planChannelQuickSetup, type QuickSetupContext } from '../../domain/rules/channel-quick-setup';
import { findingsForActivity } from '../../domain/rules/findings';
import { REMINDER_CODES, REMINDER_KINDS } from '../../domain/rules/reminders';
import { TRANSFER_FINDING_CODES } from '../../domain/rules/transfer-assessment';

const TODAY = '2026-06-15';
const entry = (id: string) => CHANNEL_CATALOGUE.find((e) => e.id === id)!;

function context(extra: Partial<QuickSetupContext> = {}): QuickSetupContext {
  return { language: 'de', parties: [], measures: [], ...extra };
}

describe('channel quick setup (plan)', () => {
  it('builds WhatsApp Business for customer support: provider, channel and linked activity', () => {
    const plan = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context());
    const party = plan.party!.value;
    expect(plan.party!.status).toBe('created');
    // WhatsApp Ireland is the processor: an EU company, never DPF-certified.
    expect(party).toMatchObject({ legalEntity: 'WhatsApp Ireland Ltd.', countryCode: 'IE', roles: ['processor'], dpfCertified: false, dpfCheckedOn: '' });
    // The processing terms are accepted online with the business terms: no signature, no signed PDF.
    expect(party.contracts).toEqual([
      expect.objectContaining({ type: 'avv', title: 'WhatsApp Business Data Processing Terms', conclusion: 'accepted_online', signedOn: '', attachmentId: '' }),
    ]);
    // Its US group company is the sub-processor, under the DPF.
    expect(party.subProcessors).toEqual([expect.objectContaining({ name: 'WhatsApp LLC / Meta Platforms, Inc.', countryCode: 'US', mechanism: 'dpf' })]);
    expect(plan.channelStatus).toBe('created');
    expect(plan.activityStatus).toBe('created');

    expect(plan.channel).toMatchObject({ catalogueId: 'whatsapp_business_app', providerPartyId: party.id, addressBookAccess: 'unknown' });
    expect(Object.values(plan.channel.checklist).every((e) => e.status === 'open')).toBe(true);
    expect(Object.keys(plan.channel.checklist)).toHaveLength(15);

    const activity = plan.activity;
    // the shipped template for this channel and purpose, completed by the general-enquiries purpose (6-1-f)
    expect(activity).toMatchObject({ name: 'Kundenservice über WhatsApp Business', templateId: 'customer_support_whatsapp' });
    expect(activity.channelIds).toEqual([plan.channel.id]);
    // The customer starts the chat: contract/pre-contractual steps or legitimate interests — no consent.
    expect(activity.purposes.map((p) => p.legalBases.map((b) => b.code))).toEqual([['6-1-b'], ['6-1-f']]);
    expect(activity.purposes[1].legitimateInterest).not.toBe('');
    expect(activity.purposes.every((p) => p.consentRecord === '')).toBe(true);
    expect(activity.dataCategories.map((c) => c.catalogueId)).toEqual(expect.arrayContaining(['phone_number', 'chat_content', 'messenger_metadata']));
    expect(activity.recipients).toContainEqual(expect.objectContaining({ kind: 'processor', partyId: party.id }));
    // The transfer goes to the US recipient, not to the Irish processor.
    expect(activity.transfers).toEqual([
      expect.objectContaining({ countryCode: 'US', mechanism: 'dpf', recipient: 'WhatsApp LLC / Meta Platforms, Inc.', partyId: '', dpfCheckedOn: '' }),
    ]);
    expect(activity.retention.map((r) => r.presetId)).toContain('messenger_chats');
    expect(activity.toms.measureIds.sort()).toEqual(plan.measuresToCreate.map((m) => m.id).sort());
    expect(plan.measuresToCreate.map((m) => m.catalogueId)).toEqual(expect.arrayContaining(['messenger_e2e', 'address_book_access_denied']));

    const codes = plan.decisions.map((d) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining(['record_terms_acceptance', 'check_dpf_certification', 'decide_address_book_access', 'name_authorised_users_and_devices', 'review_checklist']),
    );
    // The DPF check not done and the address-book decision left open show up as findings; the AVV and the legitimate interest are there.
    const findings = findingsForActivity(activity, { parties: [party], channels: [plan.channel], today: TODAY }).map((f) => f.rule);
    expect(findings).toEqual(['transfer.dpf-check-missing', 'channel.address-book-unknown']);
    expect(codes).not.toContain('sign_and_attach_avv');
    expect(codes).not.toContain('define_consent_method');
    const dpf = plan.decisions.find((d) => d.code === 'check_dpf_certification')!;
    expect(dpf).toMatchObject({ subject: { type: 'activity', id: activity.id }, params: { organisation: 'Meta Platforms, Inc.' } });
    for (const language of ['de', 'en'] as const) {
      const texts = plan.decisions.map((d) => translate(language, `parties.decisions.${d.code}`, d.params));
      expect(texts.join('\n')).not.toMatch(/WhatsApp Ireland[^\n]*(DPF|Data Privacy Framework)|(DPF|Data Privacy Framework)[^\n]*WhatsApp Ireland/);
      expect(texts.join('\n')).not.toMatch(/PDF/);
    }
  });

  it('builds the activity from the purpose profile where no template fits the channel', () => {
    const plan = planChannelQuickSetup(entry('threema_work'), 'customer_support', context());
    const party = plan.party!.value;
    expect(plan.activity).toMatchObject({ name: 'Kundenservice über Threema Work', templateId: '', channelIds: [plan.channel.id] });
    expect(plan.activity.purposes.map((p) => p.legalBases.map((b) => b.code))).toEqual([['6-1-b'], ['6-1-f']]);
    expect(plan.activity.transfers).toEqual([expect.objectContaining({ countryCode: 'CH', mechanism: 'adequacy', partyId: party.id })]);
    expect(plan.activity.retention).toEqual([expect.objectContaining({ presetId: 'messenger_chats', dataCategoryIds: [] })]);
    const findings = findingsForActivity(plan.activity, { parties: [party], channels: [plan.channel], today: TODAY }).map((f) => f.rule);
    expect(findings).toEqual([]);
  });

  it('writes English content when asked', () => {
    const plan = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context({ language: 'en' }));
    expect(plan.activity.name).toBe('Customer support via WhatsApp Business');
    expect(planChannelQuickSetup(entry('signal'), 'customer_support', context({ language: 'en' })).activity.name).toBe('Customer support via Signal');
  });

  it('reuses a party with the same legal entity and completes it only once', () => {
    const existing = PartySchema.parse({ id: 'p-meta', name: 'WhatsApp (Meta)', legalEntity: 'whatsapp ireland ltd', roles: ['recipient'], version: 3 });
    const first = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context({ parties: [existing] }));
    expect(first.party).toMatchObject({ status: 'updated', value: { id: 'p-meta', version: 3, roles: ['recipient', 'processor'] } });
    expect(first.party!.value.contracts).toHaveLength(1);
    const second = planChannelQuickSetup(entry('whatsapp_business_app'), 'order_updates', context({ parties: [first.party!.value] }));
    expect(second.party).toMatchObject({ status: 'unchanged', value: { id: 'p-meta' } });
    expect(second.channel.providerPartyId).toBe('p-meta');
  });

  it('reuses TOMs already in the register', () => {
    const once = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context());
    const again = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context({ measures: once.measuresToCreate }));
    expect(again.measuresToCreate).toEqual([]);
    expect(again.activity.toms.measureIds.sort()).toEqual(once.activity.toms.measureIds.sort());
  });

  it('sets checklist items that cannot apply to a channel to not applicable', () => {
    expect(initialChecklist(entry('sms')).business_account_verified?.status).toBe('not_applicable');
    expect(initialChecklist(entry('whatsapp_business_app')).business_account_verified?.status).toBe('open');
    expect(initialChecklist(entry('whatsapp_business_platform')).address_book_denied?.status).toBe('not_applicable');
    expect(initialChecklist(entry('slack')).e2e_encryption_on?.status).toBe('not_applicable');
    expect(initialChecklist(entry('signal')).e2e_encryption_on?.status).toBe('open');
  });

  it('works for every catalogue channel and every purpose', () => {
    for (const catalogueEntry of CHANNEL_CATALOGUE) {
      for (const purpose of QuickSetupPurposeSchema.options) {
        const plan = planChannelQuickSetup(catalogueEntry, purpose, context());
        expect(() => ActivitySchema.parse(plan.activity), catalogueEntry.id).not.toThrow();
        expect(() => ChannelSchema.parse(plan.channel), catalogueEntry.id).not.toThrow();
        expect(plan.activity.channelIds).toEqual([plan.channel.id]);
        expect(plan.activity.purposes.length).toBeGreaterThan(0);
        const provider: Party | undefined = plan.party?.value;
        if (catalogueEntry.provider.legalEntity) {
          expect(plan.channel.providerPartyId, catalogueEntry.id).toBe(provider!.id);
          // A transfer links the provider only where the provider itself is the recipient in that country.
          for (const t of plan.activity.transfers) expect(t.partyId).toBe(provider!.countryCode === t.countryCode || !provider!.countryCode ? provider!.id : '');
          // Only a US organisation can be DPF-certified.
          if (provider!.dpfCertified) expect(provider!.countryCode, catalogueEntry.id).toBe('US');
        } else {
          expect(plan.party, catalogueEntry.id).toBeNull();
          expect(plan.decisions.map((d) => d.code)).toContain('name_provider');
        }
        if (!catalogueEntry.businessUseIntended) expect(plan.decisions.map((d) => d.code)).toContain('business_use_not_intended');
      }
    }
  });

  it('links the register\'s WhatsApp customer service instead of creating a second activity', () => {
    const first = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context());
    const registered = { ...first.activity, status: 'approved' as const, version: 4 };
    const again = planChannelQuickSetup(
      entry('whatsapp_business_app'),
      'customer_support',
      context({ parties: [first.party!.value], measures: first.measuresToCreate, activities: [registered], channels: [first.channel] }),
    );
    expect(again.activity.id).toBe(registered.id);
    expect(again.activityStatus).toBe('unchanged');
    expect(again.channel.id).toBe(first.channel.id);
    expect(again.channelStatus).toBe('reused');
    expect(again.party!.status).toBe('unchanged');
    expect(again.measuresToCreate).toEqual([]);
  });

  it('links an activity of the user\'s own that names the channel and the purpose, completing the links', () => {
    const own = ActivitySchema.parse({ id: 'a-own', name: 'Kundenservice per WhatsApp', status: 'approved', version: 2 });
    const other = ActivitySchema.parse({ id: 'a-news', name: 'Newsletter' });
    const plan = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context({ activities: [other, own] }));
    expect(plan.activity.id).toBe('a-own');
    expect(plan.activityStatus).toBe('linked');
    expect(plan.activity).toMatchObject({ name: 'Kundenservice per WhatsApp', status: 'approved', version: 2, channelIds: [plan.channel.id] });
    expect(plan.activity.transfers).toEqual([expect.objectContaining({ countryCode: 'US', mechanism: 'dpf' })]);
    expect(plan.activity.recipients).toContainEqual(expect.objectContaining({ kind: 'processor', partyId: plan.party!.value.id }));
    // a different purpose over the same channel is a different activity
    const marketing = planChannelQuickSetup(entry('whatsapp_business_app'), 'marketing_messages', context({ activities: [own] }));
    expect(marketing.activityStatus).toBe('created');
    // archived activities do not count
    const archived = planChannelQuickSetup(entry('whatsapp_business_app'), 'customer_support', context({ activities: [{ ...own, status: 'archived' }] }));
    expect(archived.activityStatus).toBe('created');
  });

  it('the private WhatsApp app gets no AVV and a transfer without mechanism', () => {
    const plan = planChannelQuickSetup(entry('whatsapp'), 'customer_support', context());
    expect(plan.party!.value.contracts).toEqual([]);
    expect(plan.activity.transfers.map((t) => t.mechanism)).toEqual(['none']);
    expect(plan.decisions.map((d) => d.code)).toEqual(expect.arrayContaining(['business_use_not_intended', 'choose_transfer_mechanism']));
  });
});

describe('parties i18n namespace', () => {
  const keys = [
    ...TRANSFER_FINDING_CODES.map((c) => `parties.findings.${c}`),
    ...REMINDER_CODES.map((c) => `parties.reminders.${c}`),
    ...REMINDER_KINDS.map((c) => `parties.reminderKinds.${c}`),
    ...QUICK_SETUP_DECISION_CODES.map((c) => `parties.decisions.${c}`),
  ];

  it('has a German and an English text for every code the rules produce', () => {
    for (const language of ['de', 'en'] as const) {
      for (const key of keys) expect(translate(language, key), `${language} ${key}`).not.toBe(key);
    }
  });

  it('uses no characters vue-i18n treats as syntax besides placeholders', () => {
    const texts = (tree: object): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)));
    for (const language of ['de', 'en'] as const) {
      for (const text of texts(messages[language].parties)) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[@|{}]/);
    }
  });
});
