import { InterchangeSchema, type InterchangeDocument } from './format';
import { parseJson, type JsonSyntaxError } from './json-syntax';
import { problemsFromZod, type InterchangeProblem } from './problems';
import { catalogueProblems, convertFormerPseudoBases, privacyShieldProblems } from './catalogue-problems';
import { checkReferences } from './references';
import { withCatalogueSpecials } from '../rules/catalogue-facts';
import { upgradeToCurrent } from './upgrade';
import { APPROVAL_DATA_FORMAT_VERSION } from './format';
import { approvalProblems } from './approval-checks';

/** Why a file cannot be imported. */
export type InterchangeFailure =
  | { kind: 'syntax'; error: JsonSyntaxError }
  /** Bytes that are not UTF-8 (e.g. Latin-1): refused rather than turned into U+FFFD. */
  | { kind: 'encoding'; byteOffset: number; line: number; column: number }
  | { kind: 'too_new'; fileVersion: number; supportedVersion: number }
  | { kind: 'invalid'; problems: InterchangeProblem[] };

export type InterchangeReadResult =
  | {
      ok: true;
      document: InterchangeDocument;
      /** legal-basis references to § 7 UWG / § 25 TDDDG moved to additional requirements */
      convertedPseudoBases?: number;
      /** The format version the file was written in (before the upgrade to the current one). */
      fileVersion: number;
      /** Whether the file carries approval data (approved revisions, submissions): format version 2 on. */
      carriesApprovalData: boolean;
    }
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
  const register = {
    ...parsed.data.register,
    activities: parsed.data.register.activities.map((a) => withCatalogueSpecials(a)),
    approvedRevisions: parsed.data.register.approvedRevisions.map((r) => ({ ...r, activity: withCatalogueSpecials(r.activity) })),
  };
  const problems = [...checkReferences(parsed.data.register), ...catalogueProblems(parsed.data.register), ...approvalProblems(register)];
  if (problems.length) return { ok: false, failure: { kind: 'invalid', problems } };
  const fileVersion = (raw as { formatVersion: number }).formatVersion;
  return {
    ok: true,
    document: { ...parsed.data, register },
    ...(converted ? { convertedPseudoBases: converted } : {}),
    fileVersion,
    carriesApprovalData: fileVersion >= APPROVAL_DATA_FORMAT_VERSION,
  };
}

/** Reads the text of an interchange file: JSON syntax first, then everything readInterchangeValue checks. */
export function readInterchangeText(text: string): InterchangeReadResult {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, failure: { kind: 'syntax', error: json.error } };
  return readInterchangeValue(json.value);
}
