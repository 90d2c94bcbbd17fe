import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDocumentJob } from '../../backend/documents/document-job';
import { activityTitle } from '../../domain/documents/art30';
import { messages } from '../../domain/i18n/messages';
import { archived, emptyActivity, newsletter, organisation, payroll, snapshot } from './art30-fixtures';
import { BOTH_VARIANTS, INTERNAL_ONLY } from './expected-fields';
import { expectAllIn } from './pdf-assertions';

const AS_OF = '2026-11-28';

async function printHtml(record: 'controller' | 'processor', variant: 'authority' | 'internal'): Promise<{ html: string; title: string }> {
  const options = { language: 'de' as const, variant, asOf: AS_OF, record, includeUnapproved: true };
  const result = await runDocumentJob({ output: 'html', snapshot: snapshot(), options });
  if (result.output !== 'html') throw new Error('expected HTML');
  return result;
}

function text(html: string): string {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** Markup that would load something: resource attributes, links leaving the page, CSS imports and url(). */
function externalReferences(html: string): string[] {
  const patterns = [
    /<(?:link|iframe|object|embed|base|img|script|video|audio|source|frame|form)\b[^>]*>/gi,
    /\s(?:src|srcset|action|poster|background|data|formaction|xlink:href)\s*=/gi,
    /\shref\s*=\s*(?!["']?#)[^\s>]*/gi,
    /url\s*\(/gi,
    /@import/gi,
  ];
  return patterns.flatMap((pattern) => html.match(pattern) ?? []);
}

let controller: { html: string; title: string };
let processor: { html: string; title: string };
let authority: { html: string; title: string };

beforeAll(async () => {
  [controller, processor, authority] = await Promise.all([
    printHtml('controller', 'internal'),
    printHtml('processor', 'internal'),
    printHtml('controller', 'authority'),
  ]);
});

describe('print HTML of the records', () => {
  it('contains every activity and every field of the controller record', () => {
    const all = text(controller.html);
    const a = messages.de.documents.art30.activity;
    const labels = [a.description, a.jointControllers, a.purposes, a.dataSubjects, a.dataCategories, a.recipients, a.transfers, a.retention, a.toms];
    expectAllIn(all, [
      ...[archived, payroll, emptyActivity, newsletter].map(activityTitle),
      ...labels,
      ...[a.dataSource, a.automatedDecision, a.provision, a.channels, a.status, a.owner, a.dpia],
      organisation.name,
      payroll.description,
      'Arbeitsunfähigkeitszeiten (besondere Kategorie, Art. 9 DSGVO)',
      'Steuerberatung (Auftragsverarbeiter) – Kühn & Partner Steuerberatung mbB',
      'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO), Modul 3',
      'Frist: 6 Jahre',
      'Archiviert – nicht mehr aktiv',
      'Freigabe durch die Geschäftsführung',
      ...BOTH_VARIANTS,
      ...INTERNAL_ONLY,
    ]);
    expect(controller.title).toBe('Verzeichnis von Verarbeitungstätigkeiten – Verantwortlicher (Art. 30 Abs. 1 DSGVO)');
  });

  it('keeps the variant: internal details stay out of the authority print', () => {
    const all = text(authority.html);
    expect(all).not.toContain(archived.name);
    expect(all).not.toContain('Checkliste:');
    expect(all).toContain('Entwurf – noch nicht freigegeben');
  });

  it('contains every controller of the processor record', () => {
    expectAllIn(text(processor.html), [
      'Autohaus Brenner GmbH',
      'Zahnarztpraxis Dr. Öztürk',
      'Bäckerei Lang',
      'Betrieb des WhatsApp-Business-Kundenservice',
      'Datenschutzkanzlei Ost, dsb@kanzlei-ost.example',
      'Verarbeitung im Auftrag Nr. 2 – Vertrag: AVV-2026-015',
    ]);
  });

  it('lists the TOC entries as links to the sections and repeats table headers per page', () => {
    const window = new Window();
    const doc = new window.DOMParser().parseFromString(controller.html, 'text/html');
    const links = [...doc.querySelectorAll('nav.toc a')].map((link) => link.getAttribute('href')!.slice(1));
    expect(links).toHaveLength(5);
    expect(links.every((id) => doc.getElementById(id) !== null)).toBe(true);
    expect(doc.querySelectorAll('table thead')).toHaveLength(4);
    expect(controller.html).toContain('@bottom-right{content:"Seite " counter(page) " von " counter(pages)');
  });

  it('references nothing outside the document', () => {
    for (const { html } of [controller, processor, authority]) {
      expect(externalReferences(html)).toEqual([]);
      expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    }
    // The check itself finds what it must find.
    expect(externalReferences('<img src="https://x.example/a.png"><a href="https://x.example">x</a><a href="#ok">y</a>')).toHaveLength(3);
  });
});
