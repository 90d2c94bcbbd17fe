import type { InterchangeRegister } from '../../domain/interchange';

/** Parameters of the `cli.done.counts` text. */
export function registerCounts(register: InterchangeRegister): Record<string, number> {
  return {
    activities: register.activities.length,
    parties: register.parties.length,
    channels: register.channels.length,
    processorRecords: register.processorRecords.length,
    toms: register.toms.length,
    attachments: register.attachments.length,
  };
}
