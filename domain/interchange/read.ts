import { InterchangeSchema, type InterchangeDocument } from './format';
import { parseJson, type JsonSyntaxError } from './json-syntax';
import { problemsFromZod, type InterchangeProblem } from './problems';
import { catalogueProblems, convertFormerPseudoBases, privacyShieldProblems } from './catalogue-problems';
import { checkReferences } from './references';
import { withCatalogueSpecials } from '../rules/catalogue-facts';
import { upgradeToCurrent } from './upgrade';

/** Why a file cannot be imported. */
export type InterchangeFailure =
  | { kind: 'syntax'; error: JsonSyntaxError }
  /** Bytes that are not UTF-8 (e.g. Latin-1): refused rather than turned into U+FFFD. */
  | { kind: 'encoding'; byteOffset: number; line: number; column: number }
  | { kind: 'too_new'; fileVersion: number; supportedVersion: number }
  | { kind: 'invalid'; problems: InterchangeProblem[] };

export type InterchangeReadResult =
  | { ok: true; document: InterchangeDocument; /** legal-basis references to § 7 UWG / § 25 TDDDG moved to additional requirements */ convertedPseudoBases?: number }
  | { ok: false; failure: InterchangeFailure };

/** Version check, upgrade, schema validation and reference checks of already parsed JSON. */
export function readInterchangeValue(raw: unknown): InterchangeReadResult {
  const upgraded = upgradeToCurrent(raw);
  if (!upgraded.ok) {
    return 'tooNew' in upgraded
      ? { ok: false, failure: { kind: 'too_new', ...upgraded.tooNew } }
      : { ok: false, failure: { kind: 'invalid', problems: upgraded.problems } };
  }
  const shield = privacyShieldProblems(upgraded.document);
  if (shield.length) return { ok: false, failure: { kind: 'invalid', problems: shield } };
  const { document, converted } = convertFormerPseudoBases(upgraded.document);
  const parsed = InterchangeSchema.safeParse(document);
  if (!parsed.success) {
    return { ok: false, failure: { kind: 'invalid', problems: problemsFromZod(parsed.error, document) } };
  }
  const problems = [...checkReferences(parsed.data.register), ...catalogueProblems(parsed.data.register)];
  if (problems.length) return { ok: false, failure: { kind: 'invalid', problems } };
  const register = { ...parsed.data.register, activities: parsed.data.register.activities.map((a) => withCatalogueSpecials(a)) };
  return { ok: true, document: { ...parsed.data, register }, ...(converted ? { convertedPseudoBases: converted } : {}) };
}

/** Reads the text of an interchange file: JSON syntax first, then everything readInterchangeValue checks. */
export function readInterchangeText(text: string): InterchangeReadResult {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, failure: { kind: 'syntax', error: json.error } };
  return readInterchangeValue(json.value);
}
