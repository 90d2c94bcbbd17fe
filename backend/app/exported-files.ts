import { resolve } from 'node:path';

/**
 * The files this session's exports wrote. Only these may be opened through the file opener,
 * so a compromised renderer cannot make main start arbitrary files.
 */
const written = new WeakMap<object, Set<string>>();

export function rememberExportedFile(owner: object, path: string): void {
  let files = written.get(owner);
  if (!files) written.set(owner, (files = new Set()));
  files.add(resolve(path));
}

export function wasExported(owner: object, path: string): boolean {
  return written.get(owner)?.has(resolve(path)) ?? false;
}
