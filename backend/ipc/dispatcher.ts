import { ZodError } from 'zod';
import { contract, isChannel, type Handlers } from '../../domain/ipc/contract';
import { AppError, issuesFromZod, type AppErrorData, type Result } from '../../domain/ipc/result';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors are reported (main process log); defaults to console.error. */
  logError?: (channel: string, error: unknown) => void;
}

/**
 * The only way into main-process services. Electron's ipcMain, the browser test bridge and
 * the CLI call this function: the channel name and the payload are untrusted until the
 * contract's schema has parsed them, and every outcome is a Result, never a thrown error.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[ipc] ${channel} failed`, error));
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return failure({ code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` });
    }
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) {
      return failure({
        code: 'validation',
        message: `Invalid input for ${channel}`,
        issues: issuesFromZod(parsed.error),
      });
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return failure(toErrorData(channel, error, logError));
    }
  };
}

function failure(error: AppErrorData): Result<never> {
  return { ok: false, error };
}

/**
 * SQLite and file-system errors a user can act on get their own codes instead of "internal":
 * a register locked by another process, a full disk, a damaged file.
 */
function storageErrorData(error: unknown): AppErrorData | null {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const message = error instanceof Error ? error.message : String(error);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return { code: 'register_locked', message, params: { path: '', since: '?', pid: '?', host: '?', program: '?' } };
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'disk_full', message, params: { detail: message } };
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return { code: 'register_damaged', message, params: { path: '', detail: message } };
  if (/^SQLITE_(IOERR|READONLY|CANTOPEN)/.test(code) || /^E[A-Z]+$/.test(code)) return { code: 'io', message, params: { detail: message } };
  return null;
}

function toErrorData(channel: string, error: unknown, logError: (channel: string, error: unknown) => void): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const storage = storageErrorData(error);
  if (storage) return storage;
  if (error instanceof ZodError) {
    return { code: 'validation', message: 'Stored or produced data failed validation', issues: issuesFromZod(error) };
  }
  logError(channel, error);
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
