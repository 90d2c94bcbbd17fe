import { describe, expect, it } from 'vitest';
import { buildPrivacyNotice } from '../../domain/documents/privacy-notice';
import { emptyOrganisation, PartySchema } from '../../domain/model';
import { IDS, activity, organisation, parties, snapshot, support, whatsappChannel } from './notice-fixtures';
import { facts, hasSection, sectionText } from './notice-support';

const customers = activity({
  id: 'a-customers',
  name: 'Kundenverwaltung',
  purposes: [{ id: 'pu-c', description: 'Vertragsabwicklung', legalBases: [{ code: '6-1-b' }] }],
  dataCategories: [
    { id: 'dc-contact', label: 'Kontaktdaten' },
    { id: 'dc-score', label: 'Bonitätsauskunft' },
  ],
  dataSource: { fromDataSubject: true, otherSources: 'Auskunftei Beispiel GmbH', otherSourceCategoryIds: ['dc-score'] },
  provision: { kind: 'contractual', obliged: true, consequences: 'Ohne Kontaktdaten kein Vertrag.' },
});

function noticeOf(target: ReturnType<typeof activity>, language: 'de' | 'en' = 'de', extra: Parameters<typeof snapshot>[0] = {}) {
  return buildPrivacyNotice(snapshot({ activities: [target], ...extra }), { kind: 'activity', activityId: target.id }, language);
}

describe('notices: data partly from the person, partly from elsewhere', () => {
  it('has the Art. 13 parts and the Art. 14 parts: other sources (14(2)(f)) and the categories obtained (14(1)(d))', () => {
    const notice = noticeOf(customers);
    expect(notice.article).toBe('art13_14');
    expect(notice.intro.length).toBe(1);
    expect(facts(notice).join('\n')).toContain('Nach Art. 13 und Art. 14 DSGVO');
    const categories = notice.sections.find((s) => s.element === 'data_categories')!;
    expect(categories.reference).toBe('Art. 14 Abs. 1 lit. d DSGVO');
    expect(sectionText(notice, 'data_categories')).toContain('Bonitätsauskunft');
    expect(sectionText(notice, 'data_categories')).not.toContain('Kontaktdaten');
    const source = notice.sections.find((s) => s.element === 'source')!;
    expect(source.reference).toBe('Art. 14 Abs. 2 lit. f DSGVO');
    expect(sectionText(notice, 'source')).toContain('Auskunftei Beispiel GmbH');
    // the Art. 13 parts stay: the obligation to provide (13(2)(e)) and Art. 13 references
    expect(notice.sections.find((s) => s.element === 'provision')!.reference).toBe('Art. 13 Abs. 2 lit. e DSGVO');
    expect(notice.sections.find((s) => s.element === 'controller')!.reference).toBe('Art. 13 Abs. 1 lit. a DSGVO');
    expect(hasSection(notice, 'art14_timing')).toBe(true);
  });

  it('stays a pure Art. 13 notice when everything comes from the person', () => {
    const own = { ...customers, dataSource: { ...customers.dataSource, otherSources: '', otherSourceCategoryIds: [] } };
    const notice = noticeOf(own);
    expect(notice.article).toBe('art13');
    expect(hasSection(notice, 'source')).toBe(false);
    expect(hasSection(notice, 'data_categories')).toBe(false);
  });

  it('prints a recorded Art. 14(5) exemption instead of the missing element', () => {
    const bought = activity({
      id: 'a-bought',
      name: 'Forschungsdaten',
      purposes: [{ id: 'pu-b', description: 'Statistische Auswertung', legalBases: [{ code: '6-1-f' }], legitimateInterest: 'Marktforschung' }],
      dataSource: { fromDataSubject: false, otherSources: '', art14Exemption: 'disproportionate', art14ExemptionNote: 'Pseudonymisierte Daten; Information öffentlich auf der Website' },
    });
    const notice = noticeOf(bought);
    expect(notice.article).toBe('art14');
    const source = notice.sections.find((s) => s.element === 'source')!;
    expect(source.status).toBe('not_applicable');
    expect(sectionText(notice, 'source')).toContain('Art. 14 Abs. 5 lit. b DSGVO');
    expect(sectionText(notice, 'source')).toContain('Pseudonymisierte Daten');
    expect(notice.missing.map((m) => m.code)).not.toContain('source');
    expect(notice.missing.map((m) => m.code)).not.toContain('data_categories');
    expect(sectionText(noticeOf(bought, 'en'), 'source')).toContain('Art. 14(5)(b) GDPR');
    // without the exemption the missing source is marked
    const unexempt = { ...bought, dataSource: { ...bought.dataSource, art14Exemption: 'none' as const } };
    expect(noticeOf(unexempt).missing.map((m) => m.code)).toEqual(expect.arrayContaining(['source', 'data_categories']));
  });
});

