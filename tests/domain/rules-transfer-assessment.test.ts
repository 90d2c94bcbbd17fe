import { describe, expect, it } from 'vitest';
import { PartySchema, TransferSchema, type Transfer, type TransferMechanism } from '../../domain/model';
import { assessTransfer, dpfCheckState } from '../../domain/rules/transfer-assessment';

const TODAY = '2026-06-15';

function transfer(countryCode: string, mechanism: TransferMechanism, extra: Partial<Transfer> = {}): Transfer {
  return TransferSchema.parse({ id: 't1', countryCode, recipient: 'Example Inc.', mechanism, ...extra });
}

const certified = PartySchema.parse({ id: 'p1', name: 'Meta Platforms, Inc.', dpfCertified: true, dpfCheckedOn: '2026-01-10' });
const uncertified = PartySchema.parse({ id: 'p2', name: 'Uncertified Inc.', dpfCertified: false });

function codes(t: Transfer, party: typeof certified | null = null) {
  return assessTransfer(t, { party, today: TODAY }).map((f) => f.code);
}

describe('third-country transfer assessment', () => {
  it('needs no mechanism inside the EEA', () => {
    expect(codes(transfer('IE', 'none'))).toEqual(['transfer_within_eea']);
    expect(assessTransfer(transfer('IE', 'none'), { today: TODAY })[0].severity).toBe('info');
  });

  it('accepts an adequate country with the adequacy mechanism, and asks to record it when missing', () => {
    expect(codes(transfer('CH', 'adequacy'))).toEqual([]);
    expect(codes(transfer('CH', 'none'))).toEqual(['adequacy_not_recorded']);
    expect(codes(transfer('CH', 'dpf'))).toEqual(['dpf_only_for_us']);
  });

  it('flags a missing destination', () => {
    expect(codes(transfer('', 'scc', { sccModule: '2' }))).toEqual(['transfer_destination_missing']);
  });

  it('accepts DPF to a certified US recipient checked within a year', () => {
    expect(codes(transfer('US', 'dpf'), certified)).toEqual([]);
  });

  it('flags a DPF check older than one year, and a missing one', () => {
    const old = PartySchema.parse({ ...certified, dpfCheckedOn: '2025-06-14' });
    const findings = assessTransfer(transfer('US', 'dpf'), { party: old, today: TODAY });
    expect(findings.map((f) => f.code)).toEqual(['dpf_check_outdated']);
    expect(findings[0].params).toMatchObject({ checkedOn: '2025-06-14', dueOn: '2026-06-14' });
    // exactly one year old is still valid
    expect(codes(transfer('US', 'dpf'), PartySchema.parse({ ...certified, dpfCheckedOn: '2025-06-15' }))).toEqual([]);
    expect(codes(transfer('US', 'dpf'), PartySchema.parse({ ...certified, dpfCheckedOn: '' }))).toEqual(['dpf_check_missing']);
    // the transfer's own check date counts when it is newer
    expect(codes(transfer('US', 'dpf', { dpfCheckedOn: '2026-05-01' }), old)).toEqual([]);
    // without a linked party only the transfer's date is known
    expect(codes(transfer('US', 'dpf'))).toEqual(['dpf_check_missing']);
  });

  it('flags a US recipient without certification unless SCC or BCR cover the transfer', () => {
    expect(codes(transfer('US', 'dpf', { dpfCheckedOn: '2026-01-01' }), uncertified)).toEqual(['us_not_certified_without_safeguards']);
    expect(codes(transfer('US', 'none'), uncertified)).toEqual(['us_not_certified_without_safeguards']);
    expect(codes(transfer('US', 'none'))).toEqual(['us_not_certified_without_safeguards']);
    expect(codes(transfer('US', 'scc', { sccModule: '2' }), uncertified)).toEqual([]);
    expect(codes(transfer('US', 'bcr'), uncertified)).toEqual([]);
  });

  it('flags a third country without mechanism, and adequacy where there is none', () => {
    expect(codes(transfer('CN', 'none'))).toEqual(['third_country_without_mechanism']);
    expect(codes(transfer('IN', 'adequacy'))).toEqual(['adequacy_not_available']);
    expect(codes(transfer('XX', 'none'))).toEqual(['third_country_without_mechanism']);
    expect(codes(transfer('CN', 'bcr'))).toEqual([]);
  });

  it('requires the SCC module', () => {
    expect(codes(transfer('IN', 'scc'))).toEqual(['scc_module_missing']);
    expect(codes(transfer('IN', 'scc', { sccModule: '1' }))).toEqual([]);
  });

  it('requires documented safeguards for the compelling-interests derogation (Art. 49(1) second subparagraph)', () => {
    expect(codes(transfer('IN', 'art49_compelling_interests'))).toEqual(['compelling_interests_undocumented']);
    expect(codes(transfer('IN', 'art49_compelling_interests', { safeguardsDocumentation: 'Pseudonymised export only; …' }))).toEqual([]);
    expect(codes(transfer('IN', 'art49_contract'))).toEqual([]);
  });

  it('computes when a DPF check falls due', () => {
    expect(dpfCheckState('', TODAY)).toEqual({ state: 'missing' });
    expect(dpfCheckState('2024-02-29', '2025-03-01')).toEqual({ state: 'outdated', checkedOn: '2024-02-29', dueOn: '2025-02-28' });
  });
});
