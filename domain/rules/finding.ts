/**
 * A problem (or notice) a check found. The findings engine (engine/finding-builder.ts,
 * `EngineFinding`) extends it with the rule id, references, entity and a bilingual message;
 * the transfer form's live check (transfer-assessment.ts) and reminders keep their own codes,
 * translated through `parties.findings.<code>` / `parties.reminders.<code>` with `params`.
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

export type FindingParams = Record<string, string | number>;

export interface Finding<Code extends string = string> {
  code: Code;
  severity: FindingSeverity;
  params: FindingParams;
}
