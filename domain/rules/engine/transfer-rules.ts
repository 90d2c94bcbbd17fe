import { COUNTRIES } from '../../catalogues/countries';
import type { CountryEntry } from '../../catalogues/schema';
import type { LocalizedText } from '../../model/common';
import type { Party } from '../../model/party';
import type { Transfer } from '../../model/transfer';
import { assessTransfer, type TransferFindingCode } from '../transfer-assessment';
import { mentionsPrivacyShield, type AddFinding, type FindingTarget } from './finding-builder';
import type { RuleId } from './rule-catalogue';

/** Rule of each transfer-assessment code (transfer-assessment.ts keeps its own codes for the transfer form). */
export const TRANSFER_RULES: Record<TransferFindingCode, RuleId> = {
  transfer_destination_missing: 'transfer.destination-missing',
  transfer_within_eea: 'transfer.within-eea',
  adequacy_not_recorded: 'transfer.adequacy-not-recorded',
  adequacy_not_available: 'transfer.adequacy-not-available',
  dpf_only_for_us: 'transfer.dpf-only-us',
  us_not_certified_without_safeguards: 'transfer.us-without-safeguards',
  dpf_check_missing: 'transfer.dpf-check-missing',
  dpf_check_outdated: 'transfer.dpf-check-outdated',
  third_country_without_mechanism: 'transfer.no-mechanism',
  scc_module_missing: 'transfer.scc-module-missing',
  compelling_interests_undocumented: 'transfer.art49-undocumented',
};

/** The country's name in both languages, or the code (or organisation) as given. */
export function countryName(code: string, countries: readonly CountryEntry[] = COUNTRIES): LocalizedText {
  const entry = countries.find((c) => c.code === code);
  return entry ? { de: entry.label.de, en: entry.label.en } : { de: code, en: code };
}

/** Transfers of an activity or a processor record; `add` binds the entity. */
export function transferFindings(
  transfers: readonly Transfer[],
  context: { parties: readonly Party[]; today: string },
  catalogues: { countries: readonly CountryEntry[] },
  add: AddFinding,
): void {
  const partiesById = new Map(context.parties.map((p) => [p.id, p]));
  for (const transfer of transfers) {
    const target: FindingTarget = { section: 'transfer', id: transfer.id };
    const party = partiesById.get(transfer.partyId) ?? null;
    const destination = transfer.countryCode || transfer.internationalOrganisation;
    if (mentionsPrivacyShield(transfer.recipient, transfer.safeguardsDocumentation, transfer.tiaNote)) {
      add('transfer.privacy-shield', target, {
        where: { de: `Die Übermittlung nach ${countryName(destination, catalogues.countries).de}`, en: `The transfer to ${countryName(destination, catalogues.countries).en}` },
      });
    }
    for (const f of assessTransfer(transfer, { party, today: context.today, countries: catalogues.countries })) {
      add(TRANSFER_RULES[f.code], target, {
        ...f.params,
        country: transfer.countryCode ? countryName(transfer.countryCode, catalogues.countries) : String(f.params.country),
        recipient: transfer.recipient || party?.name || '',
      });
    }
  }
}

