import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderNoticeDocx, renderRecordDocx } from '../../backend/formats/docx-documents';
import { buildPrivacyNotice, plainText } from '../../domain/documents/privacy-notice';
import type { Activity } from '../../domain/model';
import { newsletter, payroll, snapshot } from './art30-fixtures';
import { BOTH_VARIANTS, INTERNAL_ONLY } from './expected-fields';
import { expectAllIn } from './pdf-assertions';

const AS_OF = '2026-11-28';

/** The visible text of a Word part: runs of a paragraph joined, paragraphs on their own lines. */
function partText(xml: string): string {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)].map((m) => (m[2] === 'tab' ? '\t' : m[2] === 'br' ? '\n' : decode(m[1]))).join(''),
    )
    .join('\n');
}

interface DocxContent {
  body: string;
  furniture: string;
  xml: string;
}

async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const parts = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
  return { body: partText(xml), furniture: parts.map(partText).join('\n') + parts.join(''), xml };
}

/** Every Art. 30(1) value of an activity as the record prints it. */
function fieldValues(activity: Activity): string[] {
  return [
    activity.name,
    activity.reference,
    activity.description,
    ...activity.purposes.map((p) => p.description),
    ...activity.purposes.map((p) => p.legitimateInterest).filter(Boolean),
    ...activity.dataSubjectCategories.map((d) => d.label),
    ...activity.dataCategories.map((d) => d.label),
    ...activity.recipients.map((r) => r.label),
    ...activity.transfers.map((t) => t.recipient).filter(Boolean),
    ...activity.retention.map((r) => r.description).filter(Boolean),
    ...activity.retention.map((r) => r.trigger).filter(Boolean),
    activity.toms.specific,
    activity.owner.department,
  ].filter(Boolean);
}

let internal: DocxContent;
let authority: DocxContent;
let english: DocxContent;

beforeAll(async () => {
  const render = (language: 'de' | 'en', variant: 'authority' | 'internal') =>
    renderRecordDocx(snapshot([payroll, newsletter]), { language, variant, asOf: AS_OF, includeUnapproved: true }).then(readDocx);
  [internal, authority, english] = await Promise.all([render('de', 'internal'), render('de', 'authority'), render('en', 'internal')]);
});

describe('Word export of the Art. 30 record', () => {
  it('contains every field value of each activity', () => {
    for (const activity of [payroll, newsletter]) expectAllIn(internal.body, fieldValues(activity));
    expectAllIn(authority.body, BOTH_VARIANTS);
    expectAllIn(internal.body, INTERNAL_ONLY);
    expectAllIn(internal.body, ['Art. 6 Abs. 1 lit. c DSGVO', '§ 41 EStG']);
  });

  it('uses Word headings, tables with repeating header rows and page-number fields', () => {
    expect(internal.xml).toContain('w:val="Heading1"');
    expect(internal.xml).toContain('<w:tbl>');
    expect(internal.furniture).toMatch(/PAGE/);
    expect(internal.furniture).toMatch(/NUMPAGES/);
    expect(internal.furniture).toContain('Stand: 28.11.2026');
  });

  it('is written in English on request', () => {
    expectAllIn(english.body, ['Record of processing activities', 'Source of the data', 'Messaging channels used']);
    expect(english.furniture).toContain('Page');
  });

  it('renders the processor record (Art. 30(2))', async () => {
    const processor = await renderRecordDocx(snapshot([payroll]), { language: 'de', variant: 'internal', record: 'processor', asOf: AS_OF }).then(readDocx);
    expect(processor.body).toContain('Auftragsverarbeiter');
    expect(processor.body.length).toBeGreaterThan(200);
  });
});

describe('Word export of a privacy notice', () => {
  it('contains every section and paragraph of the notice', async () => {
    const notice = buildPrivacyNotice(snapshot([payroll, newsletter]), { kind: 'activity', activityId: payroll.id }, 'de');
    const docx = await renderNoticeDocx(notice, { asOf: AS_OF }).then(readDocx);
    const expected = [notice.title, ...notice.sections.map((s) => s.heading), ...notice.sections.flatMap((s) => s.paragraphs.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.runs)] : b.items.map(plainText))))];
    expectAllIn(docx.body, expected);
  });
});
