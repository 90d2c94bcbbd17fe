import { isAbsolute, resolve } from 'node:path';
import type { Dispatch } from '../../backend/ipc/dispatcher';
import { translate } from '../../domain/i18n';
import { AppError, type AppErrorData } from '../../domain/ipc/result';
import type { Language } from '../../domain/model';
import { REGISTER_EXTENSION } from '../../domain/model';

/**
 * Opening a register without the renderer asking: a double-clicked .vvt file (argv on
 * Windows, 'open-file' on macOS) or an entry of the "Open recent" menu.
 */

/** The first .vvt argument; argv[0] is the executable, switches start with "-". */
export function registerPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const suffix = `.${REGISTER_EXTENSION}`;
  const arg = argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(suffix));
  if (!arg) return null;
  return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
}

export function describeError(language: Language, error: unknown): string {
  const data: AppErrorData | null =
    error instanceof AppError ? error.toData() : isErrorData(error) ? error : null;
  if (data) {
    const text = translate(language, `errors.${data.code}`, { detail: data.message, ...data.params });
    return text === `errors.${data.code}` ? data.message : text;
  }
  return error instanceof Error ? error.message : String(error);
}

function isErrorData(value: unknown): value is AppErrorData {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

export interface RegisterOpeningHost {
  dispatch: Dispatch;
  /** Opens any register file (the session's open, not limited to the recent list). */
  openPath(path: string): Promise<unknown>;
  language(): Language;
  /** Refreshes title and menu and sends 'register.opened' to the renderer. */
  opened(): void;
  showError(title: string, message: string): void;
}

export async function openRegisterFile(host: RegisterOpeningHost, path: string): Promise<boolean> {
  try {
    await host.openPath(path);
  } catch (error) {
    host.showError(translate(host.language(), 'shell.openFailed'), describeError(host.language(), error));
    return false;
  }
  host.opened();
  return true;
}

/** Through the dispatcher, so a vanished file is also dropped from the recent list. */
export async function openRecentRegister(host: RegisterOpeningHost, path: string): Promise<boolean> {
  const result = await host.dispatch('register.openRecent', { path });
  if (!result.ok) {
    host.showError(translate(host.language(), 'shell.openFailed'), describeError(host.language(), result.error));
    return false;
  }
  host.opened();
  return true;
}
