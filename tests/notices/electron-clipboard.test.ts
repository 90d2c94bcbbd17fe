import { describe, expect, it, vi } from 'vitest';
import { electronFake, FakeClipboardItem } from '../electron/electron-fake';

vi.mock('electron', async () => (await import('../electron/electron-fake')).electronFake);

const { createElectronClipboard } = await import('../../electron/main/clipboard');

describe('Electron clipboard port', () => {
  it('writes HTML and its plain-text alternative as one clipboard item', async () => {
    await createElectronClipboard().write({ text: 'Ihre Rechte', html: '<h3>Ihre Rechte</h3>' });
    const [[items]] = electronFake.clipboard.write.mock.calls as [[FakeClipboardItem[]]];
    expect(items).toHaveLength(1);
    expect(items[0]).toBeInstanceOf(FakeClipboardItem);
    expect(items[0].items).toEqual({ 'text/plain': 'Ihre Rechte', 'text/html': '<h3>Ihre Rechte</h3>' });
  });

  it('writes plain text alone when there is no HTML', async () => {
    electronFake.clipboard.write.mockClear();
    await createElectronClipboard().write({ text: '## Ihre Rechte' });
    const [[items]] = electronFake.clipboard.write.mock.calls as [[FakeClipboardItem[]]];
    expect(items.map((item) => item.types)).toEqual([['text/plain']]);
  });
});
