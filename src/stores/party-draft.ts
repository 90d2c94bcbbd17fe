import { newId } from '../../domain/model/common';
import { ContractSchema, PartySchema, type Contract, type Party, type SubProcessor } from '../../domain/model/party';

/** A new party as the form starts it: every field present, the name still empty. */
export function blankParty(): Party {
  return { ...PartySchema.parse({ id: newId(), name: '-' }), name: '' };
}

/** A new contract; an AVV unless the caller says otherwise. */
export function blankContract(type: Contract['type'] = 'avv'): Contract {
  return ContractSchema.parse({ id: newId(), type });
}

export function blankSubProcessor(): SubProcessor {
  return { id: newId(), name: '', countryCode: '', service: '', mechanism: 'none' };
}

/**
 * What "unsaved changes" compares: the party as JSON, with an unticked Art. 28 clause the
 * same as one never ticked (the checkboxes store false, a loaded contract may omit the key).
 */
export function partyFingerprint(party: Party): string {
  return JSON.stringify({
    ...party,
    contracts: party.contracts.map((contract) => ({
      ...contract,
      art28Checklist: Object.fromEntries(Object.entries(contract.art28Checklist).filter(([, ticked]) => ticked)),
    })),
  });
}
