import { describe, expect, it } from 'vitest';
import { messages, translate, type MessageTree } from '../../domain/i18n';
import { countKey, createAppI18n } from '../../src/i18n';

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

const german = leaves(messages.de as unknown as MessageTree);
const english = new Map(leaves(messages.en as unknown as MessageTree));
const namespaces = Object.keys(messages.de);

describe('message tables (all namespaces in domain/i18n/messages)', () => {
  it('cover the namespaces the renderer uses', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['errors', 'app', 'start', 'organisation', 'activity', 'activityList']));
  });

  it.each(namespaces)('%s: every German text has a non-empty English text with the same placeholders', (namespace) => {
    const problems = german
      .filter(([key]) => key.startsWith(`${namespace}.`))
      .flatMap(([key, de]) => {
        const en = english.get(key);
        if (typeof en !== 'string' || en.trim() === '') return [`${key}: English text missing`];
        if (de.trim() === '') return [`${key}: German text empty`];
        const expected = placeholders(de).join(',');
        const actual = placeholders(en).join(',');
        return expected === actual ? [] : [`${key}: placeholders {${expected}} in German but {${actual}} in English`];
      });
    expect(problems).toEqual([]);
  });

  it('have no English keys without a German text', () => {
    const germanKeys = new Set(german.map(([key]) => key));
    expect([...english.keys()].filter((key) => !germanKeys.has(key))).toEqual([]);
  });

  it('contain no vue-i18n syntax besides {placeholders} (no @, |, stray braces)', () => {
    const problems = [...german, ...english.entries()]
      .filter(([, text]) => /[@|]/.test(text) || /[{}]/.test(text.replace(/\{\w+\}/g, '')))
      .map(([key, text]) => `${key}: ${text}`);
    expect(problems).toEqual([]);
  });

  it('render in vue-i18n exactly as translate() renders them for documents and the CLI', () => {
    const { global: i18n } = createAppI18n();
    const problems: string[] = [];
    for (const language of ['de', 'en'] as const) {
      i18n.locale.value = language;
      for (const [key, de] of german) {
        const params = Object.fromEntries(placeholders(de).map((name) => [name, `<${name}>`]));
        const viaVueI18n = i18n.t(key, params);
        const viaTranslate = translate(language, key, params);
        if (viaVueI18n !== viaTranslate) problems.push(`${language} ${key}: "${viaVueI18n}" ≠ "${viaTranslate}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('say "1 Tätigkeit" / "1 activity" for exactly one, never "Tätigkeit(en)" or "activity(ies)"', () => {
    const counted = ['workspace.bulk.updated', 'workspace.dashboard.step.fixErrors', 'workspace.dashboard.step.fillGaps', 'workspace.dashboard.step.review', 'workspace.dashboard.step.reminders', 'workspace.dashboard.step.warnings', 'approval.exportCheck.pending', 'registerList.copy.done', 'formats.ui.imported', 'toms.count', 'processor.record.tomCount'];
    for (const language of ['de', 'en'] as const) {
      for (const key of counted) {
        expect(translate(language, countKey(key, 1), { register: 'R', cleared: 0 })).toMatch(/\b1 (Tätigkeit|überfälligen Termin|Maßnahme|activity|overdue date|measure)\b(?!en)/);
        expect(translate(language, countKey(key, 3), { count: 3, register: 'R', cleared: 0 })).toMatch(/\b3 (Tätigkeiten|überfällige Termine|Maßnahmen|activities|overdue dates|measures)\b/);
      }
    }
    const hedged = [...german, ...english.entries()].filter(([, text]) => /Tätigkeit\(en\)|activit(y|ies)\(/.test(text)).map(([key]) => key);
    expect(hedged).toEqual([]);
  });
});
