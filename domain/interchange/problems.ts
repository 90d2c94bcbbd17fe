import type { z } from 'zod';
import { jsonPath, valueAt } from './json-path';

/** What can be wrong at one place of an interchange file; each code has a bilingual text in `cli.problem`. */
export type ProblemCode =
  | 'missing'
  | 'wrong_type'
  | 'empty'
  | 'too_short'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'too_small'
  | 'too_large'
  | 'bad_date'
  | 'bad_datetime'
  | 'bad_format'
  | 'not_allowed'
  | 'unknown_field'
  | 'invalid'
  | 'not_a_register_file'
  | 'bad_version'
  | 'duplicate_id'
  | 'dangling_reference'
  | 'size_mismatch'
  | 'hash_mismatch'
  // approval data (domain/interchange/approval-checks.ts), texts in interchangeApproval.problem
  | 'revision_other_activity'
  | 'revision_not_approved'
  | 'approved_content_differs'
  | 'submission_count_mismatch'
  // catalogue checks (domain/rules/catalogue-boundary.ts), texts in legalChecks.issues
  | 'privacy_shield'
  | 'unknown_legal_basis'
  | 'not_a_legal_basis'
  | 'unknown_requirement'
  | 'unknown_catalogue_id'
  | 'unknown_country'
  | 'unknown_channel'
  | 'unknown_must_list_item';

export type ProblemParams = Record<string, string | number>;

export interface InterchangeProblem {
  /** JSON path, e.g. `$.register.activities[3].purposes[0].legalBases[0].code`. */
  path: string;
  code: ProblemCode;
  params: ProblemParams;
}

type Issue = z.core.$ZodIssue;
const MAX_SHOWN_VALUE = 60;

/** A short, printable rendering of a value found in the file. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE - 1)}…` : text;
}

/** JSON type names as the problem texts use them (translated via `cli.types`). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'number';
  return typeof value;
}

function sizeProblem(issue: Issue & { origin?: string }, small: boolean): { code: ProblemCode; params: ProblemParams } {
  const limit = Number((issue as { minimum?: unknown; maximum?: unknown })[small ? 'minimum' : 'maximum']);
  if (issue.origin === 'string') {
    if (small && limit === 1) return { code: 'empty', params: {} };
    return { code: small ? 'too_short' : 'too_long', params: { limit } };
  }
  if (issue.origin === 'array') return { code: small ? 'too_few' : 'too_many', params: { limit } };
  return { code: small ? 'too_small' : 'too_large', params: { limit } };
}

function problemsOfIssue(issue: Issue, prefix: readonly PropertyKey[], raw: unknown): InterchangeProblem[] {
  const path = [...prefix, ...issue.path];
  const at = (code: ProblemCode, params: ProblemParams = {}, where = path) => ({ path: jsonPath(where), code, params });
  const found = valueAt(raw, path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? [at('missing', { expected: issue.expected })]
        : [at('wrong_type', { expected: issue.expected, received: jsonTypeOf(found) })];
    case 'too_small':
      return [{ path: jsonPath(path), ...sizeProblem(issue, true) }];
    case 'too_big':
      return [{ path: jsonPath(path), ...sizeProblem(issue, false) }];
    case 'invalid_format':
      if (issue.format === 'date') return [at('bad_date', { value: showValue(found) })];
      if (issue.format === 'datetime') return [at('bad_datetime', { value: showValue(found) })];
      return [at('bad_format', { value: showValue(found), pattern: issue.pattern ?? issue.format })];
    case 'invalid_value':
      return [at('not_allowed', { value: showValue(found), allowed: issue.values.map((v) => showValue(v)).join(', ') })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => at('unknown_field', { field: key }, [...path, key]));
    case 'invalid_union': {
      const firstBranch = issue.errors[0];
      if (firstBranch?.length) return firstBranch.flatMap((inner) => problemsOfIssue(inner, path, raw));
      return [at('invalid', { detail: issue.message })];
    }
    default:
      return [at('invalid', { detail: issue.message })];
  }
}

/** Turns schema errors into problems with JSON paths; `raw` is the parsed file, for the values found. */
export function problemsFromZod(error: z.ZodError, raw: unknown, prefix: readonly PropertyKey[] = []): InterchangeProblem[] {
  return error.issues.flatMap((issue) => problemsOfIssue(issue as Issue, prefix, raw));
}
