import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import { InterchangeRegisterSchema } from '../interchange/format';
import { problemsFromZod } from '../interchange/problems';
import type { Activity, ActivityInput, DataCategory, Recipient, RetentionRule } from '../model/activity';
import { newId } from '../model/common';
import type { TomMeasure } from '../model/tom';
import type { ImportField } from './fields';
import { CellRecorder, SHORT_LIMIT, TEXT_LIMIT, joined, plain, shorten, type FieldCell, type RowContext } from './row-cells';
import { purposes, type Notes } from './row-purposes';
import { transfers } from './row-transfers';
import type { RowReport, ValueReport } from './report';
import { parseRetentionLine } from './retention-line';
import {
  alignedLines,
  cellEntries,
  matchDataCategory,
  matchDataSubject,
  matchDate,
  matchRecipient,
  matchRecipientKind,
  matchSpecialTag,
  matchStatus,
  matchYesNo,
  meansNothing,
  splitTag,
} from './value-match';

export type { FieldCell, RowContext } from './row-cells';

const ActivityImportSchema = InterchangeRegisterSchema.shape.activities.element;
const DATA_SUBJECT_LINE = /^(?:(?:bei |von )?(?:der |den )?betroffenen?(?: person(?:en)?)?|direkt(?: erhoben)?|(?:from )?(?:the )?data subjects?|directly)$/i;

/**
 * Entries of a list cell. With a catalogue-id column (the export writes one, hidden) the id
 * on the same line names the catalogue entry, so edited labels keep their reference.
 */
function catalogueList<T>(
  cells: FieldCell[],
  recorder: CellRecorder,
  make: (text: string, record: (value: ValueReport) => void, catalogueId: string) => T | null,
  idCells: FieldCell[] = [],
): T[] {
  const items: T[] = [];
  const ids = alignedLines(joined(idCells));
  const entriesOf = (text: string) => (ids.length ? alignedLines(text).filter(Boolean) : cellEntries(text));
  const allEntries = cells.flatMap((cell) => entriesOf(cell.text));
  const idFor = (index: number) => (ids.length === allEntries.length ? (ids[index] ?? '') : '');
  let index = 0;
  for (const cell of idCells) recorder.open(cell)({ text: shorten(cell.text.replace(/\n/g, ', ')), outcome: ids.length === allEntries.length ? 'matched' : 'free_text' });
  for (const cell of cells) {
    const record = recorder.open(cell);
    for (const entry of entriesOf(cell.text)) {
      const catalogueId = idFor(index++);
      if (meansNothing(entry)) continue;
      if (entry.length > SHORT_LIMIT) {
        record({ text: shorten(entry), outcome: 'refused', reason: 'too_long', detail: String(SHORT_LIMIT) });
        continue;
      }
      const item = make(entry, record, catalogueId);
      if (item) items.push(item);
    }
  }
  return items;
}

function dataCategory(text: string, record: (value: ValueReport) => void, catalogueId: string): DataCategory {
  const { label, tag } = splitTag(text);
  const entry = DATA_CATEGORIES.find((e) => e.id === catalogueId) ?? matchDataCategory(label);
  const special = matchSpecialTag(tag) ?? entry?.special ?? 'none';
  if (entry) record({ text, outcome: 'matched', result: entry.label.de });
  else record({ text, outcome: 'free_text', reason: 'no_catalogue_entry' });
  return { id: newId(), catalogueId: entry?.id ?? '', label, special };
}

function recipient(text: string, record: (value: ValueReport) => void, catalogueId: string): Recipient {
  const { label, tag } = splitTag(text);
  const entry = RECIPIENT_CATEGORIES.find((e) => e.id === catalogueId) ?? matchRecipient(label);
  const kind = matchRecipientKind(tag) ?? entry?.kind ?? 'other';
  if (entry) record({ text, outcome: 'matched', result: entry.label.de });
  else record({ text, outcome: 'free_text', reason: 'no_catalogue_entry' });
  return { id: newId(), catalogueId: entry?.id ?? '', label, kind, partyId: '' };
}

function retention(cells: FieldCell[], recorder: CellRecorder): RetentionRule[] {
  const rules: RetentionRule[] = [];
  for (const cell of cells) {
    const record = recorder.open(cell);
    for (const line of cellEntries(cell.text, false)) {
      if (meansNothing(line)) continue;
      const parsed = parseRetentionLine(line);
      if (!parsed) {
        record({ text: shorten(line), outcome: 'refused', reason: 'too_long', detail: String(SHORT_LIMIT) });
        continue;
      }
      record({ text: line, outcome: parsed.periodAmount !== null ? 'matched' : 'free_text' });
      rules.push({ id: newId(), dataCategoryIds: [], presetId: '', kind: 'internal', action: 'delete', ...parsed });
    }
  }
  return rules;
}

function toms(cells: FieldCell[], recorder: CellRecorder, catalogue: readonly TomMeasure[]): Activity['toms'] {
  const measureIds: string[] = [];
  const specific: string[] = [];
  const byTitle = new Map(catalogue.map((m) => [m.title.trim().toLowerCase(), m.id]));
  for (const cell of cells) {
    const record = recorder.open(cell);
    for (const line of cellEntries(cell.text, false)) {
      const id = byTitle.get(line.toLowerCase());
      if (id) {
        if (!measureIds.includes(id)) measureIds.push(id);
        record({ text: line, outcome: 'matched', result: line });
      } else {
        specific.push(line);
        record({ text: shorten(line), outcome: 'free_text', reason: 'unknown_measure' });
      }
    }
  }
  return { measureIds, specific: specific.join('\n').slice(0, TEXT_LIMIT), securityConceptRef: '' };
}

