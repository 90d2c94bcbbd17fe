import { Menu, type MenuItemConstructorOptions } from 'electron';
import { translate } from '../../domain/i18n';
import type { MenuCommand } from '../../domain/ipc/events';
import type { Language, RecentRegister } from '../../domain/model';

export interface MenuState {
  language: Language;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  registerOpen: boolean;
  recentRegisters: readonly RecentRegister[];
}

export interface MenuActions {
  /** Forwards a command to the renderer of the focused window. */
  command(command: MenuCommand): void;
  /** Asks the renderer to open it after its unsaved-changes check (register-opening.ts). */
  openRecent(path: string): void;
  showAbout(): void;
}

type Item = MenuItemConstructorOptions;

function recentItems(state: MenuState, actions: MenuActions, label: (key: string) => string): Item[] {
  if (!state.recentRegisters.length) return [{ label: label('noRecent'), enabled: false }];
  return state.recentRegisters.map((recent) => ({
    // The organisation tells clients apart; the path tells two files of one client apart.
    label: recent.organisationName ? `${recent.organisationName} – ${recent.path}` : recent.path,
    click: () => actions.openRecent(recent.path),
  }));
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): Item[] {
  const label = (key: string) => translate(state.language, `shell.menu.${key}`);
  const isMac = state.platform === 'darwin';
  const send = (command: MenuCommand, key: string, extra: Partial<Item> = {}): Item => ({
    label: label(key),
    click: () => actions.command(command),
    ...extra,
  });
  const needsRegister = { enabled: state.registerOpen };

  const appMenu: Item = {
    label: 'VVT Desk',
    submenu: [
      { label: label('about'), click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services', label: label('services') },
      { type: 'separator' },
      { role: 'hide', label: label('hide') },
      { role: 'hideOthers', label: label('hideOthers') },
      { role: 'unhide', label: label('showAll') },
      { type: 'separator' },
      { role: 'quit', label: label('quit') },
    ],
  };

  const fileMenu: Item = {
    label: label('file'),
    submenu: [
      send('register.new', 'newRegister', { accelerator: 'CmdOrCtrl+N' }),
      send('register.open', 'openRegister', { accelerator: 'CmdOrCtrl+O' }),
      { label: label('openRecent'), submenu: recentItems(state, actions, label) },
      { label: translate(state.language, 'portfolio.open'), click: () => actions.command('view.portfolio'), accelerator: 'CmdOrCtrl+Shift+M' },
      send('register.saveAs', 'saveRegisterAs', { ...needsRegister, accelerator: 'CmdOrCtrl+Shift+S' }),
      send('register.close', 'closeRegister', needsRegister),
      { type: 'separator' },
      { label: translate(state.language, 'formats.menu.importJson'), click: () => actions.command('formats.importJson') },
      { label: translate(state.language, 'formats.menu.importSpreadsheet'), click: () => actions.command('formats.importSpreadsheet'), ...needsRegister },
      { label: translate(state.language, 'formats.menu.exportJson'), click: () => actions.command('formats.exportJson'), ...needsRegister },
      { label: translate(state.language, 'formats.menu.exportXlsx'), click: () => actions.command('formats.exportXlsx'), ...needsRegister },
      { type: 'separator' },
      send('activity.new', 'newActivity', { ...needsRegister, accelerator: 'CmdOrCtrl+Shift+N' }),
      send('documents.art30', 'exportArt30', { ...needsRegister, accelerator: 'CmdOrCtrl+E' }),
      send('print', 'print', { ...needsRegister, accelerator: 'CmdOrCtrl+P' }),
      ...(isMac ? [] : [{ type: 'separator' } as Item, { role: 'quit', label: label('quit') } as Item]),
    ],
  };

  const editMenu: Item = {
    label: label('edit'),
    submenu: [
      { role: 'undo', label: label('undo') },
      { role: 'redo', label: label('redo') },
      { type: 'separator' },
      { role: 'cut', label: label('cut') },
      { role: 'copy', label: label('copy') },
      { role: 'paste', label: label('paste') },
      { role: 'selectAll', label: label('selectAll') },
    ],
  };

  const developerItems: Item[] = state.isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: label('reload') },
        { role: 'toggleDevTools', label: label('devTools') },
      ];

  const viewMenu: Item = {
    label: label('view'),
    submenu: [
      send('view.organisation', 'organisation', { ...needsRegister, accelerator: 'CmdOrCtrl+1' }),
      send('view.activities', 'activities', { ...needsRegister, accelerator: 'CmdOrCtrl+2' }),
      { type: 'separator' },
      { role: 'resetZoom', label: label('resetZoom') },
      { role: 'zoomIn', label: label('zoomIn') },
      { role: 'zoomOut', label: label('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label('fullScreen') },
      ...developerItems,
    ],
  };

  const windowMenu: Item = {
    label: label('window'),
    role: 'window',
    submenu: isMac
      ? [
          { role: 'minimize', label: label('minimize') },
          { role: 'zoom', label: label('zoom') },
          { type: 'separator' },
          { role: 'front', label: label('front') },
        ]
      : [{ role: 'minimize', label: label('minimize') }],
  };

  const helpMenu: Item = {
    label: label('help'),
    role: 'help',
    submenu: [{ label: label('about'), click: () => actions.showAbout() }],
  };

  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu] : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function installApplicationMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
