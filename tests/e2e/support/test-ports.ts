import type { DocumentPrinter, ExternalLinks, FileDialogs, FileOpener } from '../../../backend/app/ports';

/** The desktop shell's ports as the browser tests script them (used by tests/support/browser-bridge.ts). */
type DialogKind = keyof FileDialogs;

/** Dialog answers the test queues (`dialogs.nextSavePath = path`; null = the user cancels). */
export class TestDialogs implements FileDialogs {
  private readonly queues: Record<DialogKind, (string | null)[]> = {
    chooseNewRegisterPath: [], chooseRegisterToOpen: [], chooseSavePath: [], chooseFileToOpen: [], chooseFolder: [],
  };
  /** Every dialog main asked for, with its arguments, in order. */
  readonly calls: { kind: DialogKind; args: unknown[] }[] = [];
  /** Dialogs asked for without a queued answer: each one fails the test in verify(). */
  readonly unexpected: string[] = [];

  set nextNewRegisterPath(answer: string | null) { this.queues.chooseNewRegisterPath.push(answer); }
  set nextOpenPath(answer: string | null) { this.queues.chooseRegisterToOpen.push(answer); }
  set nextSavePath(answer: string | null) { this.queues.chooseSavePath.push(answer); }
  set nextFileToOpen(answer: string | null) { this.queues.chooseFileToOpen.push(answer); }
  set nextFolder(answer: string | null) { this.queues.chooseFolder.push(answer); }

  /** Answers queued but never asked for (verify() reports them: the expected dialog never opened). */
  pending(): string[] {
    return Object.entries(this.queues).flatMap(([kind, answers]) => answers.map((a) => `${kind} → ${a}`));
  }

  private answer(kind: DialogKind, args: unknown[]): Promise<string | null> {
    this.calls.push({ kind, args });
    const queue = this.queues[kind];
    if (!queue.length) {
      const text = `unexpected dialog ${kind}(${JSON.stringify(args)}): queue an answer first`;
      this.unexpected.push(text);
      return Promise.reject(new Error(text));
    }
    return Promise.resolve(queue.shift()!);
  }

  chooseNewRegisterPath(suggestedName: string) { return this.answer('chooseNewRegisterPath', [suggestedName]); }
  chooseRegisterToOpen() { return this.answer('chooseRegisterToOpen', []); }
  chooseSavePath(options: Parameters<FileDialogs['chooseSavePath']>[0]) { return this.answer('chooseSavePath', [options]); }
  chooseFileToOpen(options: Parameters<FileDialogs['chooseFileToOpen']>[0]) { return this.answer('chooseFileToOpen', [options]); }
  chooseFolder() { return this.answer('chooseFolder', []); }
}

/** Records the links main would have opened in the system browser. */
export class RecordingLinks implements ExternalLinks {
  readonly opened: string[] = [];
  async open(url: string): Promise<void> { this.opened.push(url); }
}

/** Records what main would have sent to the OS print dialog; answers `nextOutcome` (default 'printed'). */
export class RecordingPrinter implements DocumentPrinter {
  readonly printed: { html: string; title: string }[] = [];
  nextOutcome: 'printed' | 'cancelled' = 'printed';
  async print(html: string, title: string): Promise<'printed' | 'cancelled'> {
    this.printed.push({ html, title });
    return this.nextOutcome;
  }
}

/** Records the saved documents main would have opened with the system viewer or shown in their folder. */
export class RecordingFiles implements FileOpener {
  readonly opened: string[] = [];
  readonly shown: string[] = [];
  async open(path: string): Promise<void> { this.opened.push(path); }
  async showInFolder(path: string): Promise<void> { this.shown.push(path); }
}
