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

function toErrorData(channel: string, error: unknown, logError: (channel: string, error: unknown) => void): AppErrorData {
  if (error instanceof AppError) return error.toData();
  if (error instanceof ZodError) {
    return { code: 'validation', message: 'Stored or produced data failed validation', issues: issuesFromZod(error) };
  }
  logError(channel, error);
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
