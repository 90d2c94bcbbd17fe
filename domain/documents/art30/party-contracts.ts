import type { Contract, ContractType, Party } from '../../model/party';
import type { Art30Context } from './context';
import { formatDate, joinNonEmpty } from './format';
import { fill } from './texts';

/** The contract of a type that was signed last (unsigned ones after signed ones); undefined if none. */
export function latestContract(party: Party, type: ContractType): Contract | undefined {
  const contracts = party.contracts.filter((contract) => contract.type === type);
  return contracts.sort((a, b) => (b.signedOn || '0000').localeCompare(a.signedOn || '0000'))[0];
}

/** "unterzeichnet am 01.02.2025, gültig bis 31.12.2027" (or "online akzeptiert am …") for an Art. 28 agreement (AVV/DPA). */
export function avvStatusText(contract: Contract | undefined, ctx: Art30Context): string {
  const a = ctx.texts.art30.activity;
  if (!contract) return a.avvMissing;
  const online = contract.conclusion === 'accepted_online';
  const signed = contract.signedOn
    ? fill(online ? a.avvAcceptedOnline : a.avvSigned, { date: formatDate(contract.signedOn, ctx.language) })
    : online
      ? a.avvAcceptanceDateMissing
      : a.avvNotSigned;
  const valid = contract.validUntil ? fill(a.avvValidUntil, { date: formatDate(contract.validUntil, ctx.language) }) : a.avvOpenEnded;
  return joinNonEmpty([signed, valid], ', ');
}

/** Art. 26(2): whether and where the essence of the joint-controller arrangement is made available. */
export function essenceText(party: Party | undefined, ctx: Art30Context): string {
  const a = ctx.texts.art30.activity;
  const arrangement = party ? latestContract(party, 'joint_controller_arrangement') : undefined;
  if (!arrangement) return a.jointNoArrangement;
  if (arrangement.essenceLocation.trim()) return fill(a.essenceAvailableAt, { location: arrangement.essenceLocation.trim() });
  return arrangement.essenceAvailable ? a.essenceAvailable : a.essenceNotAvailable;
}
