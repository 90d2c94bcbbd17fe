import type { VvtBridge } from '../domain/ipc/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (and imitated by the browser test bridge); the renderer's only way to main. */
    readonly vvt: VvtBridge;
  }
}

export {};
