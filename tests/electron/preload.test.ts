import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { VvtBridge } from '../../domain/ipc/bridge';
import { CHANNELS } from '../../domain/ipc/contract';
import { EVENT_CHANNELS } from '../../domain/ipc/events';
import { electronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

// Adding a key to VvtBridge fails compilation here until the test (and the preload) know it.
const BRIDGE_KEYS: Record<keyof VvtBridge, true> = { api: true, onMenuCommand: true, onProgress: true };

const { ipcRenderer, contextBridge } = electronFake;
let bridge: VvtBridge;

beforeAll(async () => {
  await import('../../electron/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0];
  expect(name).toBe('vvt');
  bridge = exposed as VvtBridge;
});

type Listener = (event: unknown, value: unknown) => void;

function listenerOn(channel: string): Listener {
  const call = ipcRenderer.on.mock.calls.findLast(([c]) => c === channel);
  if (!call) throw new Error(`nothing listens on ${channel}`);
  return call[1] as Listener;
}

describe('preload bridge', () => {
  it('exposes exactly the VvtBridge keys', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_KEYS).sort());
  });

  it('has one api function per contract channel and nothing else', () => {
    expect(Object.keys(bridge.api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof bridge.api[channel]).toBe('function');
  });

  it('forwards each api call to ipcRenderer.invoke on its channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'ok' });
    await expect(bridge.api['register.openRecent']({ path: '/x.vvt' })).resolves.toEqual({ ok: true, value: 'ok' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('register.openRecent', { path: '/x.vvt' });
    await bridge.api['register.current']();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('register.current', undefined);
  });

  it('never hands ipcRenderer or the IPC event to the page', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown) => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(ipcRenderer);
      Object.values(value as object).forEach(walk);
    };
    walk(bridge);

    const received: unknown[][] = [];
    bridge.onMenuCommand((...args) => received.push(args));
    listenerOn(EVENT_CHANNELS.menuCommand)({ sender: ipcRenderer }, 'register.new');
    expect(received).toEqual([['register.new']]);
  });

  it('delivers only known menu commands and well-formed progress events', () => {
    const commands: unknown[] = [];
    const progress: unknown[] = [];
    bridge.onMenuCommand((command) => commands.push(command));
    bridge.onProgress((event) => progress.push(event));
    const sendCommand = listenerOn(EVENT_CHANNELS.menuCommand);
    const sendProgress = listenerOn(EVENT_CHANNELS.progress);
    sendCommand({}, 'print');
    sendCommand({}, 'rm -rf');
    sendProgress({}, { task: 'pdf', done: 2, total: 5 });
    sendProgress({}, { task: 'pdf', done: 'two' });
    expect(commands).toEqual(['print']);
    expect(progress).toEqual([{ task: 'pdf', done: 2, total: 5 }]);
  });

  it('returns an unsubscribe that removes exactly its listener', () => {
    const unsubscribe = bridge.onProgress(() => {});
    const listener = listenerOn(EVENT_CHANNELS.progress);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenLastCalledWith(EVENT_CHANNELS.progress, listener);
  });
});
