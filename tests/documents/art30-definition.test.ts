import { describe, expect, it } from 'vitest';
import {
  activityAnchor,
  activityTitle,
  buildArt30Document,
  formatDate,
  localIsoDate,
  resolveArt30Options,
  selectArt30Activities,
} from '../../domain/documents/art30';
import { breakableText } from '../../domain/documents/art30/format';
import type { PdfContent, PdfNode } from '../../domain/documents/art30/pdf-types';
import { documents } from '../../domain/i18n/messages/documents';
import { translate } from '../../domain/i18n';
import { activity, archived, emptyActivity, newsletter, payroll, snapshot } from './art30-fixtures';

const AS_OF = '2026-11-28';

/** Every node of a content tree, depth first. */
function nodes(content: PdfContent): PdfNode[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const children: PdfContent[] = [
    ...(content.stack ?? []),
    ...(content.columns ?? []),
    ...(content.ul ?? []),
    ...(content.table?.body.flat() ?? []),
    ...(Array.isArray(content.text) ? content.text : []),
  ];
  return [content, ...children.flatMap(nodes)];
}

/** All strings of a content tree, in order. */
function strings(content: PdfContent): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(strings);
  return [
    ...(typeof content.text === 'string' ? [content.text] : Array.isArray(content.text) ? content.text.flatMap(strings) : []),
    ...[...(content.stack ?? []), ...(content.columns ?? []), ...(content.ul ?? []), ...(content.table?.body.flat() ?? [])].flatMap(strings),
  ];
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

describe('buildArt30Document (pure definition, no rendering)', () => {
  const definition = buildArt30Document(snapshot(), { language: 'de', variant: 'authority', asOf: AS_OF, includeUnapproved: true });

  it('is plain data apart from the page header and footer callbacks', () => {
    const { header, footer, ...data } = definition;
    expect(typeof header).toBe('function');
    expect(typeof footer).toBe('function');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(definition).toMatchObject({ pageSize: 'A4', pageOrientation: 'portrait', language: 'de-DE' });
    expect(Math.min(...definition.pageMargins)).toBeGreaterThanOrEqual(20 * (72 / 25.4));
  });

  it('has one TOC and outline entry per printed activity plus the approval page, with link targets', () => {
    const entries = nodes(definition.content).filter((node) => node.tocItem);
    expect(entries.map((node) => node.outlineText ?? node.text)).toEqual([
      activityTitle(payroll),
      activityTitle(emptyActivity),
      activityTitle(newsletter),
      'Freigabe durch die Geschäftsführung',
    ]);
    expect(entries.every((node) => node.outline === true && typeof node.id === 'string')).toBe(true);
    expect(entries[0].id).toBe(activityAnchor(payroll));
    expect(nodes(definition.content).filter((node) => node.toc)).toHaveLength(1);
  });

  it('starts every activity section and the approval page on a new page; tables repeat their header', () => {
    const sections = nodes(definition.content).filter((node) => node.pageBreak === 'before' && node.stack?.some((c) => (c as PdfNode).tocItem));
    expect(sections).toHaveLength(4);
    const tables = nodes(definition.content).filter((node) => node.table?.headerRows === 1);
    expect(tables).toHaveLength(3);
  });

  it('marks exactly the three missing mandatory fields of an empty activity', () => {
    const only = buildArt30Document(snapshot([emptyActivity]), { language: 'de', variant: 'authority', asOf: AS_OF, includeUnapproved: true });
    const texts = strings(only.content);
    expect(texts.filter((text) => text === 'fehlt – Pflichtangabe')).toHaveLength(3);
    const full = buildArt30Document(snapshot([payroll]), { language: 'de', variant: 'authority', asOf: AS_OF, includeUnapproved: true });
    expect(strings(full.content)).not.toContain('fehlt – Pflichtangabe');
  });

  it('fills the header and footer for each page', () => {
    const footer = JSON.stringify(definition.footer!(2, 5));
    expect(footer).toContain('Seite 2 von 5');
    expect(footer).toContain('Stand: 28.11.2026');
    expect(JSON.stringify(definition.header!(1, 5))).toContain('Müller & Söhne Feinkost GmbH');
    const en = buildArt30Document(snapshot(), { language: 'en', variant: 'internal', asOf: AS_OF });
    expect(JSON.stringify(en.footer!(3, 9))).toContain('Page 3 of 9');
    expect(JSON.stringify(en.footer!(3, 9))).toContain('As of: 28 Nov 2026');
  });

  it('leaves no placeholder or message key unfilled', () => {
    for (const language of ['de', 'en'] as const) {
      for (const variant of ['authority', 'internal'] as const) {
        const built = buildArt30Document(snapshot(), { language, variant, asOf: AS_OF, includeUnapproved: true });
        const all = [...strings(built.content), ...Object.values(built.info)].join('\n');
        expect(all).not.toMatch(/\{\w+\}/);
        expect(all).not.toMatch(/\bdocuments\.\w/);
      }
    }
  });

  it('sets title, author, subject, keywords and creator', () => {
    expect(definition.info).toEqual({
      title: 'Verzeichnis von Verarbeitungstätigkeiten – Verantwortlicher (Art. 30 Abs. 1 DSGVO)',
      author: 'Müller & Söhne Feinkost GmbH',
      subject:
        'Verzeichnis von Verarbeitungstätigkeiten des Verantwortlichen nach Art. 30 Abs. 1 DSGVO – Fassung für die Aufsichtsbehörde, Stand 28.11.2026',
      keywords: 'Verzeichnis von Verarbeitungstätigkeiten, VVT, Art. 30 DSGVO, Datenschutz',
      creator: 'VVT Desk',
    });
  });
});

