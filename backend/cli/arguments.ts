import { parseArgs } from 'node:util';
import type { Language } from '../../domain/model/common';
import type { CliOptions } from './cli-io';
import { COMMAND_OPTION_VALUES, OPTION_VALUES, type OptionName } from './command-spec';
import { errorCode } from './exit-codes';
import { UsageError } from './usage-error';

const PARSE_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  organisation: { type: 'string' },
  replace: { type: 'boolean' },
  variant: { type: 'string' },
  json: { type: 'boolean' },
  acknowledge: { type: 'string' },
  'record-submission': { type: 'boolean' },
  authority: { type: 'string' },
  'with-log': { type: 'boolean' },
  'skip-damaged': { type: 'boolean' },
  list: { type: 'boolean' },
  verify: { type: 'boolean' },
  search: { type: 'string' },
  'dry-run': { type: 'boolean' },
  activity: { type: 'string', multiple: true },
  channel: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

export interface ParsedCall {
  options: CliOptions;
  positionals: string[];
  /** The options actually given, to check them against the command. */
  given: OptionName[];
}

function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en';
}

/**
 * The language for messages even before the arguments are known to be valid: a valid
 * --lang wins, else English if LANG starts with "en", else German.
 */
export function guessLanguage(argv: string[], env: Record<string, string | undefined>): Language {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : argv[i] === '--lang' ? argv[i + 1] : undefined;
    if (isLanguage(value)) return value;
  }
  return env.LANG?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

function usageErrorFrom(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' =]+)/.exec(message)?.[1] ?? message;
  if (errorCode(error) === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(/does not take an argument/.test(message) ? 'optionTakesNoValue' : 'optionNeedsValue', { option });
  }
  return new UsageError('unknownOption', { option });
}

export function parseCall(argv: string[]): ParsedCall {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: PARSE_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const given = parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name as OptionName] : []));
  const options = parsed.values as CliOptions;
  const values = { ...OPTION_VALUES, ...COMMAND_OPTION_VALUES[parsed.positionals[0] ?? ''] };
  for (const [name, allowed] of Object.entries(values) as [OptionName, readonly string[]][]) {
    const value = options[name];
    if (typeof value === 'string' && !allowed.includes(value)) {
      throw new UsageError('badOptionValue', { option: `--${name}`, value, allowed: allowed.join(', ') });
    }
  }
  return { options, positionals: parsed.positionals, given };
}
