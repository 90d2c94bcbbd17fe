import { beforeEach, describe, expect, it, vi } from 'vitest';

const shell = vi.hoisted(() => ({ openPath: vi.fn(async (_path: string) => ''), showItemInFolder: vi.fn() }));
vi.mock('electron', () => ({ shell }));
const { createElectronFileOpener } = await import('../../electron/main/file-opener');

beforeEach(() => vi.clearAllMocks());

describe('file opener (saved documents)', () => {
  it('opens a file with the system viewer and shows it in its folder', async () => {
    const opener = createElectronFileOpener();
    await opener.open('/docs/VVT.pdf');
    await opener.showInFolder('/docs/VVT.pdf');
    expect(shell.openPath).toHaveBeenCalledWith('/docs/VVT.pdf');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/docs/VVT.pdf');
  });

  it('turns the error text shell.openPath answers into a failure', async () => {
    shell.openPath.mockResolvedValueOnce('No application is associated');
    await expect(createElectronFileOpener().open('/docs/x.pdf')).rejects.toThrow('No application is associated');
  });
});
