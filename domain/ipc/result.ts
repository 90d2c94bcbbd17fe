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
  /** Zod issue code, translated by the renderer ("too_small", "invalid_type", …), or a more specific one (see issueCode). */
  code: string;
  message: string;
  /** Values the translated message names, e.g. { maximum: 20000 }. */
  params?: Record<string, string | number>;
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
    const specific = specificIssue(issue);
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      code: specific?.code ?? issue.code,
      message: issue.message,
      ...(specific?.params ? { params: specific.params } : {}),
    };
  });
}

/**
 * A more telling code than zod's own where the generic text would mislead ("Bitte ausfüllen."
 * for −5 years, "Ungültiges Format." for a date): numbers out of range, texts too long, dates,
 * and the input rules' own codes (custom issues with params.code).
 */
function specificIssue(issue: z.core.$ZodIssue): { code: string; params?: Record<string, string | number> } | null {
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      if (typeof params.code !== 'string') return null;
      const values = Object.fromEntries(Object.entries(params).filter(([key, value]) => key !== 'code' && (typeof value === 'string' || typeof value === 'number'))) as Record<string, string | number>;
      return { code: params.code, params: values };
    }
    case 'too_small':
      return issue.origin === 'number' ? { code: 'number_too_small', params: { minimum: Number(issue.minimum) } } : null;
    case 'too_big':
      if (issue.origin === 'number') return { code: 'number_too_big', params: { maximum: Number(issue.maximum) } };
      if (issue.origin === 'string') return { code: 'text_too_long', params: { maximum: Number(issue.maximum) } };
      return null;
    case 'invalid_format':
      return issue.format === 'date' ? { code: 'invalid_date' } : null;
    case 'invalid_type':
      return issue.expected === 'int' ? { code: 'not_whole_number' } : null;
    default:
      return null;
  }
}
