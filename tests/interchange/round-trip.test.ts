import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../backend/interchange/export-register';
import { writeInterchangeFile } from '../../backend/interchange/export-file';
import { importIntoNewRegister, replaceRegisterContent } from '../../backend/interchange/import-register';
import { checkInterchangeText, loadInterchangeFile } from '../../backend/interchange/load-interchange-file';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { serializeInterchange } from '../../domain/interchange';
import { useTempDir } from '../support/temp-dir';
import { FIXED_EXPORTED_AT, binaryPdf, demoText, populateRegister } from './support/sample-register';

const tempDir = useTempDir();

async function exportText(path: string): Promise<string> {
  const store = SqliteRegisterStore.open(path, { create: false });
  try {
    return serializeInterchange(await exportRegister(store, { exportedAt: FIXED_EXPORTED_AT }));
  } finally {
    await store.close();
  }
}

describe('export → import → export', () => {
  it('is byte-identical, attachments included', async () => {
    const dir = tempDir();
    const original = join(dir, 'original.vvt');
    const store = SqliteRegisterStore.open(original, { create: true, actor: 'test' });
    await populateRegister(store);
    const document = await exportRegister(store, { exportedAt: FIXED_EXPORTED_AT });
    await store.close();
    const firstJson = join(dir, 'first.json');
    writeInterchangeFile(firstJson, document);

    const copy = join(dir, 'copy.vvt');
    await importIntoNewRegister(loadInterchangeFile(firstJson), copy, { actor: 'test' });
    const second = await exportText(copy);

    expect(second).toBe(readFileSync(firstJson, 'utf8'));
    expect(document.register.attachments).toHaveLength(2);
    const reopened = SqliteRegisterStore.open(copy, { create: false });
    const pdfMeta = (await reopened.attachments.list()).find((a) => a.fileName === 'AVV signiert.pdf')!;
    expect(Buffer.from((await reopened.attachments.content(pdfMeta.id))!).equals(Buffer.from(binaryPdf()))).toBe(true);
    // Versions and dates are kept as exported, not re-stamped by the import.
    expect((await reopened.activities.get('act-1'))?.version).toBe(2);
    await reopened.close();
  });

  it('writes entities sorted by id, 2-space JSON with a trailing newline', async () => {
    const dir = tempDir();
    const store = SqliteRegisterStore.open(join(dir, 'r.vvt'), { create: true });
    await populateRegister(store);
    const text = serializeInterchange(await exportRegister(store, { exportedAt: FIXED_EXPORTED_AT }));
    await store.close();
    const parsed = JSON.parse(text);
    expect(parsed.register.activities.map((a: { id: string }) => a.id)).toEqual(['act-0', 'act-1']);
    expect(parsed.register.toms.map((t: { id: string }) => t.id)).toEqual(['tom-a', 'tom-b']);
    expect(Object.keys(parsed.register.parties[0].contracts[0].art28Checklist)).toEqual(['subject_duration', 'sub_processors', 'audits_information']);
    expect(Object.keys(parsed.register.channels[0].checklist)).toEqual(['dpa_concluded', 'two_factor']);
    expect(Object.keys(parsed)).toEqual(['format', 'formatVersion', 'exportedAt', 'register']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "vvt-desk-register",');
  });

  it('imports the demo register and exports exactly the shipped file', async () => {
    const target = join(tempDir(), 'demo.vvt');
    await importIntoNewRegister(checkInterchangeText(demoText()), target, { actor: 'test' });
    expect(await exportText(target)).toBe(demoText());
  });
});

describe('import with replace', () => {
  it('replaces an existing register with the file content and reports what changed', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.vvt');
    const store = SqliteRegisterStore.open(source, { create: true });
    await populateRegister(store);
    const json = join(dir, 'source.json');
    writeInterchangeFile(json, await exportRegister(store, { exportedAt: FIXED_EXPORTED_AT }));
    await store.close();

    const target = join(dir, 'target.vvt');
    await importIntoNewRegister(checkInterchangeText(demoText()), target, { actor: 'test' });
    const targetStore = SqliteRegisterStore.open(target, { create: false, actor: 'replacer' });
    const plan = await replaceRegisterContent(targetStore, loadInterchangeFile(json));
    expect(plan.deleted).toBeGreaterThan(0);
    expect(plan.written).toBeGreaterThan(0);
    const log = await targetStore.changeLog.list({ entity: 'activity', entityId: 'act-orders' });
    expect(log[0]).toMatchObject({ action: 'delete', actor: 'replacer' });
    await targetStore.close();
    expect(await exportText(target)).toBe(readFileSync(json, 'utf8'));

    // Replacing with the same content again changes nothing.
    const again = SqliteRegisterStore.open(target, { create: false });
    expect(await replaceRegisterContent(again, loadInterchangeFile(json))).toMatchObject({ written: 0, deleted: 0 });
    await again.close();
  });

  it('keeps a file readable when a file on disk has keys in another order', async () => {
    const dir = tempDir();
    const shuffled = JSON.stringify(JSON.parse(demoText()), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    const path = join(dir, 'shuffled.json');
    writeFileSync(path, shuffled);
    expect(serializeInterchange(loadInterchangeFile(path).document)).toBe(demoText());
  });
});
