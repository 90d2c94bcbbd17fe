import { describe, expect, it } from 'vitest';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { PartySchema, type Activity, type Party } from '../../domain/model';
import { evaluateRegister, findingsReport } from '../../domain/rules/engine/evaluate-register';
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from '../../domain/rules/engine/rule-catalogue';
import { onlineShopGmbH, REALISTIC_REGISTERS, TODAY } from '../support/legal-registers';

/**
 * Every rule of the findings engine: one case that makes it fire on an otherwise correct
 * register, and the correct registers on which it stays quiet.
 */
type Mutation = (r: RegisterSnapshot) => void;

function activity(r: RegisterSnapshot, templateId: string): Activity {
  const found = r.activities.find((a) => a.templateId === templateId);
  if (!found) throw new Error(`no activity from template ${templateId}`);
  return found;
}

function party(r: RegisterSnapshot, id: string): Party {
  return r.parties.find((p) => p.id === id)!;
}

const whatsapp = (r: RegisterSnapshot) => r.channels.find((c) => c.catalogueId === 'whatsapp_business_app')!;
const usTransfer = (r: RegisterSnapshot) => activity(r, 'customer_support_whatsapp').transfers.find((t) => t.countryCode === 'US')!;
const crm = (r: RegisterSnapshot) => activity(r, 'crm');
const transfer = (r: RegisterSnapshot, extra: object) =>
  crm(r).transfers.push({ id: 't-new', countryCode: 'IN', internationalOrganisation: '', recipient: 'Callcenter Ltd.', partyId: '', mechanism: 'none', sccModule: '', dpfCheckedOn: '', safeguardsDocumentation: '', tiaNote: '', ...extra });
const subProcessor = (r: RegisterSnapshot, extra: object) =>
  r.parties[0].subProcessors.push({ id: 'sp-1', name: 'Rechenzentrum', countryCode: '', service: 'Hosting', mechanism: 'none', ...extra });
const vouchers = (r: RegisterSnapshot) => activity(r, 'accounting_bookkeeping').retention.find((x) => x.presetId === 'accounting_vouchers')!;
const payroll = (r: RegisterSnapshot) => activity(r, 'payroll');

