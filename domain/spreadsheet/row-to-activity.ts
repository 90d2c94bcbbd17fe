import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import { LEGAL_BASES } from '../catalogues/legal-bases';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import { InterchangeRegisterSchema } from '../interchange/format';
import { problemsFromZod } from '../interchange/problems';
import type { Activity, ActivityInput, DataCategory, Purpose, Recipient, RetentionRule } from '../model/activity';
import { newId } from '../model/common';
import type { TomMeasure } from '../model/tom';
import type { Transfer } from '../model/transfer';
import type { ImportField } from './fields';
import { matchLegalBasis } from './legal-basis-match';
import type { CellReport, RowReport, ValueReport } from './report';
import { parseRetentionLine } from './retention-line';
import {
  alignedLines,
  cellEntries,
  matchCountry,
  matchDataCategory,
  matchDataSubject,
  matchDate,
  matchMechanism,
  matchRecipient,
  matchRecipientKind,
  matchSpecialTag,
  matchStatus,
  matchYesNo,
  meansNothing,
  splitTag,
} from './value-match';

/** One non-empty cell of a row, with the field its column is imported as. */
export interface FieldCell {
  column: string;
  /** Set in the form layout, where every field has its own row. */
  row?: number;
  header: string;
  field: ImportField;
  text: string;
}

export interface RowContext {
  sheet: string;
  row: number;
  lastRow: number;
  /** The register's TOM catalogue: measure titles in a TOM cell become references. */
  toms: readonly TomMeasure[];
  /** Written before each note the import adds to the description ("Hinweis aus dem Import"). */
  noteLabels: { legalBasis: string; requirement: string };
}

const ActivityImportSchema = InterchangeRegisterSchema.shape.activities.element;
const SHORT_LIMIT = 500;
const TEXT_LIMIT = 20_000;
const DATA_SUBJECT_LINE = /^(?:(?:bei |von )?(?:der |den )?betroffenen?(?: person(?:en)?)?|direkt(?: erhoben)?|(?:from )?(?:the )?data subjects?|directly)$/i;

class CellRecorder {
  readonly reports: CellReport[] = [];
  open(cell: FieldCell): (value: ValueReport) => void {
    const report: CellReport = { column: cell.column, ...(cell.row ? { row: cell.row } : {}), header: cell.header, field: cell.field, values: [] };
    this.reports.push(report);
    return (value) => report.values.push(value);
  }
}

function joined(cells: FieldCell[]): string {
  return cells.map((cell) => cell.text).join('\n');
}

