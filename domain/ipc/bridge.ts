import { CHANNELS, type Channel, type InvokeApi } from './contract';
import type { MenuCommand, ProgressEvent } from './events';
import type { Result } from './result';

/**
 * What the preload exposes as `window.vvt` (and what the browser test bridge imitates):
 * one named function per contract channel, plus subscriptions to main's events.
 */
export interface VvtBridge {
  api: InvokeApi;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

export type RawInvoke = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

/** Builds the named API from the contract's channel list over one transport function. */
export function createInvokeApi(invoke: RawInvoke, channels: readonly Channel[] = CHANNELS): InvokeApi {
  return Object.fromEntries(channels.map((channel) => [channel, (input?: unknown) => invoke(channel, input)])) as InvokeApi;
}
