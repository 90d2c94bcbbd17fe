import type { Activity } from '../model/activity';

export interface DetachedActivity {
  activity: Activity;
  /** How many references to parties and channels were removed. */
  cleared: number;
}

/**
 * An activity ready to leave its register (for another register or a user template): links
 * to the register's external parties and messaging channels cannot be resolved elsewhere,
 * so they are removed; recipients and transfers keep their names and labels. Measures are
 * carried over separately (see measure-transfer.ts).
 */
export function detachRegisterReferences(activity: Activity): DetachedActivity {
  let cleared = 0;
  const clearParty = <T extends { partyId: string }>(entry: T): T => {
    if (!entry.partyId) return entry;
    cleared += 1;
    return { ...entry, partyId: '' };
  };
  const recipients = activity.recipients.map(clearParty);
  const transfers = activity.transfers.map(clearParty);
  cleared += activity.jointControllerPartyIds.length + activity.channelIds.length;
  return {
    activity: { ...activity, recipients, transfers, jointControllerPartyIds: [], channelIds: [] },
    cleared,
  };
}
