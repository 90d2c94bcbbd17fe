import type { Language } from '../model/common';
import { LEGAL_BASES } from '../catalogues/legal-bases';
import { translate } from '../i18n/translate';

/** One changed field, with both values as readable text ('' when empty). */
export interface FieldChange {
  /** Field path, e.g. "description" or "owner.department". */
  field: string;
  before: string;
  after: string;
}

/** Bookkeeping every entity carries; never reported as a change. */
const ALWAYS_IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

export interface ReadableContext {
  language: Language;
  /** Names of referenced entities by id (parties, channels, measures, …), so ids read as names. */
  names?: ReadonlyMap<string, string>;
}

export interface FieldChangeOptions extends ReadableContext {
  /** Further top-level fields to leave out (e.g. the workflow fields of an activity). */
  ignore?: readonly string[];
}

/**
 * The fields in which two states of an entity differ, in the order of the newer state's
 * fields. Nested objects (owner, DPIA, …) are compared field by field; lists as a whole.
 */
export function fieldChanges(before: unknown, after: unknown, options: FieldChangeOptions): FieldChange[] {
  const ignored = new Set([...ALWAYS_IGNORED, ...(options.ignore ?? [])]);
  const changes: FieldChange[] = [];
  const a = asRecord(before);
  const b = asRecord(after);
  for (const key of unionKeys(b, a)) {
    if (ignored.has(key)) continue;
    const x = a[key];
    const y = b[key];
    if (isPlainObject(x) || isPlainObject(y)) {
      const nx = asRecord(x);
      const ny = asRecord(y);
      for (const sub of unionKeys(ny, nx)) pushChange(changes, `${key}.${sub}`, nx[sub], ny[sub], options);
    } else {
      pushChange(changes, key, x, y, options);
    }
  }
  return changes;
}

/** Only what reads differently is a change: re-created rows with new ids but the same content are not. */
function pushChange(changes: FieldChange[], field: string, x: unknown, y: unknown, ctx: ReadableContext): void {
  const read = (v: unknown) => (field === 'status' && typeof v === 'string' ? translate(ctx.language, `activity.status.${v}`) : readableValue(v, ctx));
  const before = read(x);
  const after = read(y);
  if (before !== after) changes.push({ field, before, after });
}

/** A field's label in the language ("owner.department" → "Zuständige Abteilung"); the path itself if none is known. */
export function fieldLabel(entity: string, field: string, language: Language): string {
  const key = `changes.fields.${entity}.${field.replace(/\./g, '_')}`;
  const label = translate(language, key);
  return label === key ? field : label;
}

const NAME_KEYS = ['label', 'name', 'description', 'title', 'fileName'] as const;

/** A value as a person reads it: texts as they are, yes/no, lists joined with "; ", objects by their name. */
export function readableValue(value: unknown, ctx: ReadableContext): string {
  const { language } = ctx;
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return translate(language, value ? 'changes.values.yes' : 'changes.values.no');
  if (typeof value === 'string') return ctx.names?.get(value) ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => readableValue(item, ctx)).filter(Boolean).join('; ');
  if (isPlainObject(value)) return readableObject(value, ctx);
  return String(value);
}

function readableObject(value: Record<string, unknown>, ctx: ReadableContext): string {
  const { language } = ctx;
  // Purposes: "description (6-1-b: note)"; legal bases "6-1-c (§ 41 EStG)".
  if (typeof value.code === 'string' && 'note' in value) {
    const citation = LEGAL_BASES.find((b) => b.id === value.code)?.citation[language] ?? value.code;
    return value.note ? `${citation}, ${String(value.note)}` : citation;
  }
  const nameKey = NAME_KEYS.find((k) => typeof value[k] === 'string' && value[k] !== '');
  const details: string[] = [];
  if (Array.isArray(value.legalBases) && value.legalBases.length) details.push(readableValue(value.legalBases, ctx));
  if (value.special === 'art9' || value.special === 'art10') details.push(translate(language, `changes.values.special.${value.special}`));
  if (typeof value.periodAmount === 'number') details.push(`${value.periodAmount} ${translate(language, `parties.periodUnits.${String(value.periodUnit)}`)}`);
  else if (typeof value.periodText === 'string' && value.periodText) details.push(value.periodText);
  if (typeof value.countryCode === 'string' && value.countryCode) details.push(value.countryCode);
  if (nameKey) {
    const name = String(value[nameKey]);
    return details.length ? `${name} (${details.join(', ')})` : name;
  }
  const parts = Object.entries(value)
    .filter(([k, v]) => !ALWAYS_IGNORED.has(k) && v !== '' && v !== null && v !== undefined && !(Array.isArray(v) && !v.length))
    .map(([, v]) => readableValue(v, ctx))
    .filter(Boolean);
  return [...parts, ...details].join(', ');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

function unionKeys(first: Record<string, unknown>, second: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(first), ...Object.keys(second)])];
}
