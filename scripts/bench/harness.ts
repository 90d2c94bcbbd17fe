import { performance } from 'node:perf_hooks';

/** One section of `npm run bench` (registers, PDF, …): prints its own figures. */
export interface BenchSection {
  name: string;
  run(): Promise<void>;
}

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `operation` once to warm up, then `runs` times; returns milliseconds. */
export async function measure(operation: () => unknown, runs = 9): Promise<Timing> {
  await operation();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await operation();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples[samples.length - 1], runs };
}

/** Times an operation that cannot be repeated on the same data (e.g. a first insert). */
export async function measureOnce(operation: () => unknown): Promise<number> {
  const start = performance.now();
  await operation();
  return performance.now() - start;
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** Prints rows as an aligned plain-text table. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}