function dataSource(cells: FieldCell[], recorder: CellRecorder): Activity['dataSource'] {
  const others: string[] = [];
  let fromDataSubject = false;
  for (const cell of cells) {
    const record = recorder.open(cell);
    for (const line of cellEntries(cell.text, false)) {
      if (DATA_SUBJECT_LINE.test(line.replace(/[.]$/, ''))) {
        fromDataSubject = true;
        record({ text: line, outcome: 'matched' });
      } else {
        others.push(line);
        record({ text: shorten(line), outcome: 'free_text' });
      }
    }
  }
  return { fromDataSubject: fromDataSubject || others.length === 0, otherSources: others.join('\n').slice(0, TEXT_LIMIT), publiclyAccessible: false, otherSourceCategoryIds: [], art14Exemption: 'none', art14ExemptionNote: '' };
}

function single<T>(cells: FieldCell[], recorder: CellRecorder, match: (text: string) => T | undefined | null, reason: ValueReport['reason']): T | undefined {
  let result: T | undefined;
  for (const cell of cells) {
    const record = recorder.open(cell);
    const text = cell.text.trim();
    const value = match(text);
    if (value === undefined || value === null) record({ text: shorten(text), outcome: 'refused', reason });
    else {
      result = value;
      record({ text, outcome: 'matched', result: String(value) });
    }
  }
  return result;
}

/**
 * One activity from the cells of one row (or of several rows joined by a merged name cell).
 * Every value is reported as matched, free text or refused; the result is validated with the
 * interchange format's activity schema, so a spreadsheet and a JSON file obey the same rules.
 */
export function rowToActivity(cells: FieldCell[], ctx: RowContext): RowReport {
  const byField = new Map<ImportField, FieldCell[]>();
  for (const cell of cells) byField.set(cell.field, [...(byField.get(cell.field) ?? []), cell]);
  const recorder = new CellRecorder();
  const base = { sheet: ctx.sheet, row: ctx.row, lastRow: ctx.lastRow };

  const nameCells = byField.get('name') ?? [];
  const name = plain(nameCells, recorder, SHORT_LIMIT).split('\n')[0]?.trim() ?? '';
  if (!name) {
    for (const cell of cells.filter((c) => c.field !== 'name')) recorder.open(cell)({ text: shorten(cell.text), outcome: 'refused', reason: 'schema' });
    return { ...base, name: '', cells: recorder.reports, skipped: 'no_name' };
  }

  const notes: Notes = { lines: [] };
  const get = (field: ImportField) => byField.get(field) ?? [];
  const reference = plain(get('reference'), recorder, SHORT_LIMIT).replace(/\n/g, ' ');
  const description = plain(get('description'), recorder, TEXT_LIMIT);
  const noteText = plain(get('notes'), recorder, TEXT_LIMIT);
  const activityPurposes = purposes(byField, recorder, name, notes, ctx);
  const dataSubjectCategories = catalogueList(
    get('dataSubjects'),
    recorder,
    (text, record, catalogueId) => {
      const entry = DATA_SUBJECT_CATEGORIES.find((e) => e.id === catalogueId) ?? matchDataSubject(text);
      record(entry ? { text, outcome: 'matched', result: entry.label.de } : { text, outcome: 'free_text', reason: 'no_catalogue_entry' });
      return { id: newId(), catalogueId: entry?.id ?? '', label: text };
    },
    get('dataSubjectIds'),
  );
  const dataCategories = catalogueList(get('dataCategories'), recorder, dataCategory, get('dataCategoryIds'));
  const recipients = catalogueList(get('recipients'), recorder, recipient, get('recipientIds'));
  const activityTransfers = transfers(byField, recorder);
  const retentionRules = retention(get('retention'), recorder);
  const activityToms = toms(get('toms'), recorder, ctx.toms);
  const owner = {
    department: plain(get('department'), recorder, SHORT_LIMIT).replace(/\n/g, ' '),
    contactName: plain(get('contactName'), recorder, SHORT_LIMIT).replace(/\n/g, ' '),
    contactEmail: plain(get('contactEmail'), recorder, SHORT_LIMIT).replace(/\n/g, ' '),
  };
  const source = get('dataSource').length ? dataSource(get('dataSource'), recorder) : undefined;
  const status = single(get('status'), recorder, matchStatus, 'unknown_status');
  const dpia = single(get('dpia'), recorder, matchYesNo, 'not_yes_no');
  const lastReviewedOn = single(get('lastReviewedOn'), recorder, matchDate, 'bad_date');
  const nextReviewOn = single(get('nextReviewOn'), recorder, matchDate, 'bad_date');

  const fullDescription = [description, noteText, ...notes.lines].filter(Boolean).join('\n\n');
  const input: ActivityInput = {
    id: newId(),
    reference,
    name,
    description: fullDescription,
    status: status ?? 'draft',
    owner,
    purposes: activityPurposes,
    dataSubjectCategories,
    dataCategories,
    ...(source ? { dataSource: source } : {}),
    recipients,
    transfers: activityTransfers,
    retention: retentionRules,
    toms: activityToms,
    dpia: { decision: dpia === 'yes' ? 'required' : dpia === 'no' ? 'not_required' : 'undecided' },
    lastReviewedOn: lastReviewedOn ?? '',
    nextReviewOn: nextReviewOn ?? '',
  };
  const parsed = ActivityImportSchema.safeParse(input);
  if (!parsed.success) {
    return { ...base, name, cells: recorder.reports, skipped: 'invalid', problems: problemsFromZod(parsed.error, input) };
  }
  return { ...base, name, cells: recorder.reports, activity: parsed.data };
}