/** A plain text field: taken as is, refused when longer than the model allows. */
function plain(cells: FieldCell[], recorder: CellRecorder, limit: number): string {
  const texts: string[] = [];
  for (const cell of cells) {
    const record = recorder.open(cell);
    const text = cell.text.trim();
    if (text.length > limit) record({ text: shorten(text), outcome: 'refused', reason: 'too_long', detail: String(limit) });
    else {
      record({ text: shorten(text), outcome: 'free_text' });
      texts.push(text);
    }
  }
  return texts.join('\n');
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function legalBasisLabel(code: string): string {
  return LEGAL_BASES.find((entry) => entry.id === code)?.citation.de ?? code;
}

interface Notes {
  lines: string[];
}

/** Purposes with their legal bases and legitimate interests (aligned line by line when the counts agree). */
function purposes(byField: Map<ImportField, FieldCell[]>, recorder: CellRecorder, name: string, notes: Notes, ctx: RowContext): Purpose[] {
  const purposeCells = byField.get('purposes') ?? [];
  const basisCells = byField.get('legalBases') ?? [];
  const interestCells = byField.get('legitimateInterest') ?? [];
  const purposeLines = alignedLines(joined(purposeCells));
  const basisLines = alignedLines(joined(basisCells));
  const interestLines = alignedLines(joined(interestCells));
  const aligned = purposeLines.length > 1 && basisLines.length === purposeLines.length;
  const descriptions = aligned ? purposeLines : cellEntries(joined(purposeCells));

  for (const cell of purposeCells) {
    const record = recorder.open(cell);
    for (const text of cellEntries(cell.text)) {
      if (text.length > SHORT_LIMIT) record({ text: shorten(text), outcome: 'refused', reason: 'too_long', detail: String(SHORT_LIMIT) });
      else record({ text, outcome: 'free_text' });
    }
  }
  const kept = descriptions.filter((d) => d.length <= SHORT_LIMIT);
  const result: Purpose[] = (kept.length ? kept : basisLines.length || interestLines.length ? [name] : []).map((description) => ({
    id: newId(),
    description,
    legalBases: [],
    additionalRequirements: [],
    legitimateInterest: '',
    consentRecord: '',
  }));

  const basisRecord = basisCells.length ? recorder.open(basisCells[0]) : () => {};
  // § 7 UWG / § 25 TDDDG found in the basis column: kept as additional requirements of the purposes of that line.
  let requirementsOfLine: { code: string; note: string }[] = [];
  const basesOfLine = (line: string) =>
    cellEntries(line).flatMap((entry) => {
      const match = matchLegalBasis(entry);
      if (match.kind === 'basis') {
        basisRecord({ text: entry, outcome: 'matched', result: legalBasisLabel(match.code) + (match.note ? ` (${match.note})` : '') });
        return [{ code: match.code, note: match.note }];
      }
      if (match.kind === 'requirement') {
        basisRecord({ text: entry, outcome: 'free_text', reason: 'additional_requirement' });
        requirementsOfLine.push({ code: match.code, note: entry === match.citation ? '' : entry });
      } else {
        basisRecord({ text: entry, outcome: 'free_text', reason: 'unknown_legal_basis' });
        notes.lines.push(`${ctx.noteLabels.legalBasis}: ${entry}`);
      }
      return [];
    });
  if (aligned && result.length === basisLines.length) {
    basisLines.forEach((line, index) => {
      requirementsOfLine = [];
      result[index].legalBases = basesOfLine(line);
      result[index].additionalRequirements = requirementsOfLine;
    });
  } else if (basisLines.length) {
    requirementsOfLine = [];
    const bases = basisLines.flatMap(basesOfLine);
    if (result.length > 1 && bases.length) basisRecord({ text: '', outcome: 'free_text', reason: 'bases_for_all_purposes' });
    for (const purpose of result) {
      purpose.legalBases = bases.map((b) => ({ ...b }));
      purpose.additionalRequirements = requirementsOfLine.map((r) => ({ ...r }));
    }
  }

  for (const cell of interestCells) recorder.open(cell)({ text: shorten(cell.text), outcome: 'free_text' });
  if (interestLines.length && interestLines.length === result.length) interestLines.forEach((line, index) => (result[index].legitimateInterest = line));
  else if (interestLines.length) {
    const text = interestLines.filter(Boolean).join('\n');
    const target = result.filter((p) => p.legalBases.some((b) => b.code === '6-1-f'));
    for (const purpose of target.length ? target : result.slice(0, 1)) purpose.legitimateInterest = text;
  }
  return result;
}

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

/** "USA", "US – Mailchimp (SCC)", "Vereinigte Staaten: DPF" */
function countryAndRest(line: string): { country: ReturnType<typeof matchCountry>; rest: string } {
  const whole = matchCountry(line);
  if (whole) return { country: whole, rest: '' };
  const split = /^(.+?)\s*(?::|–|—| - |,|\()\s*(.*?)\)?$/.exec(line);
  if (split) {
    const country = matchCountry(split[1]);
    if (country) return { country, rest: split[2].trim() };
  }
  return { country: undefined, rest: '' };
}

function transfers(byField: Map<ImportField, FieldCell[]>, recorder: CellRecorder): Transfer[] {
  const countryCells = byField.get('thirdCountries') ?? [];
  const safeguardCells = byField.get('transferSafeguards') ?? [];
  const recipientCells = byField.get('transferRecipients') ?? [];
  const safeguardLines = alignedLines(joined(safeguardCells));
  const recipientLines = alignedLines(joined(recipientCells));
  const result: { transfer: Transfer; line: number }[] = [];
  let line = 0;
  for (const cell of countryCells) {
    const record = recorder.open(cell);
    for (const text of alignedLines(cell.text)) {
      const index = line++;
      if (!text || meansNothing(text)) continue;
      const { country, rest } = countryAndRest(text);
      if (!country) {
        record({ text, outcome: 'refused', reason: 'unknown_country' });
        continue;
      }
      if (country.status === 'eea') {
        record({ text, outcome: 'refused', reason: 'eea_country', result: country.label.de });
        continue;
      }
      record({ text, outcome: 'matched', result: `${country.label.de} (${country.code})` });
      const transfer: Transfer = {
        id: newId(),
        countryCode: country.code,
        internationalOrganisation: '',
        recipient: '',
        partyId: '',
        mechanism: 'none',
        sccModule: '',
        dpfCheckedOn: '',
        safeguardsDocumentation: '',
        tiaNote: '',
      };
      if (rest) {
        const mechanism = matchMechanism(rest);
        if (mechanism) transfer.mechanism = mechanism;
        else transfer.recipient = rest.slice(0, SHORT_LIMIT);
      }
      result.push({ transfer, line: index });
    }
  }
  const lineValue = (lines: string[], index: number) => (lines.length === 1 ? lines[0] : (lines[index] ?? ''));

  const safeguardRecord = safeguardCells.length ? recorder.open(safeguardCells[0]) : () => {};
  const recipientRecord = recipientCells.length ? recorder.open(recipientCells[0]) : () => {};
  for (const { transfer, line: index } of result) {
    const safeguard = lineValue(safeguardLines, index);
    if (safeguard) {
      const mechanism = matchMechanism(safeguard);
      if (mechanism) {
        transfer.mechanism = mechanism;
        safeguardRecord({ text: safeguard, outcome: 'matched', result: mechanism });
      } else {
        transfer.safeguardsDocumentation = safeguard;
        safeguardRecord({ text: safeguard, outcome: 'free_text', reason: 'unknown_mechanism' });
      }
    }
    const recipientText = lineValue(recipientLines, index);
    if (recipientText) {
      transfer.recipient = recipientText.slice(0, SHORT_LIMIT);
      recipientRecord({ text: recipientText, outcome: 'free_text' });
    }
  }
  return result.map((r) => r.transfer);
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

