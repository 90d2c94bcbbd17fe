import { COUNTRIES } from '../catalogues/countries';
import type { CountryEntry, CountryStatus } from '../catalogues/schema';
import type { Party } from '../model/party';
import type { Transfer, TransferMechanism } from '../model/transfer';
import type { Finding, FindingParams } from './finding';
import { addYears } from './status-workflow';

/**
 * Third-country check of one transfer (Art. 44–49 GDPR, register.md § 4), in the order an
 * authority checks: destination inside the EEA? adequacy (incl. the EU–U.S. Data Privacy
 * Framework for certified recipients)? appropriate safeguards? a documented derogation?
 */
export const TRANSFER_FINDING_CODES = [
  'transfer_destination_missing',
  'transfer_within_eea',
  'adequacy_not_recorded',
  'adequacy_not_available',
  'dpf_only_for_us',
  'us_not_certified_without_safeguards',
  'dpf_check_missing',
  'dpf_check_outdated',
  'third_country_without_mechanism',
  'scc_module_missing',
  'compelling_interests_undocumented',
] as const;
export type TransferFindingCode = (typeof TRANSFER_FINDING_CODES)[number];
export type TransferFinding = Finding<TransferFindingCode> & { transferId: string };

/** A DPF certification check is relied on for one year, then the DPF list must be checked again. */
export const DPF_CHECK_VALID_YEARS = 1;

const ADEQUACY_MECHANISMS: readonly TransferMechanism[] = ['adequacy', 'dpf'];

export interface TransferAssessmentContext {
  /** The recipient party when the transfer links one (transfer.partyId). */
  party?: Party | null;
  /** Today as YYYY-MM-DD. */
  today: string;
  countries?: readonly CountryEntry[];
}

export type DpfCheckState =
  | { state: 'missing' }
  | { state: 'outdated' | 'current'; checkedOn: string; dueOn: string };

/** The more recent of the transfer's and the party's DPF check dates ('' when neither is set). */
export function latestDpfCheck(transfer: Pick<Transfer, 'dpfCheckedOn'>, party?: Pick<Party, 'dpfCheckedOn'> | null): string {
  const dates = [transfer.dpfCheckedOn, party?.dpfCheckedOn ?? ''].filter(Boolean).sort();
  return dates.at(-1) ?? '';
}

export function dpfCheckState(checkedOn: string, today: string): DpfCheckState {
  if (!checkedOn) return { state: 'missing' };
  const dueOn = addYears(checkedOn, DPF_CHECK_VALID_YEARS);
  return { state: today > dueOn ? 'outdated' : 'current', checkedOn, dueOn };
}

export function countryStatus(countryCode: string, countries: readonly CountryEntry[] = COUNTRIES): CountryStatus {
  // Countries missing from the catalogue have no adequacy decision the app knows of.
  return countries.find((c) => c.code === countryCode)?.status ?? 'third_country';
}

/** Relies on the transfer on the DPF: mechanism dpf/adequacy, or none with a certified recipient. */
function reliesOnDpf(transfer: Transfer, party: Party | null | undefined): boolean {
  return ADEQUACY_MECHANISMS.includes(transfer.mechanism) || (transfer.mechanism === 'none' && party?.dpfCertified === true);
}

export function assessTransfer(transfer: Transfer, context: TransferAssessmentContext): TransferFinding[] {
  const destination = transfer.countryCode || transfer.internationalOrganisation;
  const params: FindingParams = { country: destination, recipient: transfer.recipient, mechanism: transfer.mechanism };
  const findings: TransferFinding[] = [];
  const add = (code: TransferFindingCode, severity: TransferFinding['severity'], extra: FindingParams = {}) =>
    findings.push({ code, severity, params: { ...params, ...extra }, transferId: transfer.id });

  if (!destination) {
    add('transfer_destination_missing', 'error');
    return findings;
  }
  const status: CountryStatus = transfer.countryCode ? countryStatus(transfer.countryCode, context.countries) : 'third_country';
  if (status === 'eea') {
    add('transfer_within_eea', 'info');
    return findings;
  }

  if (status === 'adequate') {
    if (transfer.mechanism === 'none') add('adequacy_not_recorded', 'info');
    if (transfer.mechanism === 'dpf') add('dpf_only_for_us', 'warning');
  } else if (status === 'adequate_if_certified') {
    assessCertificationCountry(transfer, context, add);
  } else if (transfer.mechanism === 'none') {
    add('third_country_without_mechanism', 'error');
  } else if (ADEQUACY_MECHANISMS.includes(transfer.mechanism)) {
    // An international organisation may have an adequacy decision; the DPF exists for the US only.
    if (transfer.countryCode || transfer.mechanism === 'dpf') add('adequacy_not_available', 'error');
  }

  if (transfer.mechanism === 'scc' && !transfer.sccModule) add('scc_module_missing', 'warning');
  if (transfer.mechanism === 'art49_compelling_interests' && !transfer.safeguardsDocumentation) {
    add('compelling_interests_undocumented', 'error');
  }
  return findings;
}

type AddFinding = (code: TransferFindingCode, severity: TransferFinding['severity'], extra?: FindingParams) => void;

/** The US: adequate only for recipients certified under the EU–U.S. Data Privacy Framework. */
function assessCertificationCountry(transfer: Transfer, context: TransferAssessmentContext, add: AddFinding): void {
  const party = context.party;
  if (!reliesOnDpf(transfer, party)) {
    if (transfer.mechanism === 'none') add('us_not_certified_without_safeguards', 'error');
    return;
  }
  if (party && !party.dpfCertified) {
    add('us_not_certified_without_safeguards', 'error');
    return;
  }
  if (transfer.mechanism !== 'dpf') add('adequacy_not_recorded', 'info');
  const check = dpfCheckState(latestDpfCheck(transfer, party), context.today);
  if (check.state === 'missing') add('dpf_check_missing', 'warning');
  else if (check.state === 'outdated') add('dpf_check_outdated', 'warning', { checkedOn: check.checkedOn, dueOn: check.dueOn });
}
