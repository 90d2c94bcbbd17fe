import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoRegisterPath } from '../../backend/cli/app-files';
import { extractPdfText } from '../support/pdf-text';
import { useTempDir } from '../support/temp-dir';
import { vvt } from './support/run-vvt';

const tempDir = useTempDir();

async function demoRegister(): Promise<string> {
  const register = join(tempDir(), 'shop.vvt');
  expect((await vvt(['import', demoRegisterPath(), register])).code).toBe(0);
  return register;
}

describe('vvt notice', () => {
  it('prints a channel\'s privacy notice as Markdown in English, found by its name', async () => {
    const register = await demoRegister();
    const channel = await vvt(['notice', register, '--channel', 'WhatsApp Business (Kundenservice)', '--format', 'md', '--lang', 'en']);
    expect(channel.code).toBe(0);
    expect(channel.stdout).toContain('WhatsApp Ireland');
    expect(channel.stdout).toContain('Right to lodge a complaint');
    expect(channel.stdout).not.toContain('Rechtsgrundlage');
  });

  it('writes a PDF with --out and refuses a PDF without it', async () => {
    const register = await demoRegister();
    const out = join(tempDir(), 'hinweis.pdf');
    const result = await vvt(['notice', register, '--channel', 'WhatsApp Business (Kundenservice)', '--format', 'pdf', '--out', out]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`Datenschutzhinweis geschrieben: ${out}`);
    const text = (await extractPdfText(new Uint8Array(readFileSync(out)))).pages.join('\n');
    expect(text).toContain('Beschwerderecht bei einer Aufsichtsbehörde');
    const refused = await vvt(['notice', register, '--channel', 'WhatsApp Business (Kundenservice)', '--format', 'pdf']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--out');
  });

  it('needs exactly one subject and names an unknown one', async () => {
    const register = await demoRegister();
    expect((await vvt(['notice', register])).stderr).toContain('--activity ID oder --channel ID');
    const both = await vvt(['notice', register, '--activity', 'x', '--channel', 'y']);
    expect(both.code).toBe(1);
    const unknown = await vvt(['notice', register, '--activity', 'VT-999', '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The processing activity “VT-999” is not in this register.');
    expect((await vvt(['notice', register, '--activity', 'x', '--format', 'docx'])).code).toBe(1);
  });
});
