import { AppError, type ErrorCode } from '../../domain/ipc/result';
import { InterchangeError } from '../interchange/interchange-error';
import { UsageError } from './usage-error';
import { ApprovalRefusedError } from '../approval/approve';

/** Exit codes scripts can rely on (documented in --help and the README). */
export const EXIT = {
  ok: 0,
  usage: 1,
  invalidInput: 2,
  notFound: 3,
  io: 4,
  internal: 5,
  /** `vvt check`: the register has at least one finding of severity error. */
  errorFindings: 6,
  /** `approve`: the approval gate refused (open errors, or warnings without --acknowledge). */
  approvalRefused: 7,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const EXIT_FOR_APP_ERROR: Partial<Record<ErrorCode, ExitCode>> = {
  validation: EXIT.invalidInput,
  import_invalid: EXIT.invalidInput,
  file_not_found: EXIT.notFound,
  folder_not_found: EXIT.notFound,
  not_a_register: EXIT.notFound,
  register_too_new: EXIT.notFound,
  file_exists: EXIT.usage,
  io: EXIT.io,
  register_locked: EXIT.io,
  disk_full: EXIT.io,
  leftover_files: EXIT.io,
  register_damaged: EXIT.invalidInput,
  register_tampered: EXIT.invalidInput,
};

/** Error codes of the file system and of SQLite that mean "could not read or write". */
const IO_ERROR_CODES = /^(E[A-Z]+|SQLITE_(CANTOPEN|IOERR.*|FULL|READONLY.*|BUSY.*|LOCKED.*|PERM|AUTH))$/;

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : '';
}

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof ApprovalRefusedError) return EXIT.approvalRefused;
  if (error instanceof InterchangeError) return error.failure.kind === 'too_new' ? EXIT.notFound : EXIT.invalidInput;
  if (error instanceof AppError) return EXIT_FOR_APP_ERROR[error.code] ?? EXIT.internal;
  const code = errorCode(error);
  if (IO_ERROR_CODES.test(code)) return EXIT.io;
  return EXIT.internal;
}
