import { describe, expect, it } from 'vitest';
import { renderNoticePdf } from '../../backend/documents/notice-pdf';
import {
  NOTICE_CSS_CLASSES,
  buildPrivacyNotice,
  toHtml,
  toHtmlDocument,
  toMarkdown,
  toPdfDefinition,
  toPlainText,
  type PrivacyNotice,
} from '../../domain/documents/privacy-notice';
import { OrganisationSchema, type Language } from '../../domain/model';
import { extractPdfText } from '../support/pdf-text';
import { IDS, organisation, snapshot } from './notice-fixtures';
import { facts } from './notice-support';

const notice = (id: string, language: Language = 'de', overrides = {}): PrivacyNotice =>
  buildPrivacyNotice(snapshot(overrides), { kind: 'activity', activityId: id }, language);

/** Markdown back to the text a reader sees: links to their text, no emphasis, no escapes, no quote markers. */
function readMarkdown(markdown: string): string {
  return markdown
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([\\`*_[\]<>#|~&.)\-+=])/g, '$1')
    .replace(/^> ?/gm, '');
}

describe('HTML', () => {
  it('is a semantic fragment: allowed tags only, no inline styles, objection box and markers by class', () => {
    const html = toHtml(notice(IDS.shop));
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['a', 'h2', 'h3', 'li', 'p', 'section', 'strong', 'ul']);
    expect(html).not.toMatch(/style=|<script/i);
    expect(html).toMatch(new RegExp(`<section class="${NOTICE_CSS_CLASSES.objection}">\\n<h3>Information über Ihr Widerspruchsrecht`));
    expect(html.startsWith(`<section class="${NOTICE_CSS_CLASSES.notice}" lang="de">`)).toBe(true);
    expect(html).toContain('<a href="mailto:p.gross@datenschutz-sued.example">p.gross@datenschutz-sued.example</a>');
    const sparse = toHtml(notice(IDS.sparse));
    expect(sparse).toContain(`<mark class="${NOTICE_CSS_CLASSES.missing}">[FEHLT: Speicherdauer oder Kriterien für ihre Festlegung]</mark>`);
  });

  it('escapes register input: a <script> in a purpose stays text', () => {
    const html = toHtml(notice(IDS.shop));
    expect(html).toContain('Betrugsprävention &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Onlineshop &lt;Bestellungen&gt;');
    expect(html).toContain('Müller &amp; Söhne Feinkost GmbH');
    expect(html).not.toContain('<script>');
  });

  it('never links anything but mailto and https', () => {
    const hostile = OrganisationSchema.parse({ ...organisation, website: 'javascript:alert(1)', email: 'x" onmouseover="alert(1)' });
    const html = toHtml(notice(IDS.shop, 'de', { organisation: hostile }));
    expect(html).not.toMatch(/href="javascript|onmouseover="/);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => /^(mailto:|https:\/\/)/.test(m[1]))).toBe(true);
  });

  it('exports as a complete UTF-8 page around the same fragment', () => {
    const n = notice(IDS.shop, 'en');
    const page = toHtmlDocument(n);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(page).toContain(toHtml(n).trimEnd());
  });
});

describe('Markdown and plain text', () => {
  it.each(['de', 'en'] as const)('%s: carry the same facts as the structured notice', (language) => {
    for (const id of [IDS.shop, IDS.leads, IDS.sparse]) {
      const n = notice(id, language);
      const markdown = readMarkdown(toMarkdown(n));
      const text = toPlainText(n);
      for (const fact of facts(n)) {
        expect(text, `text: ${fact}`).toContain(fact);
        expect(markdown, `markdown: ${fact}`).toContain(fact);
      }
    }
  });

  it('escape Markdown syntax in register values and quote the objection box', () => {
    const markdown = toMarkdown(notice(IDS.shop));
    expect(markdown).toContain('Betrugsprävention \\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('> ### Information über Ihr Widerspruchsrecht nach Art. 21 DSGVO');
    expect(markdown).toContain('[p.gross@datenschutz-sued.example](mailto:p.gross@datenschutz-sued.example)');
    expect(toMarkdown(notice(IDS.sparse))).toContain('**\\[FEHLT: Speicherdauer oder Kriterien für ihre Festlegung\\]**');
  });

  it('frame the objection box in plain text', () => {
    const text = toPlainText(notice(IDS.shop, 'en'));
    expect(text).toMatch(/={60}\nInformation on your right to object under Art\. 21 GDPR\n-+\n\n[\s\S]*\n={60}\n$/);
  });
});

describe('PDF', () => {
  it('renders headings and register values that a reader can extract', async () => {
    const n = notice(IDS.shop);
    const pdf = await extractPdfText(await renderNoticePdf(n, { asOf: '2026-11-28', author: organisation.name }));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      n.title,
      'Name und Kontaktdaten des Verantwortlichen',
      'Müller & Söhne Feinkost GmbH',
      'p.gross@datenschutz-sued.example',
      'Vereinigte Staaten (Newsletter Inc.)',
      'Rechnungen: 8 Jahre',
      'Information über Ihr Widerspruchsrecht nach Art. 21 DSGVO',
      'Stand: 28.11.2026',
      `Seite 1 von ${pdf.pages.length}`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(pdf.info).toMatchObject({ Title: n.title, Author: organisation.name, Creator: 'VVT Desk' });
  });

  it('prints the missing markers too', async () => {
    const pdf = await extractPdfText(await renderNoticePdf(notice(IDS.sparse, 'en')));
    expect(pdf.pages.join(' ').replace(/\s+/g, ' ')).toContain('[MISSING: storage period or the criteria used to determine it]');
  });

  it('is pure data reusing the Art. 30 styles, with the objection in a box', () => {
    const definition = toPdfDefinition(notice(IDS.shop));
    expect(definition.styles.h1).toBeDefined();
    expect(JSON.stringify(definition.content)).toContain('"layout":"vvtNoticeBox"');
    expect(definition.language).toBe('de-DE');
  });
});
