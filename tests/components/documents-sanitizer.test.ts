import { describe, expect, it } from 'vitest';
import { toHtml, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import { isAllowedHref, sanitizeNoticeHtml } from '../../src/views/documents/sanitize-notice-html';

/** A small notice as main's generator renders it (escaped text, links, a marker, the objection box). */
const NOTICE: PrivacyNotice = {
  subject: { kind: 'activity', activityId: 'a-1' },
  language: 'de',
  article: 'art13',
  title: 'Datenschutzhinweise: Newsletter <Spezial>',
  intro: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Wir informieren Sie.' }] }],
  sections: [
    {
      element: 'controller',
      number: 1,
      reference: 'Art. 13 Abs. 1 lit. a DSGVO',
      heading: 'Name und Kontaktdaten des Verantwortlichen',
      paragraphs: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'emphasis', text: 'Muster GmbH' },
            { kind: 'text', text: ', E-Mail: ' },
            { kind: 'link', text: 'info@muster.example', href: 'mailto:info@muster.example' },
            { kind: 'text', text: ', ' },
            { kind: 'missing', code: 'controller_address', text: '[FEHLT: Anschrift des Verantwortlichen]' },
          ],
        },
        { kind: 'list', items: [[{ kind: 'link', text: 'muster.example', href: 'https://muster.example/datenschutz' }]] },
      ],
      status: 'missing',
      missing: ['controller_address'],
      highlighted: false,
    },
    {
      element: 'objection',
      number: null,
      reference: 'Art. 21 Abs. 4 DSGVO',
      heading: 'Widerspruchsrecht',
      paragraphs: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Sie können widersprechen.' }] }],
      status: 'complete',
      missing: [],
      highlighted: true,
    },
  ],
  missing: [{ element: 'controller', code: 'controller_address', label: 'Anschrift des Verantwortlichen' }],
};

function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('sanitizeNoticeHtml (the privacy-notice preview)', () => {
  it("keeps everything main's generator produces: structure, links, markers and the objection box", () => {
    const result = parse(sanitizeNoticeHtml(toHtml(NOTICE)));

    expect(result.querySelector('section.privacy-notice > h2')?.textContent).toBe('Datenschutzhinweise: Newsletter <Spezial>');
    expect([...result.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Name und Kontaktdaten des Verantwortlichen', 'Widerspruchsrecht']);
    expect(result.querySelector('strong')?.textContent).toBe('Muster GmbH');
    expect([...result.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['mailto:info@muster.example', 'https://muster.example/datenschutz']);
    expect(result.querySelector('mark.privacy-notice-missing')?.textContent).toBe('[FEHLT: Anschrift des Verantwortlichen]');
    expect(result.querySelector('section.privacy-notice-objection p')?.textContent).toBe('Sie können widersprechen.');
    expect(result.querySelector('ul > li > a')).not.toBeNull();
  });

  it('drops script, style and embedding elements together with their content', () => {
    const html = '<p>vorher</p><script>window.hacked = 1</script><style>body{display:none}</style><object data="x"></object><template><p>t</p></template><p>nachher</p>';
    const result = sanitizeNoticeHtml(html);
    expect(result).toBe('<p>vorher</p><p>nachher</p>');
    expect(result).not.toMatch(/script|hacked|style|object|template/i);
    // Foreign content (SVG, MathML) goes as a whole, scripts inside included.
    expect(sanitizeNoticeHtml('<p>a</p><svg><script>alert(1)</script><a href="https://x.example">l</a></svg><math><mi>x</mi></math>')).toBe('<p>a</p>');
  });

  it('removes event handlers and every other attribute outside the allowlist', () => {
    const html =
      '<img src="x" onerror="alert(1)"><p onclick="alert(2)" style="position:fixed" id="x">Text</p>' +
      '<section class="privacy-notice modal-backdrop" onmouseover="alert(3)"><h3 title="t">Ü</h3></section>' +
      '<mark class="privacy-notice-missing" tabindex="0" onfocus="alert(4)">[FEHLT]</mark><div class="evil">d</div>';
    const result = sanitizeNoticeHtml(html);

    expect(result).toBe(
      '<p>Text</p><section class="privacy-notice"><h3>Ü</h3></section><mark class="privacy-notice-missing">[FEHLT]</mark><div>d</div>',
    );
    expect(result).not.toMatch(/on\w+=|alert|style|img|tabindex/i);
  });

  it('turns javascript:, data:, http: and relative links into plain text', () => {
    const html =
      '<p><a href="javascript:alert(1)">eins</a> <a href=" JaVaScRiPt:alert(2)">zwei</a> <a href="data:text/html,<script>x</script>">drei</a> ' +
      '<a href="http://insecure.example">vier</a> <a href="/etc/passwd">fünf</a> <a href="https://ok.example" target="_top" onclick="x()">sechs</a></p>';
    const result = parse(sanitizeNoticeHtml(html));

    expect(result.textContent).toBe('eins zwei drei vier fünf sechs');
    const links = [...result.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ok.example']);
    expect(links[0].getAttributeNames().sort()).toEqual(['href', 'rel']);
    expect(result.innerHTML).not.toMatch(/javascript|data:|onclick|target/i);
  });

  it('keeps the text of unknown elements, drops comments and stays escaped', () => {
    const result = sanitizeNoticeHtml('<p>a<!-- <script>x</script> --><b>fett</b> <custom-el>&lt;img onerror=x&gt;</custom-el></p><table><tr><td>Zelle</td></tr></table>');
    expect(result).toBe('<p>afett &lt;img onerror=x&gt;</p>Zelle');
  });

  it('accepts only https and mailto addresses as link targets', () => {
    expect(isAllowedHref('https://example.org/a?b=c')).toBe(true);
    expect(isAllowedHref('mailto:dsb@example.org')).toBe(true);
    for (const href of ['http://example.org', 'javascript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//example.org', 'https://a b', '']) {
      expect(isAllowedHref(href), href).toBe(false);
    }
  });
});
