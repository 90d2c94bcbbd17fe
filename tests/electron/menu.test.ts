import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../domain/ipc/events';
import { electronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { buildMenuTemplate, installApplicationMenu } = await import('../../electron/main/menu');
type MenuState = Parameters<typeof buildMenuTemplate>[0];

const BASE: MenuState = {
  language: 'de',
  platform: 'win32',
  isPackaged: true,
  registerOpen: true,
  recentRegisters: [{ path: 'C:\\Akten\\Muster GmbH.vvt', organisationName: 'Muster GmbH', openedAt: '2026-11-01T10:00:00Z' }],
};

function actions() {
  return { command: vi.fn(), openRecent: vi.fn(), showAbout: vi.fn() };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(items).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('application menu', () => {
  it('has German top-level menus on Windows and Quit in the File menu', () => {
    const template = buildMenuTemplate(BASE, actions());
    expect(template.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    expect(item(template, 'Beenden').role).toBe('quit');
  });

  it('follows the language setting', () => {
    const template = buildMenuTemplate({ ...BASE, language: 'en' }, actions());
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(item(template, 'Export Art. 30 record as PDF …')).toBeTruthy();
  });

  it('starts with the app menu on macOS', () => {
    const template = buildMenuTemplate({ ...BASE, platform: 'darwin' }, actions());
    expect(template[0].label).toBe('VVT Desk');
    expect(flatten(template[0].submenu as MenuItemConstructorOptions[]).map((i) => i.role)).toContain('hide');
    expect(template.map((m) => m.label)).not.toContain('Hilfe');
  });

  it('sends a menu command per item, and every command it sends is a known one', () => {
    const a = actions();
    const template = buildMenuTemplate(BASE, a);
    for (const entry of flatten(template)) if (entry.click && entry.label !== 'Über VVT Desk' && !entry.label?.includes('.vvt')) click(entry);
    const sent = a.command.mock.calls.map(([c]) => c);
    expect(sent).toEqual(['register.new', 'register.open', 'view.portfolio', 'register.saveAs', 'register.close', 'formats.importJson', 'formats.importSpreadsheet', 'formats.exportJson', 'formats.exportXlsx', 'activity.new', 'documents.art30', 'print', 'view.organisation', 'view.activities']);
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
  });

  it('lists recent registers; choosing one asks main to open that path', () => {
    const a = actions();
    const recent = item(buildMenuTemplate(BASE, a), 'Zuletzt geöffnet').submenu as MenuItemConstructorOptions[];
    expect(recent.map((r) => r.label)).toEqual(['Muster GmbH – C:\\Akten\\Muster GmbH.vvt']);
    click(recent[0]);
    expect(a.openRecent).toHaveBeenCalledWith('C:\\Akten\\Muster GmbH.vvt');
  });

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const recent = item(buildMenuTemplate({ ...BASE, recentRegisters: [] }, actions()), 'Zuletzt geöffnet').submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([expect.objectContaining({ enabled: false })]);
  });

  it('disables register commands while no register is open', () => {
    const template = buildMenuTemplate({ ...BASE, registerOpen: false }, actions());
    expect(item(template, 'Verzeichnis schließen').enabled).toBe(false);
    expect(item(template, 'Verzeichnis speichern unter …').enabled).toBe(false);
    expect(item(template, 'Drucken …').enabled).toBe(false);
    expect(item(template, 'Neues Verzeichnis …').enabled).not.toBe(false);
  });

  it('offers reload and developer tools only in an unpackaged app', () => {
    const roles = (isPackaged: boolean) => flatten(buildMenuTemplate({ ...BASE, isPackaged }, actions())).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('Help › About opens the about panel', () => {
    const a = actions();
    click(item(buildMenuTemplate(BASE, a), 'Über VVT Desk'));
    expect(a.showAbout).toHaveBeenCalled();
  });

  it('has a translation for every label in both languages on every platform', () => {
    for (const language of ['de', 'en'] as const) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        const labels = flatten(buildMenuTemplate({ ...BASE, language, platform, isPackaged: false, recentRegisters: [] }, actions())).filter((i) => i.type !== 'separator').map((i) => i.label);
        expect(labels.filter((label) => !label || label.startsWith('shell.'))).toEqual([]);
      }
    }
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu(BASE, actions());
    expect(electronFake.Menu.setApplicationMenu).toHaveBeenCalledWith(electronFake.Menu.buildFromTemplate.mock.results[0].value);
  });
});
