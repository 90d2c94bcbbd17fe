import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
// electron-builder's own YAML reader (a dependency of it, without type declarations).
const { load } = require('js-yaml') as { load(text: string): unknown };

/** electron-builder's own validation (the JSON schema of app-builder-lib 26), without packaging. */
async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require(join(ROOT, 'node_modules/app-builder-lib/out/util/config/config.js'));
  await validateConfiguration(config, { isEnabled: false, add: () => {} });
}

describe('electron-builder.yml', () => {
  const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('passes electron-builder 26 configuration validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('a misspelt fuse is caught by that validation (so the test above can fail)', async () => {
    await expect(validate({ ...config, electronFuses: { runAsNod: false } })).rejects.toThrow(/electronFuses/);
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS or --inspect, encrypted cookies, ASAR integrity and ASAR only', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });
});
