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
  run(ctx: CommandContext): Promise<void>;
}

export const GLOBAL_OPTIONS: OptionName[] = ['lang', 'help', 'version'];

/** Allowed values of options that take one. */
export const OPTION_VALUES: Partial<Record<OptionName, readonly string[]>> = {
  lang: ['de', 'en'],
  variant: ['authority', 'internal'],
  format: ['text', 'html', 'md', 'pdf'],
};

const OPTION_SYNOPSIS: Record<OptionName, string> = {
  lang: '[--lang de|en]',
  help: '[--help]',
  version: '[--version]',
  organisation: '[--organisation NAME]',
  replace: '[--replace]',
  variant: '[--variant authority|internal]',
  json: '[--json]',
  activity: '(--activity ID',
  channel: '| --channel ID)',
  format: '[--format text|html|md|pdf]',
  out: '[--out FILE]',
};

export function synopsis(command: CommandSpec): string {
  const options = [...command.options, ...(command.showsLang ? (['lang'] as const) : [])];
  return ['vvt', command.name, ...command.args, ...options.map((o) => OPTION_SYNOPSIS[o])].join(' ');
}
