import type { PendingOpen } from './pending-open';
import type { AppEnvironment, Ports } from './ports';
import type { RegisterSession } from './register-session';
import type { SettingsFile } from './settings-file';

/** Everything a feature's handlers may use. */
export interface AppContext extends Ports {
  env: AppEnvironment;
  settings: SettingsFile;
  session: RegisterSession;
  /** A register main was asked to open, waiting for the renderer's unsaved-changes check. */
  pendingOpen: PendingOpen;
}
