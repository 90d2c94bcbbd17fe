import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../backend/app/create-services';
import type { DocumentPrinter, FileDialogs } from '../../backend/app/ports';
import type { ProgressEvent } from '../../domain/ipc/events';

/** Dialog answers a test queues up; an unexpected dialog fails the test. */
export class ScriptedDialogs implements FileDialogs {
  readonly answers: Record<keyof FileDialogs, (string | null)[]> = {
    chooseNewRegisterPath: [],
    chooseRegisterToOpen: [],
    chooseSavePath: [],
    chooseFileToOpen: [],
    chooseFolder: [],
  };

  private next(kind: keyof FileDialogs): Promise<string | null> {
    if (!this.answers[kind].length) throw new Error(`Unexpected dialog: ${kind}`);
    return Promise.resolve(this.answers[kind].shift()!);
  }

  chooseNewRegisterPath = () => this.next('chooseNewRegisterPath');
  chooseRegisterToOpen = () => this.next('chooseRegisterToOpen');
  chooseSavePath = () => this.next('chooseSavePath');
  chooseFileToOpen = () => this.next('chooseFileToOpen');
  chooseFolder = () => this.next('chooseFolder');
}

/** The OS print dialog stand-in: records what would be printed and answers with `answer`. */
export class RecordingPrinter implements DocumentPrinter {
  readonly printed: { html: string; title: string }[] = [];
  answer: 'printed' | 'cancelled' = 'printed';

  print = async (html: string, title: string) => {
    this.printed.push({ html, title });
    return this.answer;
  };
}

export interface TestServices extends AppServices {
  /** Saved documents the services asked to open (`opened`) or to show in their folder (`shown`). */
  files: { opened: string[]; shown: string[] };
  dialogs: ScriptedDialogs;
  openedLinks: string[];
  /** Everything written to the clipboard port, oldest first. */
  clipboardWrites: { text: string; html?: string }[];
  printer: RecordingPrinter;
  /** Progress events the services reported, oldest first. */
  progressEvents: ProgressEvent[];
}

export interface TestServicesOptions {
  /** Generate documents in this built worker instead of in-process. */
  documentWorkerPath?: string;
}

export function startTestServices(dir: string, options: TestServicesOptions = {}): TestServices {
  const dialogs = new ScriptedDialogs();
  const printer = new RecordingPrinter();
  const progressEvents: ProgressEvent[] = [];
  const openedLinks: string[] = [];
  const clipboardWrites: TestServices['clipboardWrites'] = [];
  const files: TestServices['files'] = { opened: [], shown: [] };
  const services = createAppServices(
    {
      version: '0.0.0-test',
      platform: 'test',
      settingsPath: join(dir, 'settings.json'),
      defaultActor: 'tester',
      documentWorkerPath: options.documentWorkerPath,
    },
    {
      dialogs,
      links: { open: async (url) => void openedLinks.push(url) },
      clipboard: { write: async (content) => void clipboardWrites.push(content) },
      printer,
      files: { open: async (path) => void files.opened.push(path), showInFolder: async (path) => void files.shown.push(path) },
      progress: (event) => void progressEvents.push(event),
    },
    { logError: () => {} },
  );
  return { ...services, dialogs, openedLinks, clipboardWrites, printer, progressEvents, files };
}
