import type { CliOptions, CommandContext } from './cli-io';

export type OptionName = keyof CliOptions;

export interface CommandSpec {
  name: string;
  /** Placeholders of the required arguments, in order, e.g. `<file.json>`. */
  args: string[];
  /** Options besides the global ones (--lang, --help, --version). */
  options: OptionName[];
  /** Shown in the synopsis although global, because the command uses it (e.g. --lang for PDFs). */
  showsLang?: boolean;
  /** Synopsis of an option where this command gives it other values than the default text. */
  optionSynopsis?: Partial<Record<OptionName, string>>;
  /** i18n key of the --help text when it is not `cli.usage.command.<name>`. */
  helpKey?: string;
  /** The last argument may be repeated (`<folder>...`). */
  variadic?: boolean;
  /** Resolves to an exit code when the command reports a result that is not success (e.g. `check`). */
  run(ctx: CommandContext): Promise<void | number>;
}

export const GLOBAL_OPTIONS: OptionName[] = ['lang', 'help', 'version'];

/** Allowed values of options that take one. */
export const OPTION_VALUES: Partial<Record<OptionName, readonly string[]>> = {
  lang: ['de', 'en'],
  variant: ['authority', 'internal'],
  format: ['text', 'html', 'md', 'pdf'],
};

/** Commands whose option takes other values than OPTION_VALUES says (checked before the command runs). */
export const COMMAND_OPTION_VALUES: Record<string, Partial<Record<OptionName, readonly string[]>>> = {
  docx: { variant: ['controller', 'internal', 'processor'] },
};

const OPTION_SYNOPSIS: Record<OptionName, string> = {
  lang: '[--lang de|en]',
  help: '[--help]',
  version: '[--version]',
  organisation: '[--organisation NAME]',
  replace: '[--replace]',
  variant: '[--variant authority|internal]',
  json: '[--json]',
  acknowledge: '[--acknowledge REASON]',
  'record-submission': '[--record-submission]',
  authority: '[--authority NAME]',
  'with-log': '[--with-log]',
  'skip-damaged': '[--skip-damaged]',
  list: '[--list]',
  verify: '[--verify]',
  search: '[--search TEXT]',
  'dry-run': '[--dry-run]',
  activity: '[--activity ID …]',
  channel: '[--channel ID …]',
  format: '[--format text|html|md|pdf]',
  out: '[--out FILE]',
};

export function synopsis(command: CommandSpec): string {
  const options = [...command.options, ...(command.showsLang ? (['lang'] as const) : [])];
  return ['vvt', command.name, ...command.args.map((a, i) => (command.variadic && i === command.args.length - 1 ? `${a}...` : a)), ...options.map((o) => command.optionSynopsis?.[o] ?? OPTION_SYNOPSIS[o])].join(' ');
}
