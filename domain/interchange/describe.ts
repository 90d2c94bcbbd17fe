import { translate } from '../i18n/translate';
import type { Language } from '../model/common';
import type { InterchangeProblem, ProblemParams } from './problems';
import type { InterchangeFailure } from './read';

/** How many problems a report lists before "… and n more". */
export const SHOWN_PROBLEMS = 10;

/** Type names and reference targets inside parameters are words of the message language too. */
function localParams(language: Language, params: ProblemParams): ProblemParams {
  const local = { ...params };
  for (const key of ['expected', 'received'] as const) {
    const value = local[key];
    if (typeof value === 'string') local[key] = translateOr(language, `cli.types.${value}`, value);
  }
  if (typeof local.target === 'string') {
    const target = local.target;
    local.target = translateOr(language, `cli.targets.${target}`, translateOr(language, `interchangeApproval.targets.${target}`, target));
  }
  return local;
}

function translateOr(language: Language, key: string, fallback: string): string {
  const text = translate(language, key);
  return text === key ? fallback : text;
}

/** A character quoted for a message; invisible ones escaped (`"\t"`). */
function showCharacter(char: string): string {
  return char.charCodeAt(0) < 0x20 ? JSON.stringify(char) : `'${char}'`;
}

/** `$.register.activities[3].name: darf nicht leer sein` */
export function describeProblem(problem: InterchangeProblem, language: Language): string {
  const key = CATALOGUE_PROBLEMS.has(problem.code)
    ? `legalChecks.issues.${problem.code}`
    : APPROVAL_PROBLEMS.has(problem.code)
      ? `interchangeApproval.problem.${problem.code}`
      : `cli.problem.${problem.code}`;
  return `${problem.path}: ${translate(language, key, localParams(language, problem.params))}`;
}

const APPROVAL_PROBLEMS: ReadonlySet<string> = new Set(['revision_other_activity', 'revision_not_approved', 'approved_content_differs', 'submission_count_mismatch']);

const CATALOGUE_PROBLEMS: ReadonlySet<string> = new Set([
  'privacy_shield',
  'unknown_legal_basis',
  'not_a_legal_basis',
  'unknown_requirement',
  'unknown_catalogue_id',
  'unknown_country',
  'unknown_channel',
  'unknown_must_list_item',
]);

/** A heading and up to `limit` problem lines. */
export function describeProblems(problems: InterchangeProblem[], language: Language, limit = SHOWN_PROBLEMS): string[] {
  const lines = problems.slice(0, limit).map((p) => `  ${describeProblem(p, language)}`);
  if (problems.length > limit) lines.push(`  ${translate(language, 'cli.interchange.more', { count: problems.length - limit })}`);
  return [translate(language, 'cli.interchange.invalid', { count: problems.length }), ...lines];
}

/** The lines a user reads when a file cannot be imported. */
export function describeInterchangeFailure(failure: InterchangeFailure, language: Language, limit = SHOWN_PROBLEMS): string[] {
  switch (failure.kind) {
    case 'syntax': {
      const { line, column, reason, found } = failure.error;
      const reasonText = translate(language, `cli.json.${reason}`, { found: showCharacter(found) });
      return [translate(language, 'cli.interchange.syntax', { line, column, reason: reasonText })];
    }
    case 'encoding':
      return [translate(language, 'reliability.encoding', { byteOffset: failure.byteOffset, line: failure.line, column: failure.column })];
    case 'too_new':
      return [translate(language, 'cli.interchange.tooNew', { fileVersion: failure.fileVersion, supportedVersion: failure.supportedVersion })];
    case 'invalid':
      return describeProblems(failure.problems, language, limit);
  }
}
