import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { createClient, createOldClient, fingerprint } from '../services/portfolio/client-files';
import { vvt } from './support/run-vvt';

const tempDir = useTempDir();

async function clientFolders() {
  const dir = tempDir();
  const one = join(dir, 'kanzlei-a');
  const two = join(dir, 'kanzlei-b');
  const files = [join(one, 'korn.vvt'), join(one, 'tief', 'praxis.vvt'), join(two, 'verein.vvt'), join(two, 'alt.vvt'), join(two, 'kaputt.vvt')];
  await createClient(files[0], { organisation: 'Bäckerei Korn', expiredAvv: true, activities: 3, approved: 1 });
  await createClient(files[1], { organisation: 'Praxis Dr. Weiß', provider: 'Meta Platforms, Inc.' });
  await createClient(files[2], { organisation: 'Sportverein', legalForm: 'e. V.' });
  createOldClient(files[3], 1);
  writeFileSync(files[4], 'kein Verzeichnis');
  return { dir, one, two, files };
}

describe('vvt portfolio', () => {
  it('prints one JSON object per register of all folders and names the damaged file, reading only', async () => {
    const { one, two, files } = await clientFolders();
    const before = fingerprint(files);
    const result = await vvt(['portfolio', one, two, '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.find((r) => r.path === files[0])).toMatchObject({
      organisation: 'Bäckerei Korn',
      activities: 3,
      approved: 1,
      overdue: 1,
      dueSoon: expect.any(Number),
      errors: expect.any(Number),
      lastSubmission: null,
      lastChange: expect.stringMatching(/^\d{4}-/),
    });
    expect(rows.find((r) => r.path === files[3])).toMatchObject({ organisation: 'Altbestand GmbH', needsUpgrade: expect.any(Boolean) });
    expect(rows.find((r) => r.path === files[4])).toMatchObject({ problem: 'damaged' });
    expect(rows).toHaveLength(5);
    expect(fingerprint(files)).toEqual(before);
  });

  it('prints a table in German with the problems on stderr', async () => {
    const { one, two } = await clientFolders();
    const result = await vvt(['portfolio', one, two]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^Organisation\s+Tätigkeiten/);
    expect(result.stdout).toContain('Bäckerei Korn GmbH');
    expect(result.stdout).toMatch(/Sportverein e\. V\.\s+1\/2/);
    expect(result.stderr).toContain('kaputt.vvt: beschädigt oder kein VVT-Desk-Verzeichnis');
  });

  it('searches across clients and lists the matches per client', async () => {
    const { one, two } = await clientFolders();
    const text = await vvt(['portfolio', one, two, '--search', 'Hosting Nord GmbH', '--lang', 'en']);
    expect(text.stdout).toMatch(/Bäckerei Korn \(.*korn\.vvt\)\n {2}Activity: /);
    expect(text.stdout).toContain('  Party: Hosting Nord GmbH');
    const json = await vvt(['portfolio', one, two, '--search', 'WhatsApp Business', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ organisation: 'Praxis Dr. Weiß', matches: [expect.objectContaining({ type: 'channel', name: 'Kundenservice-Chat' })] }),
    ]);
    expect((await vvt(['portfolio', one, '--search', 'nichts davon'])).stdout).toContain('Keine Treffer');
  });

  it('refuses a folder that does not exist, and a missing folder argument', async () => {
    const { dir } = await clientFolders();
    const missing = await vvt(['portfolio', join(dir, 'gibt-es-nicht')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('gibt-es-nicht');
    expect((await vvt(['portfolio'])).code).toBe(1);
  });
});
