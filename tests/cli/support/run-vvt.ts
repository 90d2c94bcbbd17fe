import { runCli } from '../../../backend/cli/run-cli';
import type { CliIo } from '../../../backend/cli/cli-io';

export interface VvtResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `vvt …` in-process with captured output; German unless the env or --lang says otherwise. */
export async function vvt(args: string[], io: Partial<Omit<CliIo, 'stdout' | 'stderr'>> = {}): Promise<VvtResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: process.cwd(),
    now: () => new Date('2026-11-20T09:00:00.000Z'),
    ...io,
    env: { LANG: 'de_DE.UTF-8', VVT_ACTOR: 'Test-DSB', ...io.env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

/** A stand-in for the PDF renderer where a test is about the CLI, not the document. */
export const fakePdf = async () => new TextEncoder().encode('%PDF-1.7 fake\n');
