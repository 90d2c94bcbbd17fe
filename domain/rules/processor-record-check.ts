import type { ValidationIssue } from '../ipc/result';
import type { Party } from '../model/party';
import type { ProcessorRecord } from '../model/processor-record';

export type ProcessorRecordProblem = 'controller_party_missing' | 'controller_party_wrong_role' | 'measure_unknown';

export interface ProcessorRecordIssue extends ValidationIssue {
  code: ProcessorRecordProblem;
  /** What the message text (workflow.errors.<code>) mentions. */
  params: Record<string, string>;
}

/**
 * Art. 30(2)(a): a processor record is kept per controller on whose behalf the organisation
 * acts, so its controller must be a recorded party with the role "client_controller"; its
 * measures must be in the register's TOM catalogue. Paths are relative to the save payload.
 */
export function processorRecordIssues(
  record: ProcessorRecord,
  controller: Party | null,
  knownMeasureIds: ReadonlySet<string>,
): ProcessorRecordIssue[] {
  const issues: ProcessorRecordIssue[] = [];
  if (!controller) {
    issues.push({
      path: 'record.controllerPartyId',
      code: 'controller_party_missing',
      message: `Party ${record.controllerPartyId} does not exist`,
      params: { id: record.controllerPartyId },
    });
  } else if (!controller.roles.includes('client_controller')) {
    issues.push({
      path: 'record.controllerPartyId',
      code: 'controller_party_wrong_role',
      message: `Party "${controller.name}" does not have the role client_controller`,
      params: { id: controller.id, name: controller.name },
    });
  }
  record.tomMeasureIds.forEach((id, index) => {
    if (!knownMeasureIds.has(id)) {
      issues.push({
        path: `record.tomMeasureIds.${index}`,
        code: 'measure_unknown',
        message: `Measure ${id} is not in the TOM catalogue`,
        params: { id },
      });
    }
  });
  return issues;
}
