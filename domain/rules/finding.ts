/**
 * A problem (or notice) a check found in the register. The UI and the documents translate
 * `code` through the i18n key `parties.findings.<code>` and fill its placeholders from `params`.
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

export type FindingParams = Record<string, string | number>;

export interface Finding<Code extends string = string> {
  code: Code;
  severity: FindingSeverity;
  params: FindingParams;
}
