import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { PdfContent, PdfDocumentDefinition, PdfTableLayout } from '../../domain/documents/art30/pdf-types';
import { definitionToHtml, PRINT_CSP } from '../../domain/documents/html';

function definition(content: PdfContent[], extra: Partial<PdfDocumentDefinition> = {}): PdfDocumentDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [62, 76, 57, 64],
    content,
    styles: { h1: { fontSize: 14, bold: true, color: '#1F3A5F', margin: [0, 0, 0, 6] }, muted: { color: '#5F6B7A' } },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: '#1F2933' },
    info: { title: 'Prüfbericht <A&B>' },
    language: 'de-DE',
    ...extra,
  };
}

function parse(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const LAYOUT: PdfTableLayout = {
  hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0.8 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => '#C9D1DB',
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

describe('definitionToHtml', () => {
  it('is a complete document: doctype, language, title, charset, strict CSP, A4 @page with the margins', () => {
    const html = definitionToHtml(definition(['x']));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const doc = parse(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('de-DE');
    expect(doc.title).toBe('Prüfbericht <A&B>');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(PRINT_CSP);
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(PRINT_CSP).not.toMatch(/script-src|unsafe-eval|https?:/);
    expect(html).toContain('@page{size:A4 portrait;margin:76pt 57pt 64pt 62pt;');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('converts text, inline runs, stacks, columns, lists, canvas lines and links', () => {
    const doc = parse(
      definitionToHtml(
        definition([
          'plain',
          { text: ['Label: ', { text: 'bold', bold: true, color: '#B3261E' }, { text: ' link', linkToDestination: 'target-1' }] },
          { stack: ['one', { text: 'two', style: 'muted' }], margin: [1, 2, 3, 4] },
          { columns: [{ text: 'left', width: 100 }, { text: 'middle', width: '*' }, { text: 'right', width: 'auto', alignment: 'right' }], columnGap: 10 },
          { ul: ['a', { text: 'b' }], markerColor: '#5F6B7A' },
          { ol: ['first', 'second'] },
          { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 200, y2: 4, lineWidth: 0.5, lineColor: '#C9D1DB' }] },
        ]),
      ),
    );
    const body = doc.body;
    expect(body.textContent).toContain('plain');
    const bold = [...body.querySelectorAll('span')].find((span) => span.textContent === 'bold')!;
    expect(bold.getAttribute('style')).toContain('font-weight:bold');
    expect(bold.getAttribute('style')).toContain('color:#B3261E');
    expect(body.querySelector('a[href="#target-1"]')?.textContent).toBe(' link');
    const stack = body.querySelector('.stack')!;
    expect(stack.children).toHaveLength(2);
    expect(stack.getAttribute('style')).toContain('margin:2pt 3pt 4pt 1pt');
    expect(stack.children[1].className).toContain('s-muted');
    const columns = body.querySelector('.columns')!;
    expect(columns.getAttribute('style')).toContain('gap:10pt');
    expect([...columns.children].map((column) => column.getAttribute('style'))).toEqual(['flex:0 0 100pt', 'flex:1 1 0', 'flex:0 1 auto']);
    expect(body.querySelector('ul')!.querySelectorAll('li')).toHaveLength(2);
    expect(body.querySelector('ul')!.getAttribute('style')).toContain('--marker:#5F6B7A');
    expect([...body.querySelector('ol')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['first', 'second']);
    expect(body.querySelector('.canvas .rule')!.getAttribute('style')).toContain('width:200pt');
  });

  it('converts tables: repeated header rows in thead, widths, colSpan, cell fill, named layout as class', () => {
    const html = definitionToHtml(
      definition([
        {
          table: {
            widths: [138, 300],
            headerRows: 1,
            body: [
              ['Angabe', 'Inhalt'],
              [{ text: 'Divider', colSpan: 2, fillColor: '#E6ECF3' }, {}],
              [{ text: 'Label', fillColor: '#F5F7FA' }, { stack: ['v1', 'v2'] }],
            ],
          },
          layout: 'vvtKeyValue',
        },
        { table: { widths: ['*'], body: [['no layout']] } },
      ]),
      { tableLayouts: { vvtKeyValue: LAYOUT } },
    );
    const doc = parse(html);
    const [table, plain] = [...doc.querySelectorAll('table')];
    expect(table.className).toContain('layout-vvtKeyValue');
    expect(plain.className).toContain('layout-default');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Angabe', 'Inhalt']);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelectorAll('td')).toHaveLength(1);
    expect(rows[0].querySelector('td')!.getAttribute('colspan')).toBe('2');
    expect(rows[0].querySelector('td')!.getAttribute('style')).toBe('background-color:#E6ECF3');
    expect([...table.querySelectorAll('col')].map((col) => col.getAttribute('style'))).toEqual(['width:138pt', 'width:300pt']);
    expect(html).toContain('table.layout-vvtKeyValue{border-top:0.8pt solid #C9D1DB');
    expect(html).toContain('padding:4pt 5pt 4pt 5pt');
    expect(html).toContain('thead{display:table-header-group}');
  });

  it('turns the TOC into a linked list of the headings and page breaks into CSS breaks', () => {
    const doc = parse(
      definitionToHtml(
        definition([
          { toc: { title: { text: 'Inhaltsverzeichnis', style: 'h1' } }, pageBreak: 'before' },
          { stack: [{ text: 'VT-1 – Lohn', style: 'h1', id: 'activity-1', tocItem: true, outlineText: 'VT-1 – Lohn' }], pageBreak: 'before' },
          { stack: [{ text: 'Freigabe', id: 'approval', tocItem: true }], pageBreak: 'after', unbreakable: true },
        ]),
      ),
    );
    const toc = doc.querySelector('nav.toc')!;
    expect(toc.querySelector('.s-h1')!.textContent).toBe('Inhaltsverzeichnis');
    expect([...toc.querySelectorAll('li a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#activity-1', 'VT-1 – Lohn'],
      ['#approval', 'Freigabe'],
    ]);
    expect(toc.getAttribute('style')).toContain('break-before:page');
    const heading = doc.getElementById('activity-1')!;
    expect(heading.tagName).toBe('H2');
    expect(heading.className).toContain('s-h1');
    expect(heading.parentElement!.getAttribute('style')).toContain('break-before:page');
    const last = doc.getElementById('approval')!.parentElement!;
    expect(last.getAttribute('style')).toContain('break-after:page');
    expect(last.getAttribute('style')).toContain('break-inside:avoid');
  });

  it('turns named styles into classes and the default style into the body rule', () => {
    const html = definitionToHtml(definition([{ text: 'T', style: ['h1', 'muted'] }]));
    expect(html).toContain('.s-h1{font-size:14pt;font-weight:bold;color:#1F3A5F;margin:0pt 0pt 6pt 0pt}');
    expect(html).toContain('body{font-size:9.5pt;line-height:1.2;color:#1F2933}');
    expect(parse(html).body.querySelector('.s-h1.s-muted')!.textContent).toBe('T');
  });

  it('puts the running header and footer into @page margin boxes with page counters', () => {
    const html = definitionToHtml(
      definition(['x'], {
        header: () => ({ columns: [{ text: 'Müller "&" Söhne </style>', width: 200 }, { text: 'Verzeichnis', alignment: 'right', width: 200 }] }),
        footer: (page, pages) => ({
          columns: [
            { text: 'Stand: 28.11.2026', style: 'muted', width: 100 },
            { text: 'Interne Fassung', alignment: 'center', width: 100 },
            { text: `Seite ${page} von ${pages}`, alignment: 'right', width: 100 },
          ],
        }),
      }),
    );
    expect(html).toContain('@top-left{content:"Müller \\22 &\\22  Söhne \\3c /style\\3e "');
    expect(html).toContain('@top-right{content:"Verzeichnis"');
    expect(html).toContain('@bottom-left{content:"Stand: 28.11.2026";vertical-align:top;color:#5F6B7A}');
    expect(html).toContain('@bottom-center{content:"Interne Fassung"');
    expect(html).toContain('@bottom-right{content:"Seite " counter(page) " von " counter(pages)');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('escapes user text everywhere: no markup, no attribute breakout, no stylesheet breakout', () => {
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)> " ' & </style>`;
    const html = definitionToHtml(
      definition([evil, { text: [evil, { text: evil }] }, { table: { widths: [100], body: [[evil]] } }, { ul: [evil] }, { stack: [{ text: evil, id: 'x" onclick="y', tocItem: true }] }], {
        info: { title: evil },
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(doc.querySelector('h2')!.id).toBe('x__onclick__y');
    expect(doc.title).toBe(evil);
    expect(doc.body.textContent!.split(evil).length - 1).toBeGreaterThanOrEqual(6);
  });

  it('drops colours and sizes that are not plain values', () => {
    const html = definitionToHtml(definition([{ text: 'x', color: 'red;background:url(https://evil.example/)', fontSize: Number.NaN }]));
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('NaN');
  });

  it('reports progress per top-level block', () => {
    const calls: [number, number][] = [];
    definitionToHtml(definition(['a', 'b', 'c']), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
