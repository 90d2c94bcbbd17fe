import { mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { FileDialogs, SaveKind } from '../../backend/app/ports';
import { translate } from '../../domain/i18n';
import type { Language } from '../../domain/model';
import { REGISTER_EXTENSION } from '../../domain/model';

type FileKind = SaveKind | 'register' | 'spreadsheet';

const EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  register: [REGISTER_EXTENSION],
  pdf: ['pdf'],
  json: ['json'],
  html: ['html', 'htm'],
  markdown: ['md'],
  text: ['txt'],
  xlsx: ['xlsx'],
  docx: ['docx'],
  spreadsheet: ['xlsx', 'csv'],
};

export interface DialogHost {
  /** The window the dialog belongs to (modal to it), or null for a free-standing dialog. */
  window(): BrowserWindow | null;
  language(): Language;
}

/** Linux dialogs do not append the filter's extension; the services rely on it. */
export function withExtension(filePath: string, extensions: readonly string[]): string {
  const current = extname(filePath).slice(1).toLowerCase();
  return extensions.includes(current) ? filePath : `${filePath}.${extensions[0]}`;
}

/** Documents/VVT Desk, created on first use; the documents folder itself if that fails. */
export function defaultFolder(): string {
  const documents = app.getPath('documents');
  const folder = join(documents, 'VVT Desk');
  try {
    mkdirSync(folder, { recursive: true });
    return folder;
  } catch {
    return documents;
  }
}

/** FileDialogs for the services, with native dialogs texted in the settings' language. */
export function createElectronDialogs(host: DialogHost): FileDialogs {
  const text = (key: string) => translate(host.language(), `shell.dialog.${key}`);
  const filter = (kind: FileKind): FileFilter => ({ name: text(`filter.${kind}`), extensions: [...EXTENSIONS[kind]] });

  async function save(kind: FileKind, suggestedName: string, titleKey: string, buttonKey: string): Promise<string | null> {
    const options: SaveDialogOptions = {
      title: text(titleKey),
      buttonLabel: text(buttonKey),
      defaultPath: join(defaultFolder(), suggestedName),
      filters: [filter(kind)],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = host.window();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return withExtension(result.filePath, EXTENSIONS[kind]);
  }

  async function open(kind: FileKind, titleKey: string): Promise<string | null> {
    const options: OpenDialogOptions = {
      title: text(titleKey),
      buttonLabel: text('open'),
      defaultPath: defaultFolder(),
      filters: [filter(kind)],
      properties: ['openFile'],
    };
    const window = host.window();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  return {
    chooseNewRegisterPath: (suggestedName) => save('register', suggestedName, 'newRegister', 'create'),
    chooseRegisterToOpen: () => open('register', 'openRegister'),
    chooseSavePath: ({ suggestedName, kind }) => save(kind, suggestedName, 'save', 'saveButton'),
    chooseFileToOpen: ({ kind }) => open(kind, 'openFile'),
    chooseFolder: async () => {
      const options: OpenDialogOptions = {
        title: translate(host.language(), 'portfolio.folders.dialogTitle'),
        buttonLabel: translate(host.language(), 'portfolio.folders.dialogButton'),
        defaultPath: defaultFolder(),
        properties: ['openDirectory'],
      };
      const window = host.window();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
