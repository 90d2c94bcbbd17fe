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
    expect(party).toMatchObject({ legalEntity: 'WhatsApp Ireland Ltd.', countryCode: 'IE', roles: ['processor'], dpfCertified: true, dpfCheckedOn: '' });
    expect(party.contracts).toEqual([expect.objectContaining({ type: 'avv', signedOn: '', validUntil: '', attachmentId: '' })]);

    expect(plan.channel).toMatchObject({ catalogueId: 'whatsapp_business_app', providerPartyId: party.id, addressBookAccess: 'unknown' });
    expect(Object.values(plan.channel.checklist).every((e) => e.status === 'open')).toBe(true);
    expect(Object.keys(plan.channel.checklist)).toHaveLength(15);

    const activity = plan.activity;
    // the shipped template for this channel and purpose, completed by the general-enquiries purpose (6-1-f)
    expect(activity).toMatchObject({ name: 'Kundenservice über WhatsApp Business', templateId: 'customer_support_whatsapp' });
    expect(activity.channelIds).toEqual([plan.channel.id]);
    expect(activity.purposes.map((p) => p.legalBases.map((b) => b.code))).toEqual([['6-1-b'], ['6-1-a'], ['6-1-f']]);
    expect(activity.purposes[2].legitimateInterest).not.toBe('');
    expect(activity.dataCategories.map((c) => c.catalogueId)).toEqual(expect.arrayContaining(['phone_number', 'chat_content', 'messenger_metadata']));
    expect(activity.recipients).toContainEqual(expect.objectContaining({ kind: 'processor', partyId: party.id }));
    expect(activity.transfers).toEqual([expect.objectContaining({ countryCode: 'US', mechanism: 'dpf', partyId: party.id, dpfCheckedOn: '' })]);
    expect(activity.retention.map((r) => r.presetId)).toContain('messenger_chats');
    expect(activity.toms.measureIds.sort()).toEqual(plan.measuresToCreate.map((m) => m.id).sort());
    expect(plan.measuresToCreate.map((m) => m.catalogueId)).toEqual(expect.arrayContaining(['messenger_e2e', 'address_book_access_denied']));

    expect(plan.decisions.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'sign_and_attach_avv',
        'check_dpf_certification',
        'define_consent_method',
        'decide_address_book_access',
        'name_authorised_users_and_devices',
        'review_checklist',
      ]),
    );
    // The DPF check not done and the address-book decision left open show up as findings; the AVV and the legitimate interest are there.
    const findings = findingsForActivity(activity, { parties: [party], channels: [plan.channel], today: TODAY }).map((f) => f.rule);
    expect(findings).toEqual(['transfer.dpf-check-missing', 'channel.address-book-unknown']);
  });

  it('builds the activity from the purpose profile where no template fits the channel', () => {
    const plan = planChannelQuickSetup(entry('threema_work'), 'customer_support', context());
    const party = plan.party!.value;
    expect(plan.activity).toMatchObject({ name: 'Kundenservice über Threema Work', templateId: '', channelIds: [plan.channel.id] });
    expect(plan.activity.purposes.map((p) => p.legalBases.map((b) => b.code))).toEqual([['6-1-b'], ['6-1-f'], ['6-1-a']]);
    expect(plan.activity.transfers).toEqual([expect.objectContaining({ countryCode: 'CH', mechanism: 'adequacy', partyId: party.id })]);
    expect(plan.activity.retention).toEqual([expect.objectContaining({ presetId: 'messenger_chats', dataCategoryIds: [] })]);
    const findings = findingsForActivity(plan.activity, { parties: [party], channels: [plan.channel], today: TODAY }).map((f) => f.rule);
    expect(findings).toEqual(['basis.consent-proof-missing']);
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
          for (const t of plan.activity.transfers) expect(t.partyId).toBe(provider!.id);
        } else {
          expect(plan.party, catalogueEntry.id).toBeNull();
          expect(plan.decisions.map((d) => d.code)).toContain('name_provider');
        }
        if (!catalogueEntry.businessUseIntended) expect(plan.decisions.map((d) => d.code)).toContain('business_use_not_intended');
      }
    }
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
