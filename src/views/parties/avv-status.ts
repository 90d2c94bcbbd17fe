import { addDays, SOON_DAYS } from '../../../domain/rules/reminders';
import type { Contract, Party } from '../../../domain/model/party';

/**
 * Where a party's data processing agreement stands, for the list's badge. "expiring" uses the
 * reminders' horizon (SOON_DAYS); an AVV valid until today is still valid today.
 */
export type AvvStatus = 'missing' | 'unsigned' | 'signed' | 'expiring' | 'expired' | 'not_required';

export function contractStatus(contract: Pick<Contract, 'signedOn' | 'validUntil'>, today: string, soonDays = SOON_DAYS): AvvStatus {
  if (contract.validUntil && contract.validUntil < today) return 'expired';
  if (!contract.signedOn) return 'unsigned';
  if (contract.validUntil && contract.validUntil <= addDays(today, soonDays)) return 'expiring';
  return 'signed';
}

/** The best state of the party's AVVs; without any, "missing" for processors and "not_required" otherwise. */
export function avvStatus(party: Pick<Party, 'roles' | 'contracts'>, today: string, soonDays = SOON_DAYS): AvvStatus {
  const avvs = party.contracts.filter((contract) => contract.type === 'avv');
  if (!avvs.length) {
    return party.roles.includes('processor') || party.roles.includes('sub_processor') ? 'missing' : 'not_required';
  }
  const rank: AvvStatus[] = ['signed', 'expiring', 'expired', 'unsigned'];
  return avvs.map((contract) => contractStatus(contract, today, soonDays)).sort((a, b) => rank.indexOf(a) - rank.indexOf(b))[0];
}

/** Badge modifier for a status (colours in registry.css). */
export function avvBadgeClass(status: AvvStatus): string {
  if (status === 'signed') return 'badge--ok';
  if (status === 'expiring' || status === 'unsigned') return 'badge--warn';
  if (status === 'not_required') return 'badge--muted';
  return 'badge--alert';
}
