import { describe, it, expect } from 'vitest';
import { FORMER_PSEUDO_BASIS_CODES } from '../../domain/model/former-pseudo-bases';
import type { z } from 'zod';
import { ActivitySchema, DPIA_CRITERIA, RecipientKindSchema } from '../../domain/model/activity';
import { ChecklistItemCodeSchema } from '../../domain/model/channel';
import { ART28_CLAUSES } from '../../domain/model/party';
import { Art32GroupSchema, ControlAreaSchema, SdmGoalSchema } from '../../domain/model/tom';
import { TRANSFER_MECHANISMS } from '../../domain/model/transfer';
import {
  ADDITIONAL_REQUIREMENTS,
  findAdditionalRequirement,
  ACTIVITY_TEMPLATES,
  ADEQUACY_AS_OF,
  ART28_CLAUSE_CATALOGUE,
  ART32_GROUP_LABELS,
  ART9_CATEGORY_IDS,
  ActivityTemplateSchema,
  Art28ClauseEntrySchema,
  CHANNEL_CATALOGUE,
  CHECKLIST_ITEM_CATALOGUE,
  CONTROL_AREA_LABELS,
  COUNTRIES,
  ChannelCatalogueEntrySchema,
  ChecklistItemEntrySchema,
  CountryEntrySchema,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DPIA_CRITERIA_CATALOGUE,
  DataCategoryEntrySchema,
  DataSubjectCategoryEntrySchema,
  DpiaCriterionEntrySchema,
  LEGAL_BASES,
  LegalBasisEntrySchema,
  RECIPIENT_CATEGORIES,
  RETENTION_PRESETS,
  RecipientCategoryEntrySchema,
  RetentionPresetSchema,
  SDM_GOAL_LABELS,
  SUPERVISORY_AUTHORITIES,
  SupervisoryAuthorityEntrySchema,
  TOM_CATALOGUE,
  TomCatalogueEntrySchema,
  WHATSAPP_PROVIDER_RETENTION,
  dpiaConsequence,
  findChannel,
  findCountry,
  findLegalBasis,
  instantiateTemplate,
  isSafeDestination,
} from '../../domain/catalogues';

const CATALOGUES: [string, readonly { id: string }[], z.ZodType][] = [
  ['legal bases', LEGAL_BASES, LegalBasisEntrySchema],
  ['data subject categories', DATA_SUBJECT_CATEGORIES, DataSubjectCategoryEntrySchema],
  ['data categories', DATA_CATEGORIES, DataCategoryEntrySchema],
  ['recipient categories', RECIPIENT_CATEGORIES, RecipientCategoryEntrySchema],
  ['countries', COUNTRIES, CountryEntrySchema],
  ['supervisory authorities', SUPERVISORY_AUTHORITIES, SupervisoryAuthorityEntrySchema],
  ['TOMs', TOM_CATALOGUE, TomCatalogueEntrySchema],
  ['retention presets', RETENTION_PRESETS, RetentionPresetSchema],
  ['DPIA criteria', DPIA_CRITERIA_CATALOGUE, DpiaCriterionEntrySchema],
  ['Art. 28 clauses', ART28_CLAUSE_CATALOGUE, Art28ClauseEntrySchema],
  ['checklist items', CHECKLIST_ITEM_CATALOGUE, ChecklistItemEntrySchema],
  ['channels', CHANNEL_CATALOGUE, ChannelCatalogueEntrySchema],
  ['activity templates', ACTIVITY_TEMPLATES, ActivityTemplateSchema],
];

