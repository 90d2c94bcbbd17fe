import { describe, expect, it } from 'vitest';
import { ActivitySchema, ChannelSchema, PartySchema, type Activity, type ActivityInput, type Channel, type Party } from '../../domain/model';
import { collectFindings, findingsForActivity, type ActivityFindingCode } from '../../domain/rules/findings';

const TODAY = '2026-06-15';

function activity(input: Partial<ActivityInput> = {}): Activity {
  return ActivitySchema.parse({ id: 'a1', name: 'Kundenservice', ...input });
}

function codes(a: Activity, context: { parties?: Party[]; channels?: Channel[] } = {}): ActivityFindingCode[] {
  return findingsForActivity(a, { parties: context.parties ?? [], channels: context.channels ?? [], today: TODAY }).map((f) => f.code);
}

const purpose = (id: string, codes: string[], extra: object = {}) => ({
  id,
  description: `Zweck ${id}`,
  legalBases: codes.map((code) => ({ code })),
  ...extra,
});

describe('register findings per activity', () => {
  it('purpose without legal basis', () => {
    expect(codes(activity({ purposes: [purpose('p1', [])] }))).toEqual(['purpose_without_legal_basis']);
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-b'])] }))).toEqual([]);
  });

  it('special category data without an Art. 9(2) basis', () => {
    const health = { id: 'd1', label: 'Gesundheitsdaten', special: 'art9' as const };
    const retention = [{ id: 'r1', trigger: 'Ende der Behandlung' }];
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-b'])], dataCategories: [health], retention }))).toEqual([
      'special_category_without_art9_basis',
    ]);
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-b', '9-2-h'])], dataCategories: [health], retention }))).toEqual([]);
    // a national provision used with Art. 9(2) counts as well (§ 22 BDSG)
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-c', 'bdsg-22'])], dataCategories: [health], retention }))).toEqual([]);
    const criminal = { id: 'd2', label: 'Führungszeugnis', special: 'art10' as const };
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-c'])], dataCategories: [criminal], retention }))).toEqual([
      'criminal_data_without_art10_basis',
    ]);
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-c', 'art10'])], dataCategories: [criminal], retention }))).toEqual([]);
  });

  it('6-1-f without stated legitimate interest', () => {
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-f'])] }))).toEqual(['legitimate_interest_missing']);
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-f'], { legitimateInterest: 'Direktwerbung an Bestandskunden' })] }))).toEqual([]);
  });

  it('6-1-a without consent record', () => {
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-a'])] }))).toEqual(['consent_record_missing']);
    expect(codes(activity({ purposes: [purpose('p1', ['6-1-a'], { consentRecord: 'Double-Opt-in-Protokoll im CRM' })] }))).toEqual([]);
  });

  it('data category without retention rule', () => {
    const dataCategories = [
      { id: 'd1', label: 'Name' },
      { id: 'd2', label: 'Telefonnummer' },
    ];
    const partial = activity({ dataCategories, retention: [{ id: 'r1', dataCategoryIds: ['d1'], trigger: 'Vertragsende' }] });
    const findings = findingsForActivity(partial, { parties: [], channels: [], today: TODAY });
    expect(findings).toEqual([expect.objectContaining({ code: 'retention_missing_for_category', params: { category: 'Telefonnummer' }, target: { section: 'data_category', id: 'd2' } })]);
    // a rule without categories covers all of them
    expect(codes(activity({ dataCategories, retention: [{ id: 'r1', trigger: 'Vertragsende' }] }))).toEqual([]);
  });

  it('retention rule without trigger', () => {
    expect(codes(activity({ retention: [{ id: 'r1', description: '6 Jahre', periodAmount: 6 }] }))).toEqual(['retention_without_trigger']);
    expect(codes(activity({ retention: [{ id: 'r1', periodAmount: 6, trigger: 'Ende des Kalenderjahres' }] }))).toEqual([]);
  });

  it('statutory preset shortened below the law', () => {
    const rule = (periodAmount: number, periodUnit: 'years' | 'months') => ({
      id: 'r1',
      presetId: 'books_records',
      description: 'Bücher',
      periodAmount,
      periodUnit,
      trigger: 'Ende des Kalenderjahres',
    });
    const shortened = findingsForActivity(activity({ retention: [rule(6, 'years')] }), { parties: [], channels: [], today: TODAY });
    expect(shortened).toEqual([
      expect.objectContaining({ code: 'statutory_period_shortened', severity: 'error', params: expect.objectContaining({ period: '6 Jahre', statutoryPeriod: '10 Jahre' }) }),
    ]);
    expect(codes(activity({ retention: [rule(10, 'years')] }))).toEqual([]);
    expect(codes(activity({ retention: [rule(120, 'months')] }))).toEqual([]);
    expect(codes(activity({ retention: [rule(119, 'months')] }))).toEqual(['statutory_period_shortened']);
    // practice presets may be shortened
    expect(codes(activity({ retention: [{ ...rule(1, 'months'), presetId: 'messenger_chats' }] }))).toEqual([]);
  });

  it('transfer findings from the third-country assessment', () => {
    const transfers = [{ id: 't1', countryCode: 'CN', mechanism: 'none' as const }];
    const findings = findingsForActivity(activity({ transfers }), { parties: [], channels: [], today: TODAY });
    expect(findings).toEqual([expect.objectContaining({ code: 'third_country_without_mechanism', target: { section: 'transfer', id: 't1' } })]);
    expect(codes(activity({ transfers: [{ id: 't1', countryCode: 'CN', mechanism: 'scc', sccModule: '2' }] }))).toEqual([]);
  });

  it('processor recipient without AVV', () => {
    const noAvv = PartySchema.parse({ id: 'p1', name: 'Hoster', roles: ['processor'] });
    const withAvv = PartySchema.parse({ ...noAvv, contracts: [{ id: 'c1', type: 'avv' }] });
    const recipients = [{ id: 'r1', label: 'Hoster', kind: 'processor' as const, partyId: 'p1' }];
    expect(codes(activity({ recipients }), { parties: [noAvv] })).toEqual(['processor_without_avv']);
    expect(codes(activity({ recipients }), { parties: [withAvv] })).toEqual([]);
    expect(codes(activity({ recipients: [{ ...recipients[0], partyId: '' }] }))).toEqual(['processor_not_linked']);
    expect(codes(activity({ recipients }), { parties: [] })).toEqual(['linked_party_missing']);
  });

  it('private WhatsApp app used for business', () => {
    const privateApp = ChannelSchema.parse({ id: 'ch1', catalogueId: 'whatsapp', name: 'WhatsApp' });
    const businessApp = ChannelSchema.parse({ id: 'ch2', catalogueId: 'whatsapp_business_app', name: 'WhatsApp Business' });
    expect(codes(activity({ channelIds: ['ch1'] }), { channels: [privateApp, businessApp] })).toEqual(['private_messenger_for_business']);
    expect(codes(activity({ channelIds: ['ch2'] }), { channels: [privateApp, businessApp] })).toEqual([]);
  });

  it('skips archived activities in the register-wide list', () => {
    const broken = { purposes: [purpose('p1', [])] };
    const result = collectFindings([activity(broken), activity({ ...broken, id: 'a2', status: 'archived' })], { parties: [], channels: [], today: TODAY });
    expect(result.map((r) => [r.activityId, r.findings.length])).toEqual([['a1', 1]]);
  });
});
