import { availableParallelism, loadavg } from 'node:os';
import { documentsSection, runDocumentChild } from './bench/documents';
import { registersSection } from './bench/registers';
import { portfolioSection } from './bench/portfolio';
import type { BenchSection } from './bench/harness';

/**
 * `npm run bench [section …]`: performance figures of the app's heavy paths, printed as
 * tables. Add a section by writing scripts/bench/<name>.ts and listing it here.
 */
const SECTIONS: BenchSection[] = [registersSection, documentsSection, portfolioSection];

async function main(): Promise<void> {
  if (await runDocumentChild()) return;
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) {
    process.stderr.write(`Unknown bench section(s): ${unknown.join(', ')}. Known: ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    process.exit(2);
  }
  // Figures from a busy machine are not comparable: print the load they were taken under.
  const [load] = loadavg();
  process.stdout.write(
    `VVT Desk bench — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores, load ${load.toFixed(1)}\n`,
  );
  for (const section of SECTIONS.filter((s) => !wanted.length || wanted.includes(s.name))) {
    process.stdout.write(`\n== ${section.name} ==\n`);
    await section.run();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
