import { LEGAL_BASES } from '../catalogues/legal-bases';
import type { Purpose } from '../model/activity';
import { newId } from '../model/common';
import type { ImportField } from './fields';
import { matchLegalBasis } from './legal-basis-match';
import { CellRecorder, SHORT_LIMIT, joined, shorten, type FieldCell, type RowContext } from './row-cells';
import { alignedLines, cellEntries } from './value-match';

function legalBasisLabel(code: string): string {
  return LEGAL_BASES.find((entry) => entry.id === code)?.citation.de ?? code;
}

export interface Notes {
  lines: string[];
}

/** Purposes with their legal bases and legitimate interests (aligned line by line when the counts agree). */
export function purposes(byField: Map<ImportField, FieldCell[]>, recorder: CellRecorder, name: string, notes: Notes, ctx: RowContext): Purpose[] {
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
