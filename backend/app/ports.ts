/**
 * What the services need from the desktop shell. Electron implements these with native
 * dialogs and shell.openExternal; the browser test bridge and the CLI with fixed answers.
 */
export type SaveKind = 'pdf' | 'json' | 'html' | 'markdown' | 'text';

export interface FileDialogs {
  /** Where to create a new register file; null when cancelled. */
  chooseNewRegisterPath(suggestedName: string): Promise<string | null>;
  chooseRegisterToOpen(): Promise<string | null>;
  chooseSavePath(options: { suggestedName: string; kind: SaveKind }): Promise<string | null>;
  chooseFileToOpen(options: { kind: 'pdf' | 'json' }): Promise<string | null>;
}

export interface ExternalLinks {
  /** Opens a checked https/mailto link in the system's browser or mail program. */
  open(url: string): Promise<void>;
}

export interface AppEnvironment {
  version: string;
  platform: string;
  /** settings.json in the user-data folder (recent registers, language, author name). */
  settingsPath: string;
  /** Fallback author for the change log when none is set (the OS user name). */
  defaultActor: string;
}

export interface Ports {
  dialogs: FileDialogs;
  links: ExternalLinks;
}
