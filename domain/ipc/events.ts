/** Messages main sends to the renderer (no input from the renderer, so no schema needed there). */
export const MENU_COMMANDS = [
  'register.new',
  'register.open',
  'register.saveAs',
  'register.close',
  'activity.new',
  'documents.art30',
  'view.organisation',
  'view.activities',
  /** The external DPO's client portfolio. */
  'view.portfolio',
  /** The renderer prints its current view (window.print()). */
  'print',
  /** Main opened a register itself before the window could ask (e.g. at start): reload register.current. */
  'register.opened',
  /**
   * Main was asked to open a register (file association, second instance, macOS open-file,
   * "Open recent" menu): protect unsaved edits, then call register.openRequested.
   */
  'register.openRequested',
  /** Import and export in other formats (File menu). */
  'formats.importJson',
  'formats.importSpreadsheet',
  'formats.exportJson',
  'formats.exportXlsx',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EVENT_CHANNELS = {
  menuCommand: 'event:menu-command',
  progress: 'event:progress',
} as const;

export interface ProgressEvent {
  task: string;
  done: number;
  total: number;
}
