import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Dispatch } from '../../backend/ipc/dispatcher';
import { CHANNELS, type Channel } from '../../domain/ipc/contract';
import { EVENT_CHANNELS, type MenuCommand, type ProgressEvent } from '../../domain/ipc/events';
import type { Result } from '../../domain/ipc/result';
import { isTrustedUrl } from './security';

export interface IpcOptions {
  dispatch: Dispatch;
  /** Origins of the app's own pages (app://vvt, or the dev server in development). */
  trustedOrigins: readonly string[];
  /** Runs after a successful or failed call, e.g. to refresh the window title; never delays the answer. */
  afterDispatch?: (channel: Channel, result: Result<unknown>) => void | Promise<void>;
}

/** Only the top frame of a page from the app's own origin may call into main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, trustedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrustedUrl(frame.url, trustedOrigins);
}

function foreignSender(channel: Channel): Result<never> {
  return {
    ok: false,
    error: { code: 'unknown_channel', message: `Calls to ${channel} are only accepted from the app's own page`, params: { channel } },
  };
}

/** Registers one handler per contract channel; returns a function that removes them again. */
export function registerIpcHandlers({ dispatch, trustedOrigins, afterDispatch }: IpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event, trustedOrigins)) return foreignSender(channel);
      const result = await dispatch(channel, payload);
      if (afterDispatch) {
        Promise.resolve()
          .then(() => afterDispatch(channel, result))
          .catch((error: unknown) => console.error(`[ipc] after ${channel}`, error));
      }
      return result;
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

export function sendMenuCommand(contents: WebContents, command: MenuCommand): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNELS.menuCommand, command);
}

export function sendProgress(contents: WebContents, event: ProgressEvent): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNELS.progress, event);
}