/** Every {de, en} pair anywhere in a value, with its path. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if ('de' in obj || 'en' in obj) return [[path, obj]];
  return Object.entries(obj).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('catalogue schemas and labels', () => {
  it.each(CATALOGUES)('%s parse through their schema', (_name, list, schema) => {
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      const result = schema.safeParse(entry);
      expect(result.success, `${(entry as { id: string }).id}: ${result.error?.message}`).toBe(true);
    }
  });

  it.each(CATALOGUES)('%s have unique ids', (_name, list) => {
    const seen = ids(list);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each(CATALOGUES)('%s have non-empty German and English texts everywhere', (_name, list) => {
    const texts = localizedTexts(list);
    expect(texts.length).toBeGreaterThanOrEqual(list.length);
    for (const [path, text] of texts) {
      expect(typeof text.de === 'string' && text.de.trim().length > 0, `de at ${path}`).toBe(true);
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `en at ${path}`).toBe(true);
    }
  });

  it('the schema rejects an entry without an English label', () => {
    const bad = { ...DATA_SUBJECT_CATEGORIES[0], label: { de: 'Beschäftigte', en: '' } };
    expect(DataSubjectCategoryEntrySchema.safeParse(bad).success).toBe(false);
  });

  it('label tables cover every enum value of the TOM groupings', () => {
    for (const v of Art32GroupSchema.options) expect(ART32_GROUP_LABELS[v].de.length).toBeGreaterThan(0);
    for (const v of ControlAreaSchema.options) expect(CONTROL_AREA_LABELS[v].en.length).toBeGreaterThan(0);
    for (const v of SdmGoalSchema.options) expect(SDM_GOAL_LABELS[v].de.length).toBeGreaterThan(0);
    expect(CONTROL_AREA_LABELS.physical_access.de).toBe('Zutrittskontrolle');
  });
});

describe('legal bases', () => {
  it('has exactly the Art. 6, Art. 9, Art. 10 codes and the national provisions', () => {
    const art6 = ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `6-1-${l}`);
    const art9 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `9-2-${l}`);
    expect(LEGAL_BASES.filter((b) => b.group === 'art6').map((b) => b.id)).toEqual(art6);
    expect(LEGAL_BASES.filter((b) => b.group === 'art9').map((b) => b.id)).toEqual(art9);
    expect(findLegalBasis('art10')?.group).toBe('art10');
    for (const code of ['bdsg-22', 'bdsg-26-1', 'bdsg-26-2', 'bdsg-26-3', 'ao-147', 'hgb-257', 'ustg-14b', 'national-other']) {
      expect(findLegalBasis(code)?.group, code).toBe('national');
    }
    // § 7 UWG and § 25 TDDDG are additional requirements, never legal bases (legal-checks.md).
    for (const code of ['uwg-7', 'tdddg-25']) {
      expect(findLegalBasis(code), code).toBeUndefined();
      expect(findAdditionalRequirement(code)?.id, code).toBe(code);
    }
    expect([...FORMER_PSEUDO_BASIS_CODES].sort()).toEqual(ADDITIONAL_REQUIREMENTS.map((r) => r.id).sort());
  });

  it('sets the flags the checks rely on', () => {
    const flagged = (flag: 'requiresLegitimateInterest' | 'isConsent' | 'rightToObject') =>
      LEGAL_BASES.filter((b) => b[flag] && b.group !== 'national').map((b) => b.id);
    expect(flagged('requiresLegitimateInterest')).toEqual(['6-1-f']);
    expect(flagged('isConsent')).toEqual(['6-1-a', '9-2-a']);
    expect(flagged('rightToObject')).toEqual(['6-1-e', '6-1-f']);
    expect(findLegalBasis('6-1-c')?.requiresNote).toBe(true);
    expect(findLegalBasis('6-1-e')?.requiresNote).toBe(true);
    expect(findLegalBasis('6-1-b')?.requiresNote).toBe(false);
    expect(findLegalBasis('6-1-a')?.label.de).toBe('Art. 6 Abs. 1 lit. a DSGVO – Einwilligung');
    expect(findLegalBasis('6-1-f')?.label.en).toBe('Art. 6(1)(f) GDPR – Legitimate interests');
  });

  it('shows the CJEU C-34/21 caution on § 26(1) BDSG', () => {
    const caution = findLegalBasis('bdsg-26-1')?.caution;
    expect(caution?.de).toContain('C-34/21');
    expect(caution?.en).toContain('30 March 2023');
  });

  it('combines national retention rules with 6-1-c', () => {
    for (const code of ['ao-147', 'hgb-257', 'ustg-14b']) expect(findLegalBasis(code)?.usedWith).toContain('6-1-c');
  });
});

describe('data categories and subjects', () => {
  it('contains every Art. 9(1) category flagged art9 and criminal data flagged art10', () => {
    expect(ART9_CATEGORY_IDS).toHaveLength(8);
    for (const id of ART9_CATEGORY_IDS) {
      expect(DATA_CATEGORIES.find((c) => c.id === id)?.special, id).toBe('art9');
    }
    expect(DATA_CATEGORIES.filter((c) => c.special === 'art9').map((c) => c.id).sort()).toEqual([...ART9_CATEGORY_IDS].sort());
    expect(DATA_CATEGORIES.find((c) => c.id === 'criminal_offence_data')?.special).toBe('art10');
    expect(DATA_CATEGORIES.find((c) => c.id === 'health_data')?.label.en).toBe('Data concerning health');
  });

  it('has the messenger categories and enough entries', () => {
    for (const id of ['phone_number', 'messenger_metadata', 'chat_content', 'address_book_contacts', 'profile_picture']) {
      expect(DATA_CATEGORIES.find((c) => c.id === id)?.special, id).toBe('none');
    }
    expect(DATA_CATEGORIES.length).toBeGreaterThanOrEqual(35);
    expect(DATA_SUBJECT_CATEGORIES.length).toBeGreaterThanOrEqual(20);
    for (const id of ['employees', 'applicants', 'customers', 'prospects', 'newsletter_subscribers', 'website_visitors', 'patients', 'members', 'supplier_contacts', 'children']) {
      expect(ids(DATA_SUBJECT_CATEGORIES), id).toContain(id);
    }
  });

  it('uses only recipient kinds of the model', () => {
    const kinds = new Set(RECIPIENT_CATEGORIES.map((r) => r.kind));
    for (const k of kinds) expect(RecipientKindSchema.options).toContain(k);
    expect(kinds.size).toBe(RecipientKindSchema.options.length);
  });
});

describe('countries and authorities', () => {
  it('lists the EEA, the adequacy countries and the US under the DPF', () => {
    expect(COUNTRIES.filter((c) => c.status === 'eea')).toHaveLength(30);
    expect(COUNTRIES.filter((c) => c.eu)).toHaveLength(27);
    for (const code of ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY']) {
      const c = findCountry(code);
      expect(c?.status, code).toBe('adequate');
      expect(c?.source, code).toMatch(/Decision/);
    }
    const us = findCountry('us');
    expect(us?.status).toBe('adequate_if_certified');
    expect(us?.source).toContain('2023/1795');
    expect(us?.adequacyScope?.en).toContain('10 July 2023');
    expect(findCountry('CA')?.adequacyScope?.en).toContain('commercial organisations');
    for (const code of ['CN', 'IN', 'RU', 'SG', 'AU', 'TR', 'AE', 'PH', 'UA']) expect(findCountry(code)?.status, code).toBe('third_country');
    expect(ADEQUACY_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('treats US transfers as safe only when certified', () => {
    expect(isSafeDestination('adequate_if_certified')).toBe(false);
    expect(isSafeDestination('adequate_if_certified', true)).toBe(true);
    expect(isSafeDestination('third_country', true)).toBe(false);
    expect(isSafeDestination('eea')).toBe(true);
  });

  it('has the BfDI and every state, Bavaria twice', () => {
    const states = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];
    for (const s of states) expect(SUPERVISORY_AUTHORITIES.some((a) => a.region === `DE-${s}`), s).toBe(true);
    expect(SUPERVISORY_AUTHORITIES.filter((a) => a.region === 'DE-BY').map((a) => a.competence).sort()).toEqual(['private_sector', 'public_sector']);
    expect(SUPERVISORY_AUTHORITIES.find((a) => a.id === 'bfdi')?.competence).toBe('federal');
    expect(SUPERVISORY_AUTHORITIES).toHaveLength(18);
  });
});

describe('TOMs, retention, DPIA, Art. 28, checklist', () => {
  it('has at least 40 measures covering every grouping value', () => {
    expect(TOM_CATALOGUE.length).toBeGreaterThanOrEqual(40);
    for (const v of Art32GroupSchema.options) expect(TOM_CATALOGUE.some((m) => m.art32Group === v), v).toBe(true);
    for (const v of ControlAreaSchema.options) expect(TOM_CATALOGUE.some((m) => m.controlArea === v), v).toBe(true);
    for (const v of SdmGoalSchema.options) expect(TOM_CATALOGUE.some((m) => m.sdmGoal === v), v).toBe(true);
  });

  it('has every retention row with the right kind and period', () => {
    expect(RETENTION_PRESETS).toHaveLength(13);
    const byId = Object.fromEntries(RETENTION_PRESETS.map((p) => [p.id, p]));
    expect([byId.books_records.periodAmount, byId.books_records.kind]).toEqual([10, 'statutory']);
    expect([byId.accounting_vouchers.periodAmount, byId.accounting_vouchers.periodUnit]).toEqual([8, 'years']);
    expect(byId.payroll_account.basis.de).toContain('§ 41');
    expect([byId.applicant_rejection.periodAmount, byId.applicant_rejection.periodUnit, byId.applicant_rejection.kind]).toEqual([6, 'months', 'practice']);
    expect(byId.patient_records.basis.de).toContain('§ 630f');
    for (const p of RETENTION_PRESETS.filter((r) => r.periodAmount === null)) expect(p.periodText.en.length, p.id).toBeGreaterThan(5);
    expect(RETENTION_PRESETS.filter((p) => p.kind === 'statutory').map((p) => p.id)).toEqual(
      ['books_records', 'accounting_vouchers', 'business_letters', 'payroll_account', 'working_time_records', 'patient_records'],
    );
    expect(WHATSAPP_PROVIDER_RETENTION.facts.map((f) => f.en).join(' ')).toMatch(/90 days[\s\S]*30 days/);
  });

  it('has the nine WP248 criteria in order', () => {
    expect(DPIA_CRITERIA_CATALOGUE.map((c) => c.id)).toEqual([...DPIA_CRITERIA]);
    expect(DPIA_CRITERIA_CATALOGUE.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('derives the DPIA consequence', () => {
    expect(dpiaConsequence(0, false)).toBe('likely_not_required');
    expect(dpiaConsequence(1, false)).toBe('check');
    expect(dpiaConsequence(2, false)).toBe('required');
    expect(dpiaConsequence(5, false)).toBe('required');
    expect(dpiaConsequence(0, true)).toBe('required');
    expect(dpiaConsequence(1, true)).toBe('required');
  });

  it('labels every Art. 28(3) clause with its letter', () => {
    expect(ART28_CLAUSE_CATALOGUE.map((c) => c.id)).toEqual([...ART28_CLAUSES]);
    expect(ART28_CLAUSE_CATALOGUE.filter((c) => c.letter !== '').map((c) => c.letter).join('')).toBe('abcdefgh');
    expect(ART28_CLAUSE_CATALOGUE.find((c) => c.id === 'sub_processors')?.citation.en).toBe('Art. 28(3)(d) GDPR');
  });

  it('labels the 15 checklist items in the seed order', () => {
    expect(CHECKLIST_ITEM_CATALOGUE.map((c) => c.id)).toEqual([...ChecklistItemCodeSchema.options]);
    expect(CHECKLIST_ITEM_CATALOGUE.map((c) => c.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});

describe('channel catalogue', () => {
  const REQUIRED = ['whatsapp', 'whatsapp_business_app', 'whatsapp_business_platform', 'facebook_messenger', 'telegram', 'signal',
    'threema', 'threema_work', 'viber', 'wechat', 'slack', 'microsoft_teams', 'twilio', 'zendesk', 'sms', 'email', 'web_chat', 'other_messenger'];

  it('contains every system of messaging-channels.md with provider, role, transfer and AVV facts', () => {
    expect(ids(CHANNEL_CATALOGUE).sort()).toEqual([...REQUIRED].sort());
    for (const c of CHANNEL_CATALOGUE) {
      expect(TRANSFER_MECHANISMS, c.id).toContain(c.thirdCountry.suggestedMechanism);
      expect(c.thirdCountry.description.de.length, c.id).toBeGreaterThan(0);
      expect(c.avv.description.en.length, c.id).toBeGreaterThan(0);
      expect(c.source.length, c.id).toBeGreaterThan(0);
      if (c.kind !== 'generic') expect(c.provider.legalEntity, c.id).not.toBe('');
      for (const code of c.thirdCountry.countries) expect(findCountry(code), `${c.id} → ${code}`).toBeDefined();
    }
  });

  it('records the WhatsApp facts of the domain documentation', () => {
    const priv = findChannel('whatsapp');
    expect([priv?.providerRole, priv?.businessUseIntended, priv?.avv.available, priv?.addressBook.uploads]).toEqual(['controller', false, 'no', true]);
    const app = findChannel('whatsapp_business_app');
    expect(app?.provider).toEqual({ legalEntity: 'WhatsApp Ireland Ltd.', country: 'IE' });
    expect([app?.providerRole, app?.avv.available, app?.thirdCountry.suggestedMechanism]).toEqual(['processor', 'part_of_terms', 'dpf']);
    expect(app?.thirdCountry.countries).toEqual(['US']);
    const platform = findChannel('whatsapp_business_platform');
    expect([platform?.providerRole, platform?.avv.available]).toEqual(['processor', 'yes']);
    expect(platform?.e2e.en).toMatch(/decrypts/);
  });

  it('records the other providers as documented', () => {
    expect(findChannel('threema_work')?.thirdCountry.suggestedMechanism).toBe('adequacy');
    expect(findChannel('threema_work')?.avv.available).toBe('yes');
    expect(findChannel('threema')?.provider.country).toBe('CH');
    expect(findChannel('microsoft_teams')?.thirdCountry.suggestedMechanism).toBe('scc');
    expect(findChannel('twilio')?.thirdCountry.suggestedMechanism).toBe('bcr');
    expect(findChannel('zendesk')?.thirdCountry.suggestedMechanism).toBe('bcr');
    expect(findChannel('signal')?.provider.country).toBe('US');
    expect(findChannel('telegram')?.e2e.en).toMatch(/secret chats/);
    expect(findChannel('viber')?.unverifiedFields).toEqual(expect.arrayContaining(['avv', 'addressBook']));
    expect(findChannel('wechat')?.unverifiedFields).toContain('provider.legalEntity');
    expect(findChannel('twilio')?.unverifiedFields).toContain('provider.legalEntity');
    expect(findChannel('viber')?.unverified).toBe(true);
    expect(findChannel('whatsapp_business_app')?.unverified).toBeUndefined();
  });
});

describe('activity templates', () => {
  it('has at least 25 templates including the WhatsApp one', () => {
    expect(ACTIVITY_TEMPLATES.length).toBeGreaterThanOrEqual(25);
    expect(ACTIVITY_TEMPLATES.find((t) => t.id === 'customer_support_whatsapp')?.channelIds).toEqual(['whatsapp_business_app']);
  });

  it.each(ACTIVITY_TEMPLATES.map((t) => [t.id, t] as const))('%s references only existing catalogue ids', (_id, template) => {
    for (const p of template.purposes) {
      for (const b of p.legalBases) {
        const basis = findLegalBasis(b.code);
        expect(basis, b.code).toBeDefined();
        if (basis?.requiresLegitimateInterest) expect(p.legitimateInterest?.de, `${b.code} needs an interest`).toBeTruthy();
        if (basis?.isConsent && basis.group !== 'national') expect(p.consentRecord?.en, `${b.code} needs a consent record`).toBeTruthy();
        if (basis?.requiresNote && basis.group !== 'national') expect(b.note?.de, `${b.code} needs a note`).toBeTruthy();
      }
    }
    for (const id of template.dataSubjectCategoryIds) expect(ids(DATA_SUBJECT_CATEGORIES), id).toContain(id);
    for (const id of template.dataCategoryIds) expect(ids(DATA_CATEGORIES), id).toContain(id);
    for (const id of template.recipientIds) expect(ids(RECIPIENT_CATEGORIES), id).toContain(id);
    for (const id of template.tomIds) expect(ids(TOM_CATALOGUE), id).toContain(id);
    for (const id of template.channelIds) expect(ids(CHANNEL_CATALOGUE), id).toContain(id);
    for (const transfer of template.transfers) expect(findCountry(transfer.countryCode)?.status, transfer.countryCode).not.toBe('eea');
    for (const r of template.retention) {
      expect(ids(RETENTION_PRESETS), r.presetId).toContain(r.presetId);
      for (const id of r.dataCategoryIds) expect(template.dataCategoryIds, `${r.presetId} → ${id}`).toContain(id);
    }
    const special = template.dataCategoryIds.filter((id) => DATA_CATEGORIES.find((c) => c.id === id)?.special === 'art9');
    if (special.length > 0) {
      const codes = template.purposes.flatMap((p) => p.legalBases.map((b) => b.code));
      expect(codes.some((c) => c.startsWith('9-2-')), 'Art. 9 data needs an Art. 9(2) basis').toBe(true);
    }
  });

  it.each(ACTIVITY_TEMPLATES.flatMap((t) => (['de', 'en'] as const).map((lang) => [t.id, lang] as const)))(
    '%s instantiates as a valid activity (%s)',
    (id, lang) => {
      let n = 0;
      const activity = instantiateTemplate(id, lang, () => `id-${++n}`);
      expect(ActivitySchema.safeParse(activity).success).toBe(true);
      const template = ACTIVITY_TEMPLATES.find((t) => t.id === id)!;
      expect(activity.name).toBe(template.name[lang]);
      expect(activity.templateId).toBe(id);
      expect(activity.status).toBe('draft');
      expect(activity.purposes).toHaveLength(template.purposes.length);
      expect(activity.dataCategories.map((c) => c.catalogueId)).toEqual(template.dataCategoryIds);
      expect(activity.recipients).toHaveLength(template.recipientIds.length);
      expect(activity.dpia.criteria).toEqual(template.dpiaCriteria);
      const allIds = [activity.id, ...activity.purposes.map((p) => p.id), ...activity.dataCategories.map((c) => c.id), ...activity.retention.map((r) => r.id)];
      expect(new Set(allIds).size).toBe(allIds.length);
      const categoryIds = new Set(activity.dataCategories.map((c) => c.id));
      for (const rule of activity.retention) for (const cid of rule.dataCategoryIds) expect(categoryIds.has(cid)).toBe(true);
    },
  );

  it('fills the WhatsApp template in the chosen language with transfer and retention', () => {
    let n = 0;
    const de = instantiateTemplate('customer_support_whatsapp', 'de', () => `x${++n}`);
    expect(de.name).toBe('Kundenservice über WhatsApp Business');
    expect(de.transfers).toHaveLength(1);
    expect(de.transfers[0]).toMatchObject({ countryCode: 'US', mechanism: 'dpf' });
    expect(de.dataCategories.find((c) => c.catalogueId === 'chat_content')?.label).toBe('Chatinhalte (Nachrichten, Sprachnachrichten, Medien)');
    const chats = de.retention.find((r) => r.presetId === 'messenger_chats');
    expect(chats?.periodAmount).toBeNull();
    expect(chats?.periodText).toContain('Anfrage');
    // Chats the customer starts rest on Art. 6(1)(b)/(f), not on consent.
    expect(de.purposes.map((p) => p.legalBases.map((b) => b.code))).toEqual([['6-1-b'], ['6-1-f']]);
    expect(de.purposes[1].legitimateInterest).not.toBe('');
    expect(de.purposes.every((p) => p.consentRecord === '')).toBe(true);
    const en = instantiateTemplate('customer_support_whatsapp', 'en', () => `y${++n}`);
    expect(en.recipients.find((r) => r.catalogueId === 'messenger_provider_processor')?.kind).toBe('processor');
    expect(en.purposes[0].description).toBe('Answering enquiries about products, orders and contracts');
  });

  it('resolves TOM and channel ids only through the caller', () => {
    let n = 0;
    const bare = instantiateTemplate('customer_support_whatsapp', 'en', () => `z${++n}`);
    expect(bare.toms.measureIds).toEqual([]);
    expect(bare.channelIds).toEqual([]);
    const resolved = instantiateTemplate('customer_support_whatsapp', 'en', () => `w${++n}`, {
      resolveTomMeasureId: (id) => (id === 'messenger_e2e' ? 'tom-1' : undefined),
      resolveChannelId: (id) => (id === 'whatsapp_business_app' ? 'channel-7' : undefined),
    });
    expect(resolved.toms.measureIds).toEqual(['tom-1']);
    expect(resolved.channelIds).toEqual(['channel-7']);
  });

  it('rejects an unknown template', () => {
    expect(() => instantiateTemplate('no_such_template', 'de', () => 'a')).toThrow(/no_such_template/);
  });
});