const FIRING: Record<RuleId, Mutation> = {
  'basis.missing': (r) => void (crm(r).purposes[0].legalBases = []),
  'basis.no-art6': (r) => void (crm(r).purposes[0].legalBases = [{ code: 'ao-147', note: '' }]),
  'basis.uwg-not-a-basis': (r) => void (activity(r, 'newsletter').purposes[0].legalBases = []),
  'basis.tdddg-not-a-basis': (r) => void (activity(r, 'cookies_analytics').purposes[0].legalBases = []),
  'basis.art9-without-art6': (r) => {
    const purpose = payroll(r).purposes.find((p) => p.legalBases.some((b) => b.code === '9-2-b'))!;
    purpose.legalBases = purpose.legalBases.filter((b) => !b.code.startsWith('6-1-'));
  },
  'basis.bdsg26-only': (r) => void (activity(r, 'personnel_file').purposes[0].legalBases = [{ code: 'bdsg-26-1', note: '' }]),
  'basis.provision-missing': (r) => void (crm(r).purposes[0].legalBases = [{ code: '6-1-c', note: '' }]),
  'basis.legitimate-interest-missing': (r) => void (crm(r).purposes.find((p) => p.legalBases.some((b) => b.code === '6-1-f'))!.legitimateInterest = ''),
  'basis.consent-proof-missing': (r) => void (activity(r, 'newsletter').purposes[0].consentRecord = ''),
  'basis.notice-is-not-consent': (r) => void (activity(r, 'newsletter').purposes[0].consentRecord = 'Der Kunde akzeptiert die Datenschutzerklärung per Checkbox.'),
  'basis.requirement-without-basis': (r) => void (activity(r, 'newsletter').purposes[0].legalBases = [{ code: '6-1-b', note: '' }]),
  // the catalogue marks health data Art. 9 whatever the stored copy says
  'special.art9-basis-missing': (r) => void crm(r).dataCategories.push({ id: 'dc-health', catalogueId: 'health_data', label: 'Gesundheit', special: 'none' }),
  'special.art10-basis-missing': (r) => void crm(r).dataCategories.push({ id: 'dc-crime', catalogueId: 'criminal_offence_data', label: 'Straftaten', special: 'none' }),
  'activity.purposes-missing': (r) => void (crm(r).purposes = []),
  'activity.data-subjects-missing': (r) => void (crm(r).dataSubjectCategories = []),
  'activity.data-categories-missing': (r) => {
    crm(r).dataCategories = [];
    crm(r).retention = crm(r).retention.map((rule) => ({ ...rule, dataCategoryIds: [] }));
  },
  'activity.toms-missing': (r) => void (crm(r).toms = { measureIds: [], specific: '', securityConceptRef: '' }),
  'activity.review-overdue': (r) => void (crm(r).nextReviewOn = '2026-11-30'),
  'activity.art14-source-missing': (r) => void (crm(r).dataSource = { fromDataSubject: false, otherSources: '', publiclyAccessible: false, otherSourceCategoryIds: [], art14Exemption: 'none', art14ExemptionNote: '' }),
  'retention.missing': (r) => void crm(r).dataCategories.push({ id: 'dc-new', catalogueId: 'date_of_birth', label: 'Geburtsdatum', special: 'none' }),
  'retention.no-trigger': (r) => void (crm(r).retention[0].trigger = ''),
  'retention.statutory-shortened': (r) => void (vouchers(r).periodAmount = 6),
  'retention.voucher-over-retention': (r) => void (vouchers(r).periodAmount = 10),
  'processor.no-avv': (r) => {
    const recipient = crm(r).recipients.find((x) => x.kind === 'processor')!;
    party(r, recipient.partyId).contracts = [];
  },
  'processor.not-linked': (r) => void (crm(r).recipients.find((x) => x.kind === 'processor')!.partyId = ''),
  'party.link-missing': (r) => void (crm(r).recipients.find((x) => x.kind === 'processor')!.partyId = 'gone'),
  'party.dpf-not-us': (r) => void (party(r, whatsapp(r).providerPartyId).dpfCertified = true),
  'subprocessor.country-missing': (r) => subProcessor(r, {}),
  'subprocessor.mechanism-missing': (r) => subProcessor(r, { countryCode: 'IN' }),
  'subprocessor.dpf-not-us': (r) => subProcessor(r, { countryCode: 'IN', mechanism: 'dpf' }),
  'transfer.privacy-shield': (r) => void (usTransfer(r).tiaNote = 'Übermittlung auf Grundlage des EU-US Privacy Shield.'),
  'transfer.destination-missing': (r) => transfer(r, { countryCode: '' }),
  'transfer.within-eea': (r) => transfer(r, { countryCode: 'FR' }),
  'transfer.adequacy-not-recorded': (r) => transfer(r, { countryCode: 'CH' }),
  'transfer.adequacy-not-available': (r) => transfer(r, { mechanism: 'adequacy' }),
  'transfer.dpf-only-us': (r) => transfer(r, { countryCode: 'CH', mechanism: 'dpf' }),
  'transfer.us-without-safeguards': (r) => void (party(r, usTransfer(r).partyId).dpfCertified = false),
  'transfer.dpf-check-missing': (r) => {
    usTransfer(r).dpfCheckedOn = '';
    party(r, usTransfer(r).partyId).dpfCheckedOn = '';
  },
  'transfer.dpf-check-outdated': (r) => {
    usTransfer(r).dpfCheckedOn = '2025-11-01';
    party(r, usTransfer(r).partyId).dpfCheckedOn = '2025-11-01';
  },
  'transfer.no-mechanism': (r) => transfer(r, {}),
  'transfer.scc-module-missing': (r) => transfer(r, { mechanism: 'scc' }),
  'transfer.art49-undocumented': (r) => transfer(r, { mechanism: 'art49_compelling_interests' }),
  'channel.private-messenger': (r) => void (whatsapp(r).catalogueId = 'whatsapp'),
  'channel.address-book-allowed': (r) => void (whatsapp(r).addressBookAccess = 'allowed'),
  'channel.address-book-unknown': (r) => void (whatsapp(r).addressBookAccess = 'unknown'),
  'channel.provider-us-entity': (r) => {
    const provider = party(r, whatsapp(r).providerPartyId);
    provider.name = 'WhatsApp LLC';
    provider.countryCode = 'US';
  },
  'dpia.not-assessed': (r) => void (payroll(r).dpia.decision = 'undecided'),
  'dpia.must-list-not-required': (r) => void (crm(r).dpia.mustListItems = ['comprehensive_profiles']),
  'dpia.not-required-unexplained': (r) => {
    payroll(r).dpia = { ...payroll(r).dpia, decision: 'not_required', reason: '' };
  },
  'dpia.required-not-performed': (r) => void (crm(r).dpia = { ...crm(r).dpia, decision: 'required', performed: false }),
  'organisation.controller-missing': (r) => void (r.organisation.address.street = ''),
  'organisation.representatives-missing': (r) => void (r.organisation.legalRepresentatives = []),
  'organisation.dpo-missing': (r) => void (r.organisation.dpo.name = ''),
  'organisation.authority-missing': (r) => void (r.organisation.supervisoryAuthority.name = ''),
};

function rulesOf(r: RegisterSnapshot): RuleId[] {
  return evaluateRegister(r, { today: TODAY }).map((f) => f.rule);
}

describe('findings engine: every rule fires and stays quiet', () => {
  it('has a firing case for every rule of the catalogue', () => {
    expect(Object.keys(FIRING).sort()).toEqual([...RULE_IDS].sort());
  });

  describe.each(RULE_IDS)('%s', (rule) => {
    it('fires', () => {
      const register = onlineShopGmbH();
      FIRING[rule](register);
      expect(rulesOf(register)).toContain(rule);
    });

    it('stays quiet on correct registers', () => {
      for (const [, build] of REALISTIC_REGISTERS) expect(rulesOf(build())).not.toContain(rule);
    });
  });
});

