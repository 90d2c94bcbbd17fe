import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  describeInterchangeFailure,
  readInterchangeText,
  readInterchangeValue,
  upgradeToCurrent,
  type InterchangeFailure,
} from '../../domain/interchange';
import { demoText } from './support/sample-register';

function demo(): Record<string, any> {
  return JSON.parse(demoText());
}

function failureOf(value: unknown): InterchangeFailure {
  const result = readInterchangeValue(value);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.failure;
}

function problemLines(value: unknown, language: 'de' | 'en' = 'en'): string[] {
  return describeInterchangeFailure(failureOf(value), language, 100);
}

describe('reading an interchange file', () => {
  it('accepts the demo register', () => {
    expect(readInterchangeText(demoText()).ok).toBe(true);
  });

  it('reports JSON syntax errors with line and column', () => {
    const cases: [string, number, number, string][] = [
      ['{\n  "format": "vvt-desk-register",\n  "formatVersion": 1,,\n}', 3, 22, 'unexpected_character'],
      ['{\n  "a": [1, 2\n', 3, 1, 'unexpected_end'],
      ['{"a": "tab\there"}', 1, 11, 'invalid_string'],
      ['{"a": 01}', 1, 8, 'invalid_number'],
      ['{} {}', 1, 4, 'trailing_content'],
      ['', 1, 1, 'unexpected_end'],
      ['\uFEFF{\n "a": tru }', 2, 7, 'unexpected_character'],
    ];
    for (const [text, line, column, reason] of cases) {
      const result = readInterchangeText(text);
      expect(result.ok ? null : result.failure, text).toMatchObject({ kind: 'syntax', error: { line, column, reason } });
    }
    const result = readInterchangeText('{\n  "format": x\n}');
    expect(describeInterchangeFailure((result as { failure: InterchangeFailure }).failure, 'de')).toEqual([
      "JSON-Syntaxfehler in Zeile 2, Spalte 13: unerwartetes Zeichen 'x'",
    ]);
  });

  it('names the JSON path of schema violations', () => {
    const doc = demo();
    const orders = doc.register.activities.findIndex((a: { id: string }) => a.id === 'act-orders');
    doc.register.activities[orders].purposes[0].legalBases[0].code = '';
    doc.register.activities[orders].status = 'done';
    doc.register.activities[orders].lastReviewedOn = '14.09.2026';
    doc.register.parties[0].contracts[0].art28Checklist.typo_clause = true;
    doc.register.toms[0].colour = 'blau';
    delete doc.register.channels[0].name;
    doc.register.channels[0].version = 'drei';
    expect(problemLines(doc)).toEqual([
      'The file is invalid (7 problems):',
      `  $.register.activities[${orders}].status: invalid value "done"; allowed: "draft", "in_review", "approved", "archived"`,
      `  $.register.activities[${orders}].purposes[0].legalBases[0].code: must not be empty`,
      `  $.register.activities[${orders}].lastReviewedOn: not a valid date in the form YYYY-MM-DD: "14.09.2026"`,
      '  $.register.parties[0].contracts[0].art28Checklist.typo_clause: unknown field (typo?)',
      '  $.register.channels[0].name: required field is missing (expected: text)',
      '  $.register.channels[0].version: wrong type: expected number, found text',
      '  $.register.toms[0].colour: unknown field (typo?)',
    ]);
  });

  it('speaks German too', () => {
    const doc = demo();
    doc.register.organisation.address.countryCode = 'deu';
    expect(problemLines(doc, 'de')).toEqual([
      'Die Datei ist ungültig (1 Probleme):',
      '  $.register.organisation.address.countryCode: ungültiges Format: "deu"',
    ]);
  });

  it('checks references between entities', () => {
    const doc = demo();
    const index = (collection: string, id: string) => doc.register[collection].findIndex((e: { id: string }) => e.id === id);
    const wa = index('activities', 'act-whatsapp-support');
    doc.register.activities[wa].channelIds = ['channel-whatsapp', 'channel-gone'];
    doc.register.activities[wa].toms.measureIds.push('tom-gone');
    doc.register.activities[wa].recipients[1].partyId = 'party-gone';
    doc.register.activities[wa].retention[0].dataCategoryIds.push('orders-d1');
    doc.register.processorRecords.push({ id: 'pr-1', controllerPartyId: 'party-gone' });
    const hosting = index('parties', 'party-hosting');
    doc.register.parties[hosting].contracts[0].attachmentId = 'att-gone';
    doc.register.toms.push({ ...doc.register.toms[0] });
    const lines = problemLines(doc);
    expect(lines[0]).toBe('The file is invalid (7 problems):');
    expect(lines.slice(1).sort()).toEqual(
      [
        `  $.register.toms[9].id: the id tom-backups occurs twice (first at $.register.toms[0].id)`,
        `  $.register.activities[${wa}].recipients[1].partyId: refers to a party with the id party-gone, which the file does not contain`,
        `  $.register.activities[${wa}].channelIds[1]: refers to a channel with the id channel-gone, which the file does not contain`,
        `  $.register.activities[${wa}].toms.measureIds[4]: refers to a TOM with the id tom-gone, which the file does not contain`,
        `  $.register.activities[${wa}].retention[0].dataCategoryIds[4]: refers to a data category of this activity with the id orders-d1, which the file does not contain`,
        `  $.register.processorRecords[0].controllerPartyId: refers to a party with the id party-gone, which the file does not contain`,
        `  $.register.parties[${hosting}].contracts[0].attachmentId: refers to an attachment with the id att-gone, which the file does not contain`,
      ].sort(),
    );
  });

  it('lists the first ten problems and counts the rest', () => {
    const doc = demo();
    doc.register.toms.forEach((tom: Record<string, unknown>) => {
      tom.title = '';
      tom.art32Group = 'x';
    });
    const lines = problemLines(doc);
    const limited = describeInterchangeFailure(failureOf(doc), 'en');
    expect(lines).toHaveLength(19);
    expect(limited).toHaveLength(12);
    expect(limited[11]).toBe('  … and 8 more');
  });

  it('refuses a format version from the future with a clear message', () => {
    const doc = { ...demo(), formatVersion: CURRENT_FORMAT_VERSION + 1, register: { whatever: 'changed' } };
    expect(failureOf(doc)).toEqual({ kind: 'too_new', fileVersion: CURRENT_FORMAT_VERSION + 1, supportedVersion: CURRENT_FORMAT_VERSION });
    expect(describeInterchangeFailure(failureOf(doc), 'en')[0]).toBe(
      `The file uses interchange format version ${CURRENT_FORMAT_VERSION + 1}; this version of VVT Desk reads up to version ${CURRENT_FORMAT_VERSION}. Please update VVT Desk.`,
    );
  });

  it('refuses other JSON files and bad versions with a path', () => {
    expect(problemLines([1, 2])[1]).toBe('  $: not a VVT Desk interchange file (expected: format = vvt-desk-register)');
    expect(problemLines({ format: 'other' })[1]).toBe('  $.format: not a VVT Desk interchange file (expected: format = vvt-desk-register)');
    expect(problemLines({ ...demo(), formatVersion: '1' })[1]).toBe('  $.formatVersion: invalid format version "1" (expected: an integer from 1)');
  });

  it('upgrades older versions step by step through pure functions', () => {
    const upgrades = {
      1: (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old, old: undefined }),
      2: (doc: Record<string, unknown>) => ({ ...doc, added: true }),
    };
    const outcome = upgradeToCurrent({ format: 'vvt-desk-register', formatVersion: 1, old: 'x' }, upgrades, 3);
    expect(outcome).toEqual({ ok: true, document: { format: 'vvt-desk-register', formatVersion: 3, renamed: 'x', old: undefined, added: true } });
    expect(() => upgradeToCurrent({ format: 'vvt-desk-register', formatVersion: 1 }, {}, 2)).toThrow(/No upgrade from interchange format version 1/);
  });
});
