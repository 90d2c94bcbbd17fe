import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createInvokeApi, type VvtBridge } from '../../domain/ipc/bridge';
import { EVENT_CHANNELS, MENU_COMMANDS, type MenuCommand, type ProgressEvent } from '../../domain/ipc/events';

/*
 * The sandboxed preload: one named function per contract channel plus two subscriptions.
 * ipcRenderer itself and the IPC event object (whose `sender` is ipcRenderer) never reach
 * the page.
 */

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isProgressEvent(value: unknown): value is ProgressEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  return typeof event.task === 'string' && typeof event.done === 'number' && typeof event.total === 'number';
}

function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge = {
  api: createInvokeApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
  onMenuCommand: (listener: (command: MenuCommand) => void) => subscribe(EVENT_CHANNELS.menuCommand, isMenuCommand, listener),
  onProgress: (listener: (event: ProgressEvent) => void) => subscribe(EVENT_CHANNELS.progress, isProgressEvent, listener),
} satisfies VvtBridge;

contextBridge.exposeInMainWorld('vvt', bridge);