describe('findings engine: shape of a finding', () => {
  it('carries rule, severity, references, entity and a message in German and English', () => {
    const register = onlineShopGmbH();
    FIRING['basis.uwg-not-a-basis'](register);
    FIRING['transfer.privacy-shield'](register);
    const findings = evaluateRegister(register, { today: TODAY });
    const uwg = findings.find((f) => f.rule === 'basis.uwg-not-a-basis')!;
    expect(uwg).toMatchObject({ severity: 'error', entity: { kind: 'activity', name: activity(register, 'newsletter').name } });
    expect(uwg.references).toContain('§ 7 UWG');
    expect(uwg.message.de).toContain('§ 7 UWG ist keine Rechtsgrundlage');
    expect(uwg.message.en).toContain('Art. 6(1)(a)');
    const shield = findings.find((f) => f.rule === 'transfer.privacy-shield')!;
    expect(shield.message.de).toContain('C-311/18');
    expect(shield.message.en).toContain('16 July 2020');
    expect(shield.message.en).toContain('Data Privacy Framework');
  });

  it('fills every placeholder and names what to do, in both languages', () => {
    for (const rule of RULE_IDS) {
      const register = onlineShopGmbH();
      FIRING[rule](register);
      for (const f of evaluateRegister(register, { today: TODAY }).filter((x) => x.rule === rule)) {
        expect(f.message.de, rule).not.toMatch(/\{\w+\}/);
        expect(f.message.en, rule).not.toMatch(/\{\w+\}/);
        expect(f.references.length, rule).toBeGreaterThan(0);
        expect(f.severity).toBe(RULE_CATALOGUE[rule].severity);
        expect(RULE_CATALOGUE[rule].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('reports a channel finding once, however many activities use the channel', () => {
    const register = onlineShopGmbH();
    FIRING['channel.address-book-allowed'](register);
    crm(register).channelIds.push(whatsapp(register).id);
    const found = evaluateRegister(register, { today: TODAY }).filter((f) => f.rule === 'channel.address-book-allowed');
    expect(found).toHaveLength(1);
    expect(found[0].entity).toEqual({ kind: 'channel', id: whatsapp(register).id, name: whatsapp(register).name });
  });

  it('archived activities and ended processor records are not checked', () => {
    const register = onlineShopGmbH();
    FIRING['basis.missing'](register);
    crm(register).status = 'archived';
    expect(rulesOf(register)).not.toContain('basis.missing');
  });

  it('the JSON report has exactly rule, severity, references, entity, message', () => {
    const register = onlineShopGmbH();
    FIRING['organisation.authority-missing'](register);
    const report = findingsReport(evaluateRegister(register, { today: TODAY }), 'en');
    expect(report.findings).toEqual([
      {
        rule: 'organisation.authority-missing',
        severity: 'warning',
        references: ['Art. 13(2)(d) GDPR', 'Art. 77 GDPR'],
        entity: { kind: 'organisation', id: 'organisation', name: 'Muster Shop GmbH' },
        message: expect.stringContaining('supervisory authority'),
      },
    ]);
    expect(Object.keys(report.findings[0]).sort()).toEqual(['entity', 'message', 'references', 'rule', 'severity']);
  });

  it('a US organisation may be DPF-certified; an EU one may not', () => {
    const us = PartySchema.parse({ id: 'p-us', name: 'Meta Platforms, Inc.', countryCode: 'US', dpfCertified: true, dpfCheckedOn: '2026-10-01' });
    const ie = PartySchema.parse({ id: 'p-ie', name: 'WhatsApp Ireland Ltd.', countryCode: 'IE', dpfCertified: true });
    const register = onlineShopGmbH();
    register.parties.push(us, ie);
    const dpf = evaluateRegister(register, { today: TODAY }).filter((f) => f.rule === 'party.dpf-not-us');
    expect(dpf.map((f) => f.entity.name)).toEqual(['WhatsApp Ireland Ltd.']);
  });
});

describe('consent described as accepting the privacy notice', () => {
  it.each([
    ['Kunde akzeptiert die Datenschutzerklärung per Checkbox.', true],
    ['Mit dem Absenden stimmt der Nutzer der Datenschutzerklärung zu.', true],
    ['User agrees to our privacy policy when signing up.', true],
    ['Double-Opt-in-Protokoll; Hinweis auf die Datenschutzerklärung im Formular.', false],
    ['Consent management platform logs consent and withdrawal.', false],
  ])('%s → %s', (text, fires) => {
    const register = onlineShopGmbH();
    activity(register, 'newsletter').purposes[0].consentRecord = text;
    expect(rulesOf(register).includes('basis.notice-is-not-consent')).toBe(fires);
  });
});
