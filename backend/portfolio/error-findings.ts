import type { Activity } from '../../domain/model/activity';
import type { Channel } from '../../domain/model/channel';
import type { Party } from '../../domain/model/party';
import { collectFindings } from '../../domain/rules/findings';

/**
 * How many findings of severity "error" the register's activities have. The one place the
 * portfolio asks the findings rules, so a richer rules engine only changes this function.
 */
export function countErrorFindings(register: { activities: readonly Activity[]; parties: readonly Party[]; channels: readonly Channel[] }, today: string): number {
  return collectFindings(register.activities, { parties: register.parties, channels: register.channels, today })
    .flatMap((a) => a.findings)
    .filter((f) => f.severity === 'error').length;
}
