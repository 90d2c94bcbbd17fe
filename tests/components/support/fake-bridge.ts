import { vi, type Mock } from 'vitest';
import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput } from '../../../domain/ipc/contract';
import type { VvtBridge } from '../../../domain/ipc/bridge';
import type { MenuCommand, ProgressEvent } from '../../../domain/ipc/events';
import { AppError, type Result } from '../../../domain/ipc/result';

/** What a test answers per channel: a value, or throw an AppError to answer `{ ok: false }`. */
export type FakeHandlers = {
  [C in Channel]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface FakeBridge {
  bridge: VvtBridge;
  /** The spy behind each channel; `calls` holds the payloads as they crossed the bridge. */
  api: Record<Channel, Mock<(input?: unknown) => Promise<Result<unknown>>>>;
  handlers: FakeHandlers;
  /** Payloads sent on one channel, in order. */
  payloads(channel: Channel): unknown[];
  menu(command: MenuCommand): void;
  progress(event: ProgressEvent): void;
}

/**
 * A stand-in for the preload's `window.vvt`. Like ipcRenderer.invoke it structured-clones
 * every payload, so a Vue reactive proxy sent by mistake fails here as it would in Electron.
 * Channels without a handler answer an `internal` error, which the UI shows in role="alert".
 */
export function createFakeBridge(handlers: FakeHandlers = {}): FakeBridge {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const progressListeners = new Set<(event: ProgressEvent) => void>();

  const api = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      vi.fn(async (input?: unknown): Promise<Result<unknown>> => {
        const payload = input === undefined ? undefined : structuredClone(input);
        const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
        if (!handler) return { ok: false, error: { code: 'internal', message: `not faked: ${channel}`, params: { detail: channel } } };
        try {
          return { ok: true, value: await handler(payload) };
        } catch (error) {
          if (error instanceof AppError) return { ok: false, error: error.toData() };
          throw error;
        }
      }),
    ]),
  ) as FakeBridge['api'];

  const bridge: VvtBridge = {
    api: api as unknown as VvtBridge['api'],
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => void menuListeners.delete(listener);
    },
    onProgress(listener) {
      progressListeners.add(listener);
      return () => void progressListeners.delete(listener);
    },
  };

  return {
    bridge,
    api,
    handlers,
    payloads: (channel) => api[channel].mock.calls.map((call) => call[0]),
    menu: (command) => menuListeners.forEach((listener) => listener(command)),
    progress: (event) => progressListeners.forEach((listener) => listener(event)),
  };
}

export function installBridge(fake: FakeBridge): void {
  Object.defineProperty(window, 'vvt', { value: fake.bridge, configurable: true, writable: false });
}

export function removeBridge(): void {
  delete (window as unknown as { vvt?: VvtBridge }).vvt;
}
