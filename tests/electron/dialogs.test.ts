import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../domain/model';
import { useTempDir } from '../support/temp-dir';
import { electronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { createElectronDialogs, withExtension } = await import('../../electron/main/dialogs');
const { dialog, app } = electronFake;
const tempDir = useTempDir();

let documents: string;
beforeEach(() => {
  vi.clearAllMocks();
  documents = tempDir();
  app.getPath.mockImplementation((name: string) => (name === 'documents' ? documents : `/fake/${name}`));
});

function dialogs(language: Language = 'de', window: unknown = null) {
  return createElectronDialogs({ window: () => window as never, language: () => language });
}

describe('Electron file dialogs', () => {
  it('asks where to create a register, in Documents/VVT Desk (created on demand), with the .vvt filter', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/dsb/Muster GmbH.vvt' });
    await expect(dialogs().chooseNewRegisterPath('Muster GmbH.vvt')).resolves.toBe('/home/dsb/Muster GmbH.vvt');
    const options = dialog.showSaveDialog.mock.calls[0][0];
    expect(options).toMatchObject({
      title: 'Neues Verzeichnis anlegen',
      defaultPath: join(documents, 'VVT Desk', 'Muster GmbH.vvt'),
      filters: [{ name: 'VVT-Desk-Verzeichnis', extensions: ['vvt'] }],
    });
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(existsSync(join(documents, 'VVT Desk'))).toBe(true);
  });

  it('asks for a folder of client registers for the portfolio, in its language', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/dsb/Mandanten'] });
    await expect(dialogs('en').chooseFolder!()).resolves.toBe('/home/dsb/Mandanten');
    expect(dialog.showOpenDialog.mock.calls[0][0]).toMatchObject({ title: 'Choose a folder of client registers', properties: ['openDirectory'] });
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(dialogs().chooseFolder!()).resolves.toBeNull();
  });

  it('is modal to the window when there is one', async () => {
    const window = { id: 1 };
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/a.vvt'] });
    await dialogs('de', window).chooseRegisterToOpen();
    expect(dialog.showOpenDialog.mock.calls[0][0]).toBe(window);
  });

  it('answers null when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(dialogs().chooseSavePath({ suggestedName: 'x.pdf', kind: 'pdf' })).resolves.toBeNull();
    await expect(dialogs().chooseRegisterToOpen()).resolves.toBeNull();
    await expect(dialogs().chooseFileToOpen({ kind: 'json' })).resolves.toBeNull();
  });

  it('uses English texts and the kind filter, and appends a missing extension', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/out/record' });
    await expect(dialogs('en').chooseSavePath({ suggestedName: 'record.pdf', kind: 'pdf' })).resolves.toBe('/out/record.pdf');
    expect(dialog.showSaveDialog.mock.calls[0][0]).toMatchObject({ title: 'Save as', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
  });

  it('opens only the requested kind', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/in/import.json'] });
    await expect(dialogs('en').chooseFileToOpen({ kind: 'json' })).resolves.toBe('/in/import.json');
    expect(dialog.showOpenDialog.mock.calls[0][0]).toMatchObject({ filters: [{ name: 'JSON file', extensions: ['json'] }], properties: ['openFile'] });
  });
});

describe('withExtension', () => {
  it('keeps a matching extension in any case and appends the first one otherwise', () => {
    expect(withExtension('/a/Muster.VVT', ['vvt'])).toBe('/a/Muster.VVT');
    expect(withExtension('/a/Muster', ['vvt'])).toBe('/a/Muster.vvt');
    expect(withExtension('/a/report.htm', ['html', 'htm'])).toBe('/a/report.htm');
    expect(withExtension('/a/v1.2', ['md'])).toBe('/a/v1.2.md');
  });
});
