import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../domain/ipc/contract';
import { EVENT_CHANNELS } from '../../domain/ipc/events';
import type { Result } from '../../domain/ipc/result';
import { electronFake, FakeWebContents } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { registerIpcHandlers, sendMenuCommand, sendProgress } = await import('../../electron/main/ipc');

type Handler = (event: unknown, payload: unknown) => Promise<Result<unknown>>;

const APP_FRAME = { url: 'app://vvt/index.html', parent: null };

function register(afterDispatch = vi.fn()) {
  const dispatch = vi.fn(async (channel: unknown, payload: unknown): Promise<Result<unknown>> => ({ ok: true, value: { channel, payload } }));
  const unregister = registerIpcHandlers({ dispatch, trustedOrigins: ['app://vvt'], afterDispatch });
  const handlers = new Map(electronFake.ipcMain.handle.mock.calls.map(([channel, handler]) => [channel as string, handler as Handler]));
  return { dispatch, handlers, afterDispatch, unregister };
}

beforeEach(() => vi.clearAllMocks());

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, once each', () => {
    const { handlers } = register();
    const registered = electronFake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(registered).toHaveLength(CHANNELS.length);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes calls from the app page to the dispatcher and returns its result', async () => {
    const { handlers, dispatch, afterDispatch } = register();
    const result = await handlers.get('settings.update')!({ senderFrame: APP_FRAME }, { language: 'en' });
    expect(dispatch).toHaveBeenCalledWith('settings.update', { language: 'en' });
    expect(result).toEqual({ ok: true, value: { channel: 'settings.update', payload: { language: 'en' } } });
    await vi.waitFor(() => expect(afterDispatch).toHaveBeenCalledWith('settings.update', result));
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['an embedded frame of the app', { url: 'app://vvt/frame.html', parent: APP_FRAME }],
    ['a destroyed frame', null],
  ])('rejects a call from %s without dispatching', async (_label, senderFrame) => {
    const { handlers, dispatch, afterDispatch } = register();
    const result = await handlers.get('register.open')!({ senderFrame }, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel', params: { channel: 'register.open' } } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(afterDispatch).not.toHaveBeenCalled();
  });

  it('an error in the follow-up does not change the answer', async () => {
    const failing = vi.fn(() => {
      throw new Error('title update failed');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { handlers } = register(failing);
    await expect(handlers.get('register.close')!({ senderFrame: APP_FRAME }, undefined)).resolves.toMatchObject({ ok: true });
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    logged.mockRestore();
  });

  it('returns a function that removes every handler', () => {
    const { unregister } = register();
    unregister();
    expect(electronFake.ipcMain.removeHandler.mock.calls.map(([c]) => c).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('events to the renderer', () => {
  it('sends menu commands and progress on the event channels', () => {
    const contents = new FakeWebContents();
    sendMenuCommand(contents as never, 'register.opened');
    sendProgress(contents as never, { task: 'pdf', done: 1, total: 3 });
    expect(contents.send.mock.calls).toEqual([
      [EVENT_CHANNELS.menuCommand, 'register.opened'],
      [EVENT_CHANNELS.progress, { task: 'pdf', done: 1, total: 3 }],
    ]);
  });

  it('does not send to a destroyed page', () => {
    const contents = new FakeWebContents();
    contents.isDestroyed.mockReturnValue(true);
    sendMenuCommand(contents as never, 'print');
    expect(contents.send).not.toHaveBeenCalled();
  });
});
