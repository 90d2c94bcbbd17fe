import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonImportOutcome, SpreadsheetPreview } from '../../domain/ipc/channels/formats';
import type { ExportedFile } from '../../domain/ipc/channels/documents';
import type { Result } from '../../domain/ipc/result';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';
import { DEMO_FILE } from '../interchange/support/sample-register';
import { messyWorkbook, saveWorkbook } from '../interchange/support/workbooks';

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

async function openDemo(dir: string): Promise<TestServices> {
  const s = (services = startTestServices(dir));
  s.dialogs.answers.chooseFileToOpen.push(DEMO_FILE);
  s.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'demo.vvt'));
  const outcome = valueOf<JsonImportOutcome>(await s.dispatch('formats.importJson', { language: 'de' }));
  expect(outcome).toMatchObject({ status: 'imported', path: join(dir, 'demo.vvt') });
  return s;
}

describe('formats over the IPC contract', () => {
  it('imports JSON into a new register and opens it; an invalid file gives the CLI report and writes nothing', async () => {
    const dir = tempDir();
    const s = await openDemo(dir);
    expect(valueOf<{ path: string } | null>(await s.dispatch('register.current', undefined))).toMatchObject({ path: join(dir, 'demo.vvt') });

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"vvt-desk-register","formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","register":{}}');
    s.dialogs.answers.chooseFileToOpen.push(bad);
    const outcome = valueOf<JsonImportOutcome>(await s.dispatch('formats.importJson', { language: 'en' }));
    expect(outcome.status).toBe('invalid');
    expect(outcome.lines.join('\n')).toContain('$.register.organisation');
    expect(existsSync(join(dir, 'bad.vvt'))).toBe(false);
  });

  it('previews a spreadsheet, applies a corrected column, writes only on confirm and remembers the choice', async () => {
    const dir = tempDir();
    const s = await openDemo(dir);
    const before = valueOf<{ total: number }>(await s.dispatch('activities.list', {})).total;
    const path = join(dir, 'messy.xlsx');
    await saveWorkbook(messyWorkbook(), path);
    s.dialogs.answers.chooseFileToOpen.push(path);
    const preview = valueOf<SpreadsheetPreview>(await s.dispatch('formats.spreadsheetChoose', { language: 'de' }));
    expect(preview.report.activities).toHaveLength(2);
    expect(valueOf<{ total: number }>(await s.dispatch('activities.list', {})).total).toBe(before);

    const overrides = { Tabelle1: { G: 'ignore' as const } };
    const corrected = valueOf<SpreadsheetPreview>(await s.dispatch('formats.spreadsheetPreview', { token: preview.token, language: 'de', overrides }));
    expect(corrected.report.activities.flatMap((a) => a.transfers.map((t) => t.mechanism))).toEqual(['none', 'none']);
    expect(valueOf<{ count: number }>(await s.dispatch('formats.spreadsheetConfirm', { token: preview.token, language: 'de', overrides }))).toEqual({ count: 2 });
    expect(valueOf<{ total: number }>(await s.dispatch('activities.list', {})).total).toBe(before + 2);
    const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(settings.importColumnMapping).toEqual({ garantien: 'ignore' });

    // The same file again: the remembered choice applies; the spent token is refused.
    const again = await s.dispatch('formats.spreadsheetPreview', { token: preview.token, language: 'de', overrides: {} });
    expect(again.ok).toBe(false);
    s.dialogs.answers.chooseFileToOpen.push(path);
    const second = valueOf<SpreadsheetPreview>(await s.dispatch('formats.spreadsheetChoose', { language: 'de' }));
    expect(second.report.sheets[0].columns.find((c) => c.column === 'G')?.target).toBe('ignore');
  });

  it('exports JSON, Excel, Word and the privacy policy through save dialogs', async () => {
    const dir = tempDir();
    const s = await openDemo(dir);
    const save = async (channel: string, input: unknown, name: string) => {
      s.dialogs.answers.chooseSavePath.push(join(dir, name));
      const file = valueOf<ExportedFile>(await s.dispatch(channel, input));
      expect(file.bytes).toBeGreaterThan(100);
      return readFileSync(file.path);
    };
    expect(JSON.parse((await save('formats.exportJson', undefined, 'a.json')).toString()).format).toBe('vvt-desk-register');
    expect((await save('formats.exportXlsx', { language: 'en' }, 'a.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect((await save('formats.exportRecordDocx', { language: 'de', record: 'controller', variant: 'internal' }, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
    const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8'));
    const activityIds = demo.register.activities.slice(0, 2).map((a: { id: string }) => a.id);
    const html = (await save('formats.exportPolicy', { activityIds, channelIds: [], language: 'de', format: 'html' }, 'p.html')).toString();
    expect(html).toContain(demo.register.activities[0].name);
    const refused = await s.dispatch('formats.exportPolicy', { activityIds: ['nope'], channelIds: [], language: 'de', format: 'html' });
    expect(refused.ok).toBe(false);
  });
});
