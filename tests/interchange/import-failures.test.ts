import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importIntoNewRegister, replaceRegisterContent } from '../../backend/interchange/import-register';
import { InterchangeError } from '../../backend/interchange/interchange-error';
import { checkInterchangeText, loadInterchangeFile } from '../../backend/interchange/load-interchange-file';
import { DocumentTable } from '../../backend/storage/sqlite/document-table';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { useTempDir } from '../support/temp-dir';
import { demoText, sha256 } from './support/sample-register';

const tempDir = useTempDir();
afterEach(() => vi.restoreAllMocks());

/** Everything about a file that an import could change. */
function fingerprint(path: string) {
  return { sha256: sha256(readFileSync(path)), mtimeMs: statSync(path).mtimeMs, folder: readdirSync(join(path, '..')).sort() };
}

function demoWith(change: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(demoText());
  change(doc);
  return JSON.stringify(doc, null, 2);
}

const BROKEN_FILES: [string, string, RegExp][] = [
  ['malformed JSON', demoText().replace('"formatVersion": 2,', '"formatVersion": 2'), /^JSON syntax error at line 4, column 3: unexpected character/],
  [
    'schema violation',
    demoWith((doc) => (doc.register.activities[2].purposes[0].legalBases[0].code = '')),
    /^\s+\$\.register\.activities\[2\]\.purposes\[0\]\.legalBases\[0\]\.code: must not be empty$/m,
  ],
  [
    'broken reference',
    demoWith((doc) => (doc.register.channels[0].providerPartyId = 'party-gone')),
    /^\s+\$\.register\.channels\[0\]\.providerPartyId: refers to a party with the id party-gone/m,
  ],
  [
    'attachment not matching its hash',
    demoWith((doc) => (doc.register.attachments[0].meta.sha256 = '0'.repeat(64))),
    /^\s+\$\.register\.attachments\[0\]\.meta\.sha256: SHA-256 does not match the content/m,
  ],
];

async function importFile(source: string, target: string, replace: boolean): Promise<void> {
  const checked = loadInterchangeFile(source);
  if (!replace) {
    await importIntoNewRegister(checked, target, { actor: 'test' });
    return;
  }
  const store = SqliteRegisterStore.open(target, { create: false });
  try {
    await replaceRegisterContent(store, checked);
  } finally {
    await store.close();
  }
}

describe('a refused import leaves the target untouched', () => {
  for (const [label, text, message] of BROKEN_FILES) {
    it(`${label}: no new register appears`, async () => {
      const dir = tempDir();
      const source = join(dir, 'broken.json');
      writeFileSync(source, text);
      const target = join(dir, 'new.vvt');
      const error = await importFile(source, target, false).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InterchangeError);
      expect((error as Error).message).toMatch(message);
      expect(readdirSync(dir)).toEqual(['broken.json']);
    });

    it(`${label}: an existing register keeps its content`, async () => {
      const dir = tempDir();
      const target = join(dir, 'existing.vvt');
      await importIntoNewRegister(checkInterchangeText(demoText()), target, { actor: 'test' });
      const source = join(dir, 'broken.json');
      writeFileSync(source, text);
      const before = fingerprint(target);
      await expect(importFile(source, target, true)).rejects.toThrow(message);
      expect(fingerprint(target)).toEqual(before);
    });
  }
});

describe('a failure while writing', () => {
  it('leaves no register file and no temporary file behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'new.vvt');
    let targetExistedDuringWrite: boolean | undefined;
    vi.spyOn(DocumentTable.prototype, 'write').mockImplementationOnce(() => {
      // The register is built under another name and only renamed when complete.
      targetExistedDuringWrite = existsSync(target);
      throw new Error('disk full');
    });
    await expect(importIntoNewRegister(checkInterchangeText(demoText()), target, { actor: 'test' })).rejects.toThrow('disk full');
    expect(targetExistedDuringWrite).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rolls a replacement back completely (all or nothing)', async () => {
    const dir = tempDir();
    const target = join(dir, 'existing.vvt');
    await importIntoNewRegister(checkInterchangeText(demoText()), target, { actor: 'test' });
    const store = SqliteRegisterStore.open(target, { create: false });
    const before = { activities: await store.activities.list(), organisation: await store.organisation.get(), log: await store.changeLog.list() };
    const smaller = demoWith((doc) => {
      doc.register.organisation.name = 'Umbenannt GmbH';
      doc.register.activities = doc.register.activities.slice(1).map((a: { name: string }) => ({ ...a, name: `${a.name} (neu)` }));
      // Renamed approved activities no longer match their approved revisions; without revisions they import as assumed approvals.
      doc.register.approvedRevisions = [];
    });
    let writes = 0;
    const write = DocumentTable.prototype.write;
    vi.spyOn(DocumentTable.prototype, 'write').mockImplementation(function (this: DocumentTable<never>, entity) {
      if (++writes === 3) throw new Error('disk full');
      write.call(this, entity);
    });
    await expect(replaceRegisterContent(store, checkInterchangeText(smaller))).rejects.toThrow('disk full');
    expect(writes).toBe(3);
    expect({ activities: await store.activities.list(), organisation: await store.organisation.get(), log: await store.changeLog.list() }).toEqual(before);
    await store.close();
  });
});
