import type { ProgressEvent } from '../../domain/ipc/events';

/**
 * What the services need from the desktop shell. Electron implements these with native
 * dialogs and shell.openExternal; the browser test bridge and the CLI with fixed answers.
 */
export type SaveKind = 'pdf' | 'json' | 'html' | 'markdown' | 'text' | 'xlsx' | 'docx';

export interface FileDialogs {
  /** Where to create a new register file; null when cancelled. */
  chooseNewRegisterPath(suggestedName: string): Promise<string | null>;
  chooseRegisterToOpen(): Promise<string | null>;
  chooseSavePath(options: { suggestedName: string; kind: SaveKind }): Promise<string | null>;
  chooseFileToOpen(options: { kind: 'pdf' | 'json' | 'spreadsheet' }): Promise<string | null>;
  /** A folder of client registers for the portfolio; null when cancelled. Optional: without it folders are typed in. */
  chooseFolder?(): Promise<string | null>;
}

export interface ExternalLinks {
  /** Opens a checked https/mailto link in the system's browser or mail program. */
  open(url: string): Promise<void>;
}

export interface Clipboard {
  /** Replaces the system clipboard; `html` is offered alongside `text` so rich editors paste formatted text. */
  write(content: { text: string; html?: string }): Promise<void>;
}

/** Prints an HTML document through the operating system's print dialog. */
export interface DocumentPrinter {
  /** Resolves 'cancelled' when the user closes the dialog without printing. */
  print(html: string, title: string): Promise<'printed' | 'cancelled'>;
}

/** Opens a file the app has written with the system's program for it, or shows it in its folder. */
export interface FileOpener {
  open(path: string): Promise<void>;
  showInFolder(path: string): Promise<void>;
}

export interface AppEnvironment {
  version: string;
  platform: string;
  /** settings.json in the user-data folder (recent registers, language, author name). */
  settingsPath: string;
  /** Fallback author for the change log when none is set (the OS user name). */
  defaultActor: string;
  /**
   * The built document worker (out/main/documentWorker.js). Set: PDFs and print HTML are
   * generated in a worker thread; unset: in-process (unit tests).
   */
  documentWorkerPath?: string;
}

export interface Ports {
  dialogs: FileDialogs;
  links: ExternalLinks;
  clipboard: Clipboard;
  /** OS print dialog; documents.print fails without it (browser test bridge, CLI). */
  printer?: DocumentPrinter;
  /** Opening saved documents; documents.openExported fails without it (CLI). */
  files?: FileOpener;
  /** Receives progress of long tasks (document generation); Electron forwards it to the renderer. */
  progress?: (event: ProgressEvent) => void;
}
