import { isAbsolute, resolve } from 'node:path';
import type { Dispatch } from '../../backend/ipc/dispatcher';
import { translate } from '../../domain/i18n';
import type { MenuCommand } from '../../domain/ipc/events';
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
  /** A loaded page listens in the window: it may hold unsaved edits, so it must be asked first. */
  rendererReady(): boolean;
  /** Leaves the path for register.openRequested (the backend's PendingOpen). */
  offer(path: string): void;
  send(command: MenuCommand): void;
}

/** 'asked': the renderer decides (unsaved-changes question) and opens it itself. */
export type OpeningOutcome = 'asked' | 'opened' | 'failed';

/**
 * Main never replaces the renderer's register behind its back: with a page loaded it only
 * asks, and the page opens the file after its unsaved-changes check. Without one (at start,
 * or before a new window has loaded) there are no edits to lose, so main opens it directly.
 */
function askRenderer(host: RegisterOpeningHost, path: string): boolean {
  if (!host.rendererReady()) return false;
  host.offer(path);
  host.send('register.openRequested');
  return true;
}

export async function openRegisterFile(host: RegisterOpeningHost, path: string): Promise<OpeningOutcome> {
  if (askRenderer(host, path)) return 'asked';
  try {
    await host.openPath(path);
  } catch (error) {
    host.showError(translate(host.language(), 'shell.openFailed'), describeError(host.language(), error));
    return 'failed';
  }
  host.opened();
  return 'opened';
}

/** Through the dispatcher, so a vanished file is also dropped from the recent list. */
export async function openRecentRegister(host: RegisterOpeningHost, path: string): Promise<OpeningOutcome> {
  if (askRenderer(host, path)) return 'asked';
  const result = await host.dispatch('register.openRecent', { path });
  if (!result.ok) {
    host.showError(translate(host.language(), 'shell.openFailed'), describeError(host.language(), result.error));
    return 'failed';
  }
  host.opened();
  return 'opened';
}
