import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../backend/app/create-services';
import type { FileDialogs } from '../../backend/app/ports';

/** Dialog answers a test queues up; an unexpected dialog fails the test. */
export class ScriptedDialogs implements FileDialogs {
  readonly answers: Record<keyof FileDialogs, (string | null)[]> = {
    chooseNewRegisterPath: [],
    chooseRegisterToOpen: [],
    chooseSavePath: [],
    chooseFileToOpen: [],
  };

  private next(kind: keyof FileDialogs): Promise<string | null> {
    if (!this.answers[kind].length) throw new Error(`Unexpected dialog: ${kind}`);
    return Promise.resolve(this.answers[kind].shift()!);
  }

  chooseNewRegisterPath = () => this.next('chooseNewRegisterPath');
  chooseRegisterToOpen = () => this.next('chooseRegisterToOpen');
  chooseSavePath = () => this.next('chooseSavePath');
  chooseFileToOpen = () => this.next('chooseFileToOpen');
}

export interface TestServices extends AppServices {
  dialogs: ScriptedDialogs;
  openedLinks: string[];
}

export function startTestServices(dir: string): TestServices {
  const dialogs = new ScriptedDialogs();
  const openedLinks: string[] = [];
  const services = createAppServices(
    { version: '0.0.0-test', platform: 'test', settingsPath: join(dir, 'settings.json'), defaultActor: 'tester' },
    { dialogs, links: { open: async (url) => void openedLinks.push(url) } },
    { logError: () => {} },
  );
  return { ...services, dialogs, openedLinks };
}
