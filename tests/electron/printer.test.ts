import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { createElectronFake, FakeBrowserWindow, FakeSession } from './electron-fake';

type PrintCallback = (success: boolean, failureReason: string) => void;

/** The shared fake plus what printing needs: loadFile, destroy, webContents.print, partitions. */
function printingFake() {
  const base = createElectronFake();
  const printSession = new FakeSession();
  const answer = { success: true, reason: '' };
  const seen: { fileExisted: boolean; html: string; url: string }[] = [];
  class PrintWindow extends FakeBrowserWindow {
    static override instances: FakeBrowserWindow[] = [];
    destroyed = false;
    readonly loadFile = vi.fn(async (file: string) => {
      seen.push({ fileExisted: existsSync(file), html: readFileSync(file, 'utf8'), url: `file://${file}` });
    });
    readonly destroy = vi.fn(() => void (this.destroyed = true));
    override readonly isDestroyed = vi.fn(() => this.destroyed);
    constructor(options: Record<string, unknown>) {
      super(options);
      Object.assign(this.webContents, {
        print: vi.fn((_options: unknown, callback: PrintCallback) => setTimeout(() => callback(answer.success, answer.reason), 1)),
      });
    }
  }
  const fromPartition = vi.fn(() => printSession);
  return { electron: { ...base, BrowserWindow: PrintWindow, session: { ...base.session, fromPartition } }, PrintWindow, printSession, fromPartition, answer, seen };
}

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof printingFake> }));
vi.mock('electron', () => (fake.current = printingFake()).electron);
const { createElectronPrinter, PRINT_PARTITION } = await import('../../electron/main/printer');
const tempDir = useTempDir();

beforeEach(() => {
  vi.clearAllMocks();
  Object.assign(fake.current.answer, { success: true, reason: '' });
  fake.current.seen.length = 0;
  fake.current.PrintWindow.instances.length = 0;
});

function printWindow() {
  return fake.current.PrintWindow.instances.at(-1) as FakeBrowserWindow & { loadFile: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; webContents: { print: ReturnType<typeof vi.fn> } };
}

describe('Electron printer', () => {
  it('prints from a hidden, sandboxed window without preload or JavaScript, through the OS dialog', async () => {
    const root = tempDir();
    const html = '<!DOCTYPE html><html><body>Verzeichnis</body></html>';
    await expect(createElectronPrinter({ tempRoot: root }).print(html, 'VVT')).resolves.toBe('printed');
    const window = printWindow();
    expect(window.options).toMatchObject({
      show: false,
      title: 'VVT',
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, partition: PRINT_PARTITION },
    });
    expect((window.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(window.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
    expect(fake.current.seen).toEqual([{ fileExisted: true, html, url: expect.stringContaining('print.html') }]);
    expect(window.destroy).toHaveBeenCalled();
    expect(readdirSync(root)).toEqual([]);
  });

  it('lets the print session load only the one file and no permission', async () => {
    await createElectronPrinter({ tempRoot: tempDir() }).print('<p>x</p>', 'VVT');
    expect(fake.current.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION);
    const file = fake.current.seen[0].url.replace('file://', '');
    const { pathToFileURL } = await import('node:url');
    expect(fake.current.printSession.cancels(pathToFileURL(file).href)).toBe(false);
    expect(fake.current.printSession.cancels('https://example.org/tracker.gif')).toBe(true);
    expect(fake.current.printSession.cancels('file:///etc/passwd')).toBe(true);
    let granted: boolean | undefined;
    fake.current.printSession.permissionRequestHandler!(null, 'media', (value) => (granted = value));
    expect(granted).toBe(false);
  });

  it('answers cancelled when the user closes the dialog, and cleans up', async () => {
    fake.current.answer.success = false;
    fake.current.answer.reason = 'cancelled';
    const root = tempDir();
    await expect(createElectronPrinter({ tempRoot: root }).print('<p>x</p>', 'VVT')).resolves.toBe('cancelled');
    expect(printWindow().destroy).toHaveBeenCalled();
    expect(readdirSync(root)).toEqual([]);
  });

  it('rejects when printing fails, and still cleans up', async () => {
    fake.current.answer.success = false;
    fake.current.answer.reason = 'Print job failed';
    const root = tempDir();
    await expect(createElectronPrinter({ tempRoot: root }).print('<p>x</p>', 'VVT')).rejects.toThrow('Printing failed: Print job failed');
    expect(printWindow().destroy).toHaveBeenCalled();
    expect(readdirSync(root)).toEqual([]);
  });
});
