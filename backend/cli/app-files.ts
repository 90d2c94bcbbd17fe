import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'vvt-desk';

function packageNameAt(folder: string): string | null {
  const file = join(folder, 'package.json');
  if (!existsSync(file)) return null;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name ?? null;
  } catch {
    return null;
  }
}

/**
 * The project folder, found upwards from this module: `backend/cli` when run from source
 * (tests), `out/main` when run as the built cli.js.
 */
export function appRoot(start: string = typeof __dirname === 'string' ? __dirname : process.cwd()): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (packageNameAt(folder) === PACKAGE_NAME) return folder;
    if (dirname(folder) === folder) throw new Error(`VVT Desk files not found above ${start}`);
  }
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The demo register shipped as an interchange file. */
export function demoRegisterPath(): string {
  return join(appRoot(), 'resources', 'demo', 'online-shop.json');
}
