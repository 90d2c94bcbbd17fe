import { z } from 'zod';

/**
 * Error codes every boundary can answer with. The renderer translates `code` (with
 * `params`) through i18n; `message` is an English fallback for logs and the CLI.
 */
export const ErrorCodeSchema = z.enum([
  'validation',
  'unknown_channel',
  'no_register_open',
  'register_too_new',
  'register_outdated',
  'not_a_register',
  'file_not_found',
  'folder_not_found',
  'file_exists',
  'not_found',
  'conflict',
  'io',
  'import_invalid',
  'internal',
  'register_locked',
  'register_damaged',
  'register_tampered',
  'leftover_files',
  'disk_full',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export interface ValidationIssue {
  /** Dotted path into the payload, e.g. "activity.purposes.0.description". */
  path: string;
  /** Zod issue code, translated by the renderer ("too_small", "invalid_type", …). */
  code: string;
  message: string;
  /** Values the translated message names (e.g. the refused catalogue id). */
  params?: Record<string, string>;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
  issues?: ValidationIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown inside main-process services; turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: ValidationIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return { code: this.code, message: this.message, params: this.params, issues: this.issues };
  }
}

export function issuesFromZod(error: z.ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => {
    // Custom checks (e.g. catalogue ids) name their own code and the value refused.
    const params = issue.code === 'custom' ? (issue.params as { code?: unknown; value?: unknown } | undefined) : undefined;
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      code: typeof params?.code === 'string' ? params.code : issue.code,
      message: issue.message,
      ...(typeof params?.value === 'string' ? { params: { value: params.value } } : {}),
    };
  });
}
