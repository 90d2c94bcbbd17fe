import type { TranslateParams } from '../../domain/i18n/translate';

/** A wrong call (exit code 1); `key` is a text in `cli.error`. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: TranslateParams = {},
  ) {
    super(`usage error: ${key} ${JSON.stringify(params)}`);
    this.name = 'UsageError';
  }
}
