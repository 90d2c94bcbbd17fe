import type { TranslateParams } from '../../domain/i18n/translate';
import { synopsis, type CommandSpec } from './command-spec';
import { EXIT } from './exit-codes';

const OPTION_LINES: [string, string][] = [
  ['--lang de|en', 'lang'],
  ['-h, --help', 'help'],
  ['--version', 'version'],
  ['--organisation NAME', 'organisation'],
  ['--replace', 'replace'],
  ['--variant authority|internal', 'variant'],
  ['--json', 'json'],
  ['--acknowledge REASON', 'acknowledge'],
  ['--record-submission', 'record-submission'],
  ['--authority NAME', 'authority'],
  ['--with-log', 'reliability.option.withLog'],
  ['--skip-damaged', 'reliability.option.skipDamaged'],
  ['--list', 'reliability.option.list'],
  ['--verify', 'reliability.option.verify'],
  ['--search TEXT', 'search'],
  ['--dry-run', 'formats.cli.option.dryRun'],
  ['--activity ID', 'formats.cli.option.activity'],
  ['--channel ID', 'formats.cli.option.channel'],
  ['--format text|html|md|pdf', 'format'],
  ['--out FILE', 'out'],
];

const EXIT_LINES: [number, string][] = [
  [EXIT.ok, 'ok'],
  [EXIT.usage, 'usage'],
  [EXIT.invalidInput, 'invalid_input'],
  [EXIT.notFound, 'not_found'],
  [EXIT.io, 'io'],
  [EXIT.internal, 'internal'],
  [EXIT.errorFindings, 'error_findings'],
  [EXIT.approvalRefused, 'approval_refused'],
];

/** The text of `vvt --help`; synopses are language-neutral, explanations translated. */
export function usageText(commands: CommandSpec[], t: (key: string, params?: TranslateParams) => string): string {
  const width = Math.max(...OPTION_LINES.map(([flag]) => flag.length)) + 2;
  return [
    t('cli.usage.intro'),
    '',
    `${t('cli.usage.usage')}:`,
    '  vvt <command> [arguments] [options]',
    '',
    `${t('cli.usage.commands')}:`,
    ...commands.flatMap((command) => [`  ${synopsis(command)}`, `      ${t(command.helpKey ?? `cli.usage.command.${command.name}`)}`]),
    '',
    `${t('cli.usage.options')}:`,
    ...OPTION_LINES.map(([flag, key]) => `  ${flag.padEnd(width)}${t(key.includes('.') ? key : `cli.usage.option.${key}`)}`),
    '',
    `${t('cli.usage.exitCodes')}:`,
    ...EXIT_LINES.map(([code, key]) => `  ${code}  ${t(`cli.usage.exit.${key}`)}`),
    '',
    `${t('cli.usage.environment')}:`,
    `  ${t('cli.usage.env.debug')}`,
    `  ${t('cli.usage.env.actor')}`,
    '',
    t('cli.usage.note'),
    '',
  ].join('\n');
}