describe('notices: objection (Art. 21) and consent (Art. 7(3))', () => {
  const mixed = activity({
    id: 'a-mixed',
    name: 'Kundenbeziehung',
    purposes: [
      { id: 'pu-sec', description: 'IT-Sicherheit und Missbrauchserkennung', legalBases: [{ code: '6-1-f' }], legitimateInterest: 'Sicherheit unserer Systeme' },
      { id: 'pu-ads', description: 'Werbung per Post an Bestandskunden', legalBases: [{ code: '6-1-f' }], legitimateInterest: 'Direktwerbung (Erwägungsgrund 47)' },
    ],
  });

  it('keeps the Art. 21(1) text for 6(1)(f) apart from the Art. 21(2)/(3) direct-marketing text', () => {
    const text = sectionText(noticeOf(mixed), 'objection');
    const [legitimatePart, marketingPart] = text.split('Verarbeiten wir Ihre personenbezogenen Daten, um Direktwerbung zu betreiben');
    expect(legitimatePart).toContain('aus Gründen, die sich aus Ihrer besonderen Situation ergeben');
    expect(legitimatePart).toContain('IT-Sicherheit');
    expect(legitimatePart).not.toContain('Werbung per Post');
    expect(marketingPart).toContain('Werbung per Post');
    expect(marketingPart).not.toContain('zwingende schutzwürdige Gründe');
  });

  it('direct marketing alone gets no "compelling legitimate grounds" text', () => {
    const marketingOnly = { ...mixed, purposes: [mixed.purposes[1]!] };
    const text = sectionText(noticeOf(marketingOnly), 'objection');
    expect(text).toContain('jederzeit Widerspruch gegen die Verarbeitung zum Zwecke derartiger Werbung');
    expect(text).not.toContain('besonderen Situation');
    expect(text).not.toContain('zwingende schutzwürdige Gründe');
    const en = sectionText(noticeOf(marketingOnly, 'en'), 'objection');
    expect(en).not.toMatch(/compelling legitimate grounds/i);
  });

  it('says that consent can be withdrawn at any time (Art. 7(3)) only where a purpose rests on consent', () => {
    const consent = activity({
      id: 'a-consent',
      name: 'Newsletter',
      purposes: [{ id: 'pu-n', description: 'Newsletter', legalBases: [{ code: '6-1-a' }], consentRecord: 'Double-Opt-in' }],
    });
    expect(sectionText(noticeOf(consent), 'withdrawal')).toContain('Art. 7 Abs. 3 DSGVO');
    expect(sectionText(noticeOf(consent, 'en'), 'withdrawal')).toContain('Art. 7(3) GDPR');
    expect(hasSection(noticeOf(mixed), 'withdrawal')).toBe(false);
  });

  it('prints § 7 UWG as an additional requirement, never under the legal basis', () => {
    const ads = activity({
      id: 'a-ads',
      name: 'WhatsApp-Werbung',
      purposes: [{ id: 'pu-w', description: 'Werbenachrichten', legalBases: [{ code: '6-1-a' }, { code: 'uwg-7', note: '§ 7 Abs. 2 UWG' }], consentRecord: 'Opt-in-Protokoll' }],
    });
    const text = sectionText(noticeOf(ads), 'purposes');
    const line = text.split('\n').find((l) => l.startsWith('Werbenachrichten'))!;
    const [basis, extra] = line.split('zusätzliche Anforderung:');
    expect(basis).toContain('Rechtsgrundlage: ');
    expect(basis).not.toContain('UWG');
    expect(extra).toContain('UWG');
    // a purpose citing only § 7 UWG has no legal basis: the notice says so
    const only = { ...ads, purposes: [{ ...ads.purposes[0]!, legalBases: [{ code: 'uwg-7', note: '' }] }] };
    expect(noticeOf(only).missing.map((m) => m.code)).toContain('legal_basis');
  });
});

describe('notices: channels and sub-processors', () => {
  it('a channel notice has controller, rights and complaint sections and reports their own missing data', () => {
    const empty = { ...emptyOrganisation(), name: '' };
    const notice = buildPrivacyNotice(snapshot({ organisation: empty }), { kind: 'channel', channelId: IDS.whatsapp }, 'de');
    for (const element of ['controller', 'rights', 'complaint'] as const) expect(hasSection(notice, element), element).toBe(true);
    const codes = notice.missing.map((m) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['controller_name', 'controller_address', 'controller_contact', 'supervisory_authority']));
    expect(notice.missing.filter((m) => m.element === 'rights').map((m) => m.code)).toEqual(['controller_contact']);
    const complete = buildPrivacyNotice(snapshot({ organisation }), { kind: 'channel', channelId: IDS.whatsapp }, 'de');
    expect(complete.missing.filter((m) => ['controller', 'rights', 'complaint'].includes(m.element))).toEqual([]);
  });

  it('names a processor\'s sub-processors among the recipients', () => {
    const provider = PartySchema.parse({
      ...parties[0],
      subProcessors: [{ id: 'sp-1', name: 'WhatsApp LLC / Meta Platforms, Inc.', countryCode: 'US', service: 'Betrieb', mechanism: 'dpf' }],
    });
    const withRecipient = { ...support, recipients: [{ id: 'r-wa', label: 'Messenger-Anbieter', kind: 'processor' as const, partyId: IDS.meta, catalogueId: '' }] };
    const notice = buildPrivacyNotice(snapshot({ activities: [withRecipient], parties: [provider, parties[1]!] }), { kind: 'activity', activityId: support.id }, 'de');
    expect(sectionText(notice, 'recipients')).toContain('eingesetzte Unterauftragsverarbeiter: WhatsApp LLC / Meta Platforms, Inc. (Vereinigte Staaten)');
    const channel = buildPrivacyNotice(snapshot({ activities: [withRecipient], parties: [provider, parties[1]!], channels: [whatsappChannel] }), { kind: 'channel', channelId: IDS.whatsapp }, 'en');
    expect(sectionText(channel, 'recipients')).toContain('sub-processors engaged: WhatsApp LLC / Meta Platforms, Inc. (United States)');
  });
});
