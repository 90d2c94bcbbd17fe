import { resolve } from 'node:path';
import { translator } from '../../domain/i18n/translate';
import type { Language } from '../../domain/model/common';
import { renderArt30Pdf } from '../documents/art30-pdf';
import { appVersion } from './app-files';
import { guessLanguage, parseCall, type ParsedCall } from './arguments';
import type { CliIo, CommandContext, PdfWriter } from './cli-io';
import { writeFileAtomic } from '../app/atomic-write';
import { DocumentJobs } from '../documents/document-jobs';
import { localIsoDate } from '../../domain/rules/status-workflow';
import { GLOBAL_OPTIONS, type CommandSpec } from './command-spec';
import { COMMANDS } from './commands';
import { EXIT, exitCodeFor } from './exit-codes';
import { errorLines } from './report-error';
import { usageText } from './usage';
import { UsageError } from './usage-error';

function findCommand(call: ParsedCall): { command: CommandSpec; args: string[] } {
  const [name, ...args] = call.positionals;
  if (!name) throw new UsageError('missingCommand');
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError('unknownCommand', { command: name });
  for (const option of call.given) {
    if (!GLOBAL_OPTIONS.includes(option) && !command.options.includes(option)) {
      throw new UsageError('optionNotAllowed', { option: `--${option}`, command: name });
    }
  }
  if (args.length < command.args.length) throw new UsageError('missingArgument', { argument: command.args[args.length] });
  if (args.length > command.args.length && !command.variadic) throw new UsageError('tooManyArguments', { extra: args.slice(command.args.length).join(' ') });
  return { command, args };
}

/** On the worker pool when the built worker is there (the CLI next to it), else in this thread. */
function pdfWriter(io: CliIo): PdfWriter {
  const workerPath = io.renderPdf ? undefined : io.documentWorkerPath;
  if (!workerPath) {
    const render = io.renderPdf ?? renderArt30Pdf;
    return async (snapshot, options, target) => writeFileAtomic(target, await render(snapshot, options));
  }
  return async (snapshot, options, target) => {
    const written = await new DocumentJobs({ workerPath }).writePdf({ snapshot, options: { ...options, asOf: localIsoDate((io.now ?? (() => new Date()))()) } }, target);
    if (!written) throw new Error('The PDF was not written');
  };
}

function commandContext(io: CliIo, call: ParsedCall, args: string[], language: Language): CommandContext {
  const name = io.env.VVT_ACTOR || `${io.env.USER || io.env.USERNAME || 'unknown'} (vvt CLI)`;
  return {
    args,
    options: call.options,
    language,
    t: translator(language),
    print: (line = '') => io.stdout(`${line}\n`),
    warn: (line) => io.stderr(`${line}\n`),
    path: (argument) => resolve(io.cwd, argument),
    now: io.now ?? (() => new Date()),
    actor: name,
    renderPdf: io.renderPdf ?? renderArt30Pdf,
    writePdf: pdfWriter(io),
  };
}

/**
 * Runs one `vvt` call and returns its exit code; output goes only through `io`, so tests
 * run the CLI in-process. Errors are printed translated, without stack unless VVT_DEBUG=1.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let language = guessLanguage(argv, io.env);
  try {
    const call = parseCall(argv);
    language = (call.options.lang as Language | undefined) ?? language;
    if (call.options.help) {
      io.stdout(usageText(COMMANDS, translator(language)));
      return EXIT.ok;
    }
    if (call.options.version) {
      io.stdout(`vvt ${appVersion()}\n`);
      return EXIT.ok;
    }
    const { command, args } = findCommand(call);
    const code = await command.run(commandContext(io, call, args, language));
    return code ?? EXIT.ok;
  } catch (error) {
    for (const line of errorLines(error, language, io.env.VVT_DEBUG === '1')) io.stderr(`${line}\n`);
    return exitCodeFor(error);
  }
}
