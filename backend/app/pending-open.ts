/**
 * A register main was asked to open by itself (file association, second instance, macOS
 * 'open-file', the "Open recent" menu). Main does not open it: it leaves the path here and
 * asks the renderer, which first protects unsaved edits and then calls
 * register.openRequested. Only the latest request waits; taking it ends it, so the renderer
 * can open only what the user asked the OS or the menu for, and only once.
 */
export class PendingOpen {
  private path: string | null = null;

  offer(path: string): void {
    this.path = path;
  }

  take(): string | null {
    const path = this.path;
    this.path = null;
    return path;
  }
}
