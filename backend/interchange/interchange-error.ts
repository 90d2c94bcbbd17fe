import { describeInterchangeFailure, describeProblem, type InterchangeFailure } from '../../domain/interchange';
import { AppError } from '../../domain/ipc/result';

/**
 * An interchange file that cannot be imported. Carries the structured failure so the CLI
 * (and later the UI) can show it in the user's language; `message` is the English text.
 */
export class InterchangeError extends AppError {
  readonly failure: InterchangeFailure;
  /** The file the failure is about, when known. */
  readonly source?: string;

  constructor(failure: InterchangeFailure, source?: string) {
    const english = describeInterchangeFailure(failure, 'en');
    if (failure.kind === 'too_new') {
      super('register_too_new', english[0], { fileVersion: failure.fileVersion, supportedVersion: failure.supportedVersion });
    } else {
      const issues =
        failure.kind === 'invalid'
          ? failure.problems.map((p) => ({ path: p.path, code: p.code, message: describeProblem(p, 'en') }))
          : undefined;
      super('import_invalid', english.join('\n'), { detail: english[0] }, issues);
    }
    this.name = 'InterchangeError';
    this.failure = failure;
    this.source = source;
  }
}
