import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE } from '../interchange/support/sample-register';

const BUILT_CLI = join(__dirname, '../../out/main/cli.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
}

/** The other CLI tests run in-process; this one checks the bundle after `npm run build`. */
describe.skipIf(!existsSync(BUILT_CLI))('out/main/cli.js (built)', () => {
  it('runs under Node with the documented exit codes', () => {
    expect(run('--version')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^vvt \d+\.\d+\.\d+\n$/) });
    expect(run('validate', DEMO_FILE)).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Valid: /), stderr: '' });
    const usage = run('frobnicate');
    expect(usage).toMatchObject({ status: 1, stdout: '', stderr: 'Unknown command: frobnicate\nHelp: vvt --help\n' });
    expect(run('summary', join(__dirname, 'missing.vvt')).status).toBe(3);
  });
});
