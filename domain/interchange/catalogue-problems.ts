import { countFormerPseudoBases, upgradeFormerPseudoBases } from '../model/former-pseudo-bases';
import {
  activityCatalogueIssues,
  channelCatalogueIssues,
  organisationCatalogueIssues,
  partyCatalogueIssues,
  processorRecordCatalogueIssues,
  type CatalogueIssue,
} from '../rules/catalogue-boundary';
import type { InterchangeRegister } from './format';
import { jsonPath } from './json-path';
import type { InterchangeProblem } from './problems';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayAt(value: unknown, key: string): unknown[] {
  return isObject(value) && Array.isArray(value[key]) ? value[key] : [];
}

/**
 * Files written before § 7 UWG and § 25 TDDDG became additional requirements cite them as legal
 * bases: the references move to `additionalRequirements` before the schema sees the file, so
 * such a file imports (the findings engine then reports a purpose left without an Art. 6 basis).
 */
export function convertFormerPseudoBases(document: JsonObject): { document: JsonObject; converted: number } {
  const register = document.register;
  const activities = arrayAt(register, 'activities');
  const converted = activities.reduce<number>((sum, activity) => sum + countFormerPseudoBases(activity), 0);
  if (!isObject(register)) return { document, converted: 0 };
  const approvalData = convertApprovalData(register);
  if (!converted && !approvalData) return { document, converted: 0 };
  return { document: { ...document, register: { ...register, ...approvalData, activities: activities.map(upgradeFormerPseudoBases) } }, converted };
}

/**
 * Approved revisions and submissions keep activity states of their time, which may cite the
 * former pseudo-bases too; they are read the same way (and not counted again: the report
 * counts the register's activities).
 */
function convertApprovalData(register: JsonObject): JsonObject | null {
  const revisions = arrayAt(register, 'approvedRevisions');
  const submissions = arrayAt(register, 'submissions');
  const cites = (activity: unknown) => countFormerPseudoBases(activity) > 0;
  const revisionCites = revisions.some((r) => isObject(r) && cites(r.activity));
  const submissionCites = submissions.some((s) => arrayAt(s, 'activities').some(cites));
  if (!revisionCites && !submissionCites) return null;
  return {
    ...(revisionCites ? { approvedRevisions: revisions.map((r) => (isObject(r) ? { ...r, activity: upgradeFormerPseudoBases(r.activity) } : r)) } : {}),
    ...(submissionCites
      ? { submissions: submissions.map((s) => (isObject(s) && Array.isArray(s.activities) ? { ...s, activities: s.activities.map(upgradeFormerPseudoBases) } : s)) }
      : {}),
  };
}

const PRIVACY_SHIELD = /privacy[\s\-_]*shield/i;

/**
 * A transfer mechanism naming the Privacy Shield is refused with its own problem: the CJEU
 * invalidated it on 16 July 2020 (C-311/18); the way forward is the DPF or SCCs.
 */
export function privacyShieldProblems(document: JsonObject): InterchangeProblem[] {
  const problems: InterchangeProblem[] = [];
  const check = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && PRIVACY_SHIELD.test(value)) problems.push({ path: jsonPath(path), code: 'privacy_shield', params: { value } });
  };
  const register = document.register;
  arrayAt(register, 'activities').forEach((activity, i) =>
    arrayAt(activity, 'transfers').forEach((t, j) => check(isObject(t) ? t.mechanism : undefined, ['register', 'activities', i, 'transfers', j, 'mechanism'])),
  );
  arrayAt(register, 'processorRecords').forEach((record, i) =>
    arrayAt(record, 'transfers').forEach((t, j) => check(isObject(t) ? t.mechanism : undefined, ['register', 'processorRecords', i, 'transfers', j, 'mechanism'])),
  );
  // The approved revisions are what the authority version prints: the same refusal applies.
  arrayAt(register, 'approvedRevisions').forEach((revision, i) =>
    arrayAt(isObject(revision) ? revision.activity : undefined, 'transfers').forEach((t, j) =>
      check(isObject(t) ? t.mechanism : undefined, ['register', 'approvedRevisions', i, 'activity', 'transfers', j, 'mechanism']),
    ),
  );
  arrayAt(register, 'parties').forEach((party, i) =>
    arrayAt(party, 'subProcessors').forEach((s, j) => check(isObject(s) ? s.mechanism : undefined, ['register', 'parties', i, 'subProcessors', j, 'mechanism'])),
  );
  return problems;
}

function toProblems(issues: CatalogueIssue[], prefix: PropertyKey[]): InterchangeProblem[] {
  return issues.map((issue) => ({ path: jsonPath([...prefix, ...issue.path]), code: issue.code, params: { value: issue.value } }));
}

/** Catalogue ids the catalogues do not know, each with its JSON path. */
export function catalogueProblems(register: InterchangeRegister): InterchangeProblem[] {
  return [
    ...toProblems(organisationCatalogueIssues(register.organisation), ['register', 'organisation']),
    ...register.activities.flatMap((a, i) => toProblems(activityCatalogueIssues(a), ['register', 'activities', i])),
    ...register.approvedRevisions.flatMap((r, i) => toProblems(activityCatalogueIssues(r.activity), ['register', 'approvedRevisions', i, 'activity'])),
    ...register.parties.flatMap((p, i) => toProblems(partyCatalogueIssues(p), ['register', 'parties', i])),
    ...register.channels.flatMap((c, i) => toProblems(channelCatalogueIssues(c), ['register', 'channels', i])),
    ...register.processorRecords.flatMap((r, i) => toProblems(processorRecordCatalogueIssues(r), ['register', 'processorRecords', i])),
  ];
}
