import { translate } from '../../domain/i18n/translate';
import { AppError } from '../../domain/ipc/result';
import type { Language } from '../../domain/model/common';

export type SpreadsheetErrorKey = 'unsupported' | 'tooLarge' | 'tooManyRows' | 'tooManyCells' | 'unreadable' | 'expired';

/**
 * A spreadsheet that cannot be read at all (texts in `formats.import.errors`). It travels as
 * `import_invalid` with the text in the caller's language as detail, so the CLI and the
 * renderer show it through the existing error texts.
 */
export class SpreadsheetError extends AppError {
  constructor(
    readonly key: SpreadsheetErrorKey,
    readonly values: Record<string, string | number>,
    language: Language,
  ) {
    const text = translate(language, `formats.import.errors.${key}`, values);
    super('import_invalid', text, { detail: text });
    this.name = 'SpreadsheetError';
  }
}
