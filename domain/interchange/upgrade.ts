import { CURRENT_FORMAT_VERSION, INTERCHANGE_FORMAT } from './format';
import type { InterchangeProblem } from './problems';

type JsonObject = Record<string, unknown>;

/** Turns a document of version n into version n + 1; pure, never sees a newer document. */
export type FormatUpgrade = (document: JsonObject) => JsonObject;

/**
 * Version 1 → 2: version 2 added the approval data (approved revisions, submissions). A
 * version 1 file has none, so both lists start empty; what an activity marked approved in such
 * a file becomes is decided by the import (domain/interchange/approval-import.ts) and reported.
 * A version 1 file that already names the new fields keeps them, so the schema checks them.
 */
function addApprovalData(document: JsonObject): JsonObject {
  const register = document.register;
  if (!isObject(register)) return document;
  return { ...document, register: { approvedRevisions: [], submissions: [], ...register } };
}

/** UPGRADES[n] upgrades version n to n + 1. */
export const UPGRADES: Readonly<Record<number, FormatUpgrade>> = { 1: addApprovalData };

export type VersionOutcome =
  | { ok: true; document: JsonObject }
  | { ok: false; tooNew: { fileVersion: number; supportedVersion: number } }
  | { ok: false; problems: InterchangeProblem[] };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Recognises the file, refuses versions from the future and upgrades older ones step by step. */
export function upgradeToCurrent(
  raw: unknown,
  upgrades: Readonly<Record<number, FormatUpgrade>> = UPGRADES,
  current: number = CURRENT_FORMAT_VERSION,
): VersionOutcome {
  if (!isObject(raw) || raw.format !== INTERCHANGE_FORMAT) {
    const path = isObject(raw) ? '$.format' : '$';
    return { ok: false, problems: [{ path, code: 'not_a_register_file', params: { format: INTERCHANGE_FORMAT } }] };
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ path: '$.formatVersion', code: 'bad_version', params: { value: JSON.stringify(version) ?? 'undefined' } }] };
  }
  if (version > current) {
    return { ok: false, tooNew: { fileVersion: version, supportedVersion: current } };
  }
  let document = raw;
  for (let step = version; step < current; step++) {
    const upgrade = upgrades[step];
    if (!upgrade) throw new Error(`No upgrade from interchange format version ${step} to ${step + 1}`);
    document = { ...upgrade(document), formatVersion: step + 1 };
  }
  return { ok: true, document };
}
