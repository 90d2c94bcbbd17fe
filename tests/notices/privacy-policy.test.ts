import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { POLICY_WIDE_ELEMENTS, buildPrivacyPolicy, policyAsNotice, type PrivacyPolicy } from '../../domain/documents/privacy-policy';
import { toHtml, toMarkdown, toPlainText, type NoticeSectionCode } from '../../domain/documents/privacy-notice';
import { messages } from '../../domain/i18n/messages';
import { OrganisationSchema } from '../../domain/model';
import { vvt } from '../cli/support/run-vvt';
import { useTempDir } from '../support/temp-dir';
import { DEMO_FILE } from '../interchange/support/sample-register';
import { IDS, organisation, snapshot } from './notice-fixtures';

const tempDir = useTempDir();
const ALL = { activityIds: [IDS.shop, IDS.contract, IDS.leads, IDS.support], channelIds: [IDS.whatsapp] };

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

function elementsOf(policy: PrivacyPolicy): NoticeSectionCode[] {
  return [...policy.head, ...policy.closing].map((s) => s.element);
}

describe('the complete privacy policy', () => {
  it('gives controller, DPO, rights, withdrawal, complaint and objection exactly once', () => {
    const policy = buildPrivacyPolicy(snapshot(), ALL, 'de');
    expect(elementsOf(policy)).toEqual(['controller', 'dpo', 'rights', 'withdrawal', 'complaint', 'objection']);
    for (const processing of policy.processings) {
      expect(processing.sections.map((s) => s.element).filter((e) => POLICY_WIDE_ELEMENTS.includes(e))).toEqual([]);
    }
    const headings = messages.de.notice.heading;
    const text = toPlainText(policyAsNotice(policy));
    for (const element of ['controller', 'dpo', 'rights', 'withdrawal', 'complaint', 'objection'] as const) {
      expect(count(text, `\n${headings[element]}\n`), element).toBe(1);
    }
  });

  it('contains every Art. 13 element once per processing, and Art. 14 elements where the data comes from elsewhere', () => {
    const policy = buildPrivacyPolicy(snapshot(), ALL, 'de');
    const art13Each: NoticeSectionCode[] = ['purposes', 'recipients', 'transfers', 'storage_period', 'provision', 'automated_decision'];
    for (const processing of policy.processings.filter((p) => p.subject.kind === 'activity')) {
      const elements = processing.sections.map((s) => s.element);
      expect(new Set(elements).size, processing.name).toBe(elements.length);
      const expected = processing.article === 'art13' ? art13Each : ['purposes', 'data_categories', 'recipients', 'transfers', 'storage_period', 'source', 'automated_decision'];
      expect(elements.filter((e) => expected.includes(e)).sort(), processing.name).toEqual([...expected].sort());
    }
    expect(policy.processings.find((p) => p.name === 'Adresskauf')?.article).toBe('art14');
    const channel = policy.processings.find((p) => p.subject.kind === 'channel')!;
    expect(channel.sections.map((s) => s.element)).toContain('channel_provider');
  });

  it('names each processing with its purposes, bases, recipients, transfers and storage', () => {
    const text = toPlainText(policyAsNotice(buildPrivacyPolicy(snapshot(), ALL, 'de')));
    for (const fact of ['Abwicklung Ihrer Bestellung', 'Art. 6 Abs. 1 lit. b DSGVO', 'Paketblitz', 'Newsletter Inc.', 'Rechnungen', 'Adresshändler Beispiel AG', 'WhatsApp Ireland Ltd.']) {
      expect(text).toContain(fact);
    }
    expect(count(text, 'Verarbeitung: Onlineshop <Bestellungen>')).toBe(1);
  });

  it('marks gaps and lists them', () => {
    const withoutDpo = snapshot({ organisation: OrganisationSchema.parse({ ...organisation, dpo: { kind: 'none' }, email: '', phone: '' }) });
    const policy = buildPrivacyPolicy(withoutDpo, { activityIds: [IDS.sparse], channelIds: [] }, 'de');
    expect(policy.missing.map((m) => m.code)).toContain('legal_basis');
    const html = toHtml(policyAsNotice(policy));
    expect(html).toContain('privacy-notice-missing');
    expect(toMarkdown(policyAsNotice(policy))).toContain('[FEHLT:');
  });

  it('is written in English', () => {
    const text = toPlainText(policyAsNotice(buildPrivacyPolicy(snapshot(), ALL, 'en')));
    expect(text).toContain(messages.en.notice.heading.complaint);
    expect(text).toContain('Processing: Kundenkonto');
  });
});

describe('vvt policy', () => {
  it('writes HTML, Markdown, text, PDF and Word', async () => {
    const dir = tempDir();
    const register = join(dir, 'demo.vvt');
    await vvt(['import', DEMO_FILE, register]);
    for (const extension of ['html', 'md', 'txt', 'pdf', 'docx']) {
      const out = join(dir, `policy.${extension}`);
      const result = await vvt(['policy', register, out]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Datenschutzerklärung geschrieben');
    }
    const html = readFileSync(join(dir, 'policy.html'), 'utf8');
    expect(count(html, `<h3>${messages.de.notice.heading.complaint}</h3>`)).toBe(1);
    expect(readFileSync(join(dir, 'policy.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'policy.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(messages.de.notice.heading.complaint);
  });

  it('takes activities by reference and refuses unknown ones', async () => {
    const dir = tempDir();
    const register = join(dir, 'demo.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const out = join(dir, 'one.md');
    const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8'));
    const first = demo.register.activities[0];
    const result = await vvt(['policy', register, out, '--activity', first.reference || first.id, '--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(`Processing: ${first.name}`);
    const unknown = await vvt(['policy', register, out, '--activity', 'VT-999']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Nicht im Verzeichnis: VT-999');
    const wrongType = await vvt(['policy', register, join(dir, 'x.odt')]);
    expect(wrongType.stderr).toContain('.odt');
  });
});
