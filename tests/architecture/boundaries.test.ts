import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.(ts|vue|mts)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

function violations(dir: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    imports(file)
      .filter((specifier) => forbidden(specifier, file))
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|crypto$|child_process$|worker_threads$|url$|stream$)/;

describe('architecture boundaries', () => {
  it('domain imports only zod and other domain modules', () => {
    expect(violations('domain', (s) => !(s === 'zod' || s.startsWith('.')))).toEqual([]);
    expect(violations('domain', (s, file) => s.startsWith('.') && !join(file, '..', s).startsWith(join(ROOT, 'domain')))).toEqual([]);
  });

  it('the renderer never imports storage, backend, Electron or Node', () => {
    expect(
      violations(
        'src',
        (s) => NODE_BUILTIN.test(s) || s === 'electron' || s === 'better-sqlite3' || s === 'pdfmake' || /(^|\/)(backend|electron)\//.test(s),
      ),
    ).toEqual([]);
  });

  it('main-side code never imports Vue or the renderer', () => {
    const forbidden = (s: string) => s === 'vue' || s === 'pinia' || s === 'vue-i18n' || /(^|\/)src\//.test(s) || s.endsWith('.vue');
    expect([...violations('backend', forbidden), ...violations('electron', forbidden)]).toEqual([]);
  });

  it('backend services never import Electron (they run under plain Node and in the CLI)', () => {
    expect(violations('backend', (s) => s === 'electron' || /(^|\/)electron\//.test(s))).toEqual([]);
  });

  it('only the security module calls shell.openExternal', () => {
    const callers = [...sourceFiles('electron'), ...sourceFiles('backend'), ...sourceFiles('src')]
      .filter((file) => /openExternal\s*\(/.test(readFileSync(file, 'utf8')) && /shell\.openExternal/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(callers).toEqual(['electron/main/security.ts']);
  });

  it('no test is focused with .only and no stray console.log in app code', () => {
    const focused = sourceFiles('tests').filter((f) => /\b(it|describe|test)\.only\(/.test(readFileSync(f, 'utf8')));
    expect(focused.map((f) => relative(ROOT, f))).toEqual([]);
    const logging = [...sourceFiles('src'), ...sourceFiles('domain'), ...sourceFiles('electron')].filter((f) =>
      /console\.log\(/.test(readFileSync(f, 'utf8')),
    );
    expect(logging.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
