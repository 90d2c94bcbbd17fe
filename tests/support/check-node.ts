/**
 * better-sqlite3 13 needs Node ≥ 22 and crashes with SIGSEGV on Node 20. npm scripts run
 * the Node 24 from the `node` devDependency; calling vitest with an older system Node
 * directly ends here with a readable message instead.
 */
export default function checkNode(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(`Tests need Node 24 (the version Electron 45 embeds); this is ${process.version}. Run them with "npm test".`);
  }
}
