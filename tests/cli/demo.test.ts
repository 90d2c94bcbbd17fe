import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { useTempDir } from '../support/temp-dir';
import { vvt } from './support/run-vvt';

const tempDir = useTempDir();

function isPdf(path: string): boolean {
  const bytes = readFileSync(path);
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.length > 5_000 && bytes.includes('%%EOF');
}

describe('vvt demo', () => {
  it('builds the demo register and writes both Art. 30 PDFs and the summary', async () => {
    const dir = join(tempDir(), 'demo-output');
    const result = await vvt(['demo', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = [
      'muster-shop-art30-authority-de.pdf',
      'muster-shop-art30-internal-de.pdf',
      'muster-shop-notices',
      'muster-shop-summary-de.txt',
      'muster-shop-summary.json',
      'muster-shop.vvt',
    ];
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(result.stdout).toBe([`Demo-Verzeichnis erzeugt in ${dir}:`, ...[5, 0, 1, 2, 3, 4].map((i) => `  ${join(dir, files[i])}`), ''].join('\n'));
    files.splice(2, 1);

    // The privacy notices of every activity and channel, German and English, PDF and Markdown.
    const notices = readdirSync(join(dir, 'muster-shop-notices')).sort();
    expect(notices).toHaveLength((5 + 1) * 2 * 2);
    expect(notices).toContain('channel-whatsapp-business-kundenservice-de.md');
    expect(notices).toContain('channel-whatsapp-business-kundenservice-en.pdf');
    for (const name of notices.filter((n) => n.endsWith('.pdf'))) expect(isPdf(join(dir, 'muster-shop-notices', name)), name).toBe(true);
    const channelDe = readFileSync(join(dir, 'muster-shop-notices', 'channel-whatsapp-business-kundenservice-de.md'), 'utf8');
    expect(channelDe).toContain('WhatsApp Ireland');
    const channelEn = readFileSync(join(dir, 'muster-shop-notices', 'channel-whatsapp-business-kundenservice-en.md'), 'utf8');
    expect(channelEn).toContain('Right to lodge a complaint');
    expect(isPdf(join(dir, files[0]))).toBe(true);
    expect(isPdf(join(dir, files[1]))).toBe(true);
    expect(readFileSync(join(dir, files[2]), 'utf8')).toMatch(/^Verzeichnis: Muster Shop GmbH\n/);
    expect(JSON.parse(readFileSync(join(dir, files[3]), 'utf8')).counts.activities.total).toBe(5);

    const store = SqliteRegisterStore.open(join(dir, files[4]), { create: false });
    expect((await store.organisation.get()).name).toBe('Muster Shop GmbH');
    expect(await store.activities.count()).toBe(5);
    await store.close();
  });

  it('runs again over its own output, in English', async () => {
    const dir = tempDir();
    expect((await vvt(['demo', dir])).code).toBe(0);
    const again = await vvt(['demo', dir, '--lang', 'en']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/^Demo register created in /);
    expect(existsSync(join(dir, 'muster-shop-art30-authority-en.pdf'))).toBe(true);
    expect(readFileSync(join(dir, 'muster-shop-summary-en.txt'), 'utf8')).toMatch(/^Register: Muster Shop GmbH\n/);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp') || name.endsWith('-wal'))).toEqual([]);
  });
});