describe('activity selection', () => {
  it('prints approved activities for the authority (non-archived with the preview option) and everything internally', () => {
    const all = [newsletter, archived, payroll, emptyActivity];
    const approved = all.filter((a) => a.status === 'approved').map((a) => a.reference);
    expect(selectArt30Activities(all, 'authority', 'de').map((a) => a.reference)).toEqual(approved);
    expect(selectArt30Activities(all, 'authority', 'de', { includeUnapproved: true }).map((a) => a.reference)).toEqual(['VT-002', 'VT-003', 'VT-010']);
    expect(selectArt30Activities(all, 'internal', 'de').map((a) => a.reference)).toEqual(['VT-001', 'VT-002', 'VT-003', 'VT-010']);
  });

  it('sorts references numerically and activities without reference last, by name', () => {
    const make = (id: string, reference: string, name: string) => activity({ id, reference, name });
    const list = [make('1', '', 'Zeiterfassung'), make('2', 'VT-10', 'B'), make('3', '', 'Archiv'), make('4', 'VT-2', 'A')];
    expect(selectArt30Activities(list, 'internal', 'de').map((a) => a.id)).toEqual(['4', '2', '3', '1']);
  });
});

describe('formatting and options', () => {
  it('formats dates per language', () => {
    expect(formatDate('2026-11-28', 'de')).toBe('28.11.2026');
    expect(formatDate('2026-03-05T10:00:00.000Z', 'de')).toBe('05.03.2026');
    expect(formatDate('2026-11-28', 'en')).toBe('28 Nov 2026');
    expect(formatDate('', 'en')).toBe('');
  });

  it('defaults the "as of" date to today and rejects malformed dates', () => {
    expect(resolveArt30Options({ language: 'de', variant: 'authority' }, new Date(2027, 0, 9)).asOf).toBe('2027-01-09');
    expect(localIsoDate(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(() => resolveArt30Options({ language: 'de', variant: 'authority', asOf: '28.11.2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('adds invisible break opportunities to long unbroken runs only', () => {
    const compound = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz'.slice(0, 59);
    expect(breakableText(`Lohn- und Gehaltsabrechnung ${compound}`)).toBe(`Lohn- und Gehaltsabrechnung ${compound}`);
    const url = 'https://example.com/' + 'x'.repeat(100);
    const long = breakableText(url);
    expect(long.replace(/\u200B/g, '')).toBe(url);
    expect(long.split('\u200B').every((piece) => piece.length <= 40)).toBe(true);
  });
});

describe('documents message namespace', () => {
  it('has the same keys in German and English and no characters vue-i18n would interpret', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [prefix + key] : keys(value as object, `${prefix}${key}.`),
      );
    expect(keys(documents.en)).toEqual(keys(documents.de));
    for (const text of [...leaves(documents.de), ...leaves(documents.en)]) {
      expect(text.replace(/\{\w+\}/g, ''), text).not.toMatch(/[@|{}]/);
    }
  });

  it('is registered with the shared message tables', () => {
    expect(translate('de', 'documents.common.pageOf', { page: 1, pages: 2 })).toBe('Seite 1 von 2');
    expect(translate('en', 'documents.art30.toc.title')).toBe('Contents');
  });
});
