import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS } from '../../domain/ipc/events';
import { FakeBrowserWindow } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);
const { DOCUMENT_WORKER_FILE, documentWorkerPath, progressToWindow } = await import('../../electron/main/document-worker-host');

describe('document worker host (Electron side of printing and generation)', () => {
  it('finds the built worker next to the built main, or falls back with a warning', () => {
    expect(DOCUMENT_WORKER_FILE).toBe('documentWorker.js');
    expect(documentWorkerPath('/app/out/main', (path) => path === join('/app/out/main', 'documentWorker.js'))).toBe(
      join('/app/out/main', 'documentWorker.js'),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(documentWorkerPath('/app/out/main', () => false)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('documentWorker.js is missing'));
    warn.mockRestore();
  });

  it('sends progress to the window in front, never to a destroyed one', () => {
    const window = new FakeBrowserWindow({});
    let target: FakeBrowserWindow | null = window;
    const sink = progressToWindow(() => target as never);
    sink({ task: 'documents.layout', done: 1, total: 3 });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.progress, { task: 'documents.layout', done: 1, total: 3 });
    window.isDestroyed.mockReturnValue(true);
    sink({ task: 'documents.layout', done: 2, total: 3 });
    target = null;
    sink({ task: 'documents.layout', done: 3, total: 3 });
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });
});
