import { describeInterchangeFailure } from '../../domain/interchange';
import type { TranslateParams } from '../../domain/i18n/translate';
import { AppError } from '../../domain/ipc/result';
import type { Language } from '../../domain/model/common';
import { translate } from '../../domain/i18n/translate';
import { InterchangeError } from '../interchange/interchange-error';
import { EXIT, errorCode, exitCodeFor } from './exit-codes';
import { UsageError } from './usage-error';

/** The lines written to stderr for an error, in the user's language; a stack trace only on request. */
export function errorLines(error: unknown, language: Language, debug: boolean): string[] {
  const t = (key: string, params?: TranslateParams) => translate(language, key, params);
  const lines = messageLines(error, language);
  const exitCode = exitCodeFor(error);
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  else if (exitCode === EXIT.internal || exitCode === EXIT.io) lines.push(t('cli.error.debugHint'));
  return lines;
}

function messageLines(error: unknown, language: Language): string[] {
  const t = (key: string, params?: TranslateParams) => translate(language, key, params);
  if (error instanceof UsageError) return [t(`cli.error.${error.key}`, error.params), t('cli.error.seeHelp')];
  if (error instanceof InterchangeError) {
    const lines = describeInterchangeFailure(error.failure, language);
    return error.source ? [`${error.source}:`, ...lines] : lines;
  }
  if (error instanceof AppError) {
    const key = typeof error.params?.messageKey === 'string' ? error.params.messageKey : `errors.${error.code}`;
    const text = t(key, { detail: error.message, ...error.params });
    return [text === key ? error.message : text];
  }
  const message = error instanceof Error ? error.message : String(error);
  const exitCode = exitCodeFor(error);
  if (exitCode === EXIT.io) return [t('errors.io', { detail: `${message} (${errorCode(error)})` })];
  return [t('errors.internal', { detail: message })];
}
