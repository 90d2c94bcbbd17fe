import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoticeCopyResult, NoticePreview } from '../../domain/ipc/channels/notices';
import type { ExportedFile } from '../../domain/ipc/channels/documents';
import type { QuickSetupResult } from '../../domain/ipc/channels/messaging';
import type { Result } from '../../domain/ipc/result';
import type { FileDialogs, SaveKind } from '../../backend/app/ports';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';
import { extractPdfText } from '../support/pdf-text';
import { IDS, organisation, parties, shop, sparse } from './notice-fixtures';

const tempDir = useTempDir();
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A register with the fixture organisation, parties and activities, saved through the contract. */
async function withRegister() {
  const dir = tempDir();
  const s = (services = startTestServices(dir));
  s.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Müller.vvt'));
  valueOf(await s.dispatch('register.create', { organisationName: organisation.name }));
  valueOf(await s.dispatch('organisation.save', { organisation }));
  for (const party of parties) valueOf(await s.dispatch('parties.save', { party }));
  for (const activity of [shop, sparse]) valueOf(await s.dispatch('activities.save', { activity }));
  // Record the kind of save dialog asked for; the scripted answers stay in charge of the path.
  const kinds: SaveKind[] = [];
  const choose = s.dialogs.chooseSavePath;
  (s.dialogs as FileDialogs).chooseSavePath = (options) => {
    kinds.push(options.kind);
    return choose();
  };
  return { dir, services: s, kinds };
}

const shopSubject = { kind: 'activity', activityId: IDS.shop } as const;

describe('notices channels through the dispatcher', () => {
  it('notices.preview returns the structured notice, its HTML and the missing list', async () => {
    const { services } = await withRegister();
    const preview = valueOf<NoticePreview>(await services.dispatch('notices.preview', { subject: shopSubject, language: 'de' }));
    expect(preview.notice.title).toBe('Datenschutzhinweise: Onlineshop <Bestellungen>');
    expect(preview.notice.sections.map((s) => s.element)).toContain('objection');
    expect(preview.html).toContain('<h2>Datenschutzhinweise: Onlineshop &lt;Bestellungen&gt;</h2>');
    expect(preview.missing).toEqual([]);
    const gaps = valueOf<NoticePreview>(await services.dispatch('notices.preview', { subject: { kind: 'activity', activityId: IDS.sparse }, language: 'en' }));
    expect(gaps.missing.map((m) => m.code)).toEqual(expect.arrayContaining(['legal_basis', 'retention', 'provision']));
    expect(gaps.html).toContain('[MISSING: storage period or the criteria used to determine it]');
  });

  it('notices.preview of a channel set up from the catalogue names the provider’s legal entity', async () => {
    const { services } = await withRegister();
    const setup = valueOf<QuickSetupResult>(await services.dispatch('channels.quickSetup', { catalogueId: 'whatsapp_business_app', language: 'de' }));
    const preview = valueOf<NoticePreview>(await services.dispatch('notices.preview', { subject: { kind: 'channel', channelId: setup.channelId }, language: 'de' }));
    expect(preview.html).toContain('WhatsApp Ireland Ltd.');
    expect(preview.html).toContain('Vereinigte Staaten');
  });

  it('rejects unknown subjects and invalid input', async () => {
    const { services } = await withRegister();
    expect(await services.dispatch('notices.preview', { subject: { kind: 'activity', activityId: 'nope' }, language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { id: 'nope' } },
    });
    for (const payload of [{ subject: { kind: 'party', id: 'x' }, language: 'de' }, { subject: shopSubject, language: 'fr' }, { subject: shopSubject, language: 'de', format: 'docx' }]) {
      const channel = 'format' in payload ? 'notices.export' : 'notices.preview';
      expect(await services.dispatch(channel, payload)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  it.each([
    ['pdf', '.pdf'],
    ['html', '.html'],
    ['markdown', '.md'],
    ['text', '.txt'],
  ] as const)('notices.export writes %s through the save dialog', async (format, extension) => {
    const { dir, services, kinds } = await withRegister();
    const path = join(dir, 'out', `hinweise${extension}`);
    services.dialogs.answers.chooseSavePath.push(path);
    const exported = valueOf<ExportedFile>(await services.dispatch('notices.export', { subject: shopSubject, language: 'de', format }));
    expect(kinds).toEqual([format]);
    // A PDF also reports the characters its font cannot show (none here).
    expect(exported).toEqual(format === 'pdf' ? { path, bytes: statSync(path).size, unsupportedCharacters: [] } : { path, bytes: statSync(path).size });
    const bytes = readFileSync(path);
    if (format === 'pdf') {
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await extractPdfText(new Uint8Array(bytes))).pages.join(' ')).toContain('Information über Ihr Widerspruchsrecht');
      return;
    }
    const content = bytes.toString('utf8');
    expect(content).toContain('Widerspruchsrecht nach Art. 21 DSGVO');
    if (format === 'html') expect(content).toContain('<meta charset="utf-8">');
    if (format === 'markdown') expect(content).toContain('### Ihre Rechte');
    if (format === 'text') expect(content).not.toMatch(/<\/?(h3|p|ul|li)>/);
  });

  it('notices.export answers null and writes nothing when the dialog is cancelled', async () => {
    const { dir, services } = await withRegister();
    services.dialogs.answers.chooseSavePath.push(null);
    expect(await services.dispatch('notices.export', { subject: shopSubject, language: 'en', format: 'html' })).toEqual({ ok: true, value: null });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('notices.copy writes HTML with its plain-text alternative, or Markdown/text alone, and counts markers', async () => {
    const { services } = await withRegister();
    const html = valueOf<NoticeCopyResult>(await services.dispatch('notices.copy', { subject: shopSubject, language: 'de', format: 'html' }));
    expect(html).toEqual({ missingCount: 0 });
    const [rich] = services.clipboardWrites;
    expect(rich.html).toMatch(/^<section class="privacy-notice" lang="de">/);
    expect(rich.html).toContain('Betrugsprävention &lt;script&gt;');
    expect(rich.text).toContain('Datenschutzhinweise: Onlineshop <Bestellungen>');
    expect(rich.text).not.toContain('<h2>');

    await services.dispatch('notices.copy', { subject: shopSubject, language: 'en', format: 'markdown' });
    expect(services.clipboardWrites[1]).toEqual({ text: expect.stringContaining('## Privacy notice: Onlineshop \\<Bestellungen\\>') });

    const sparseCopy = valueOf<NoticeCopyResult>(await services.dispatch('notices.copy', { subject: { kind: 'activity', activityId: IDS.sparse }, language: 'de', format: 'text' }));
    expect(sparseCopy.missingCount).toBeGreaterThanOrEqual(3);
    expect(services.clipboardWrites[2].html).toBeUndefined();
    expect(services.clipboardWrites[2].text).toContain('[FEHLT: Speicherdauer');
  });
});
