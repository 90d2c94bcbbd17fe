import type { AppEnvironment, Ports } from './ports';
import type { RegisterSession } from './register-session';
import type { SettingsFile } from './settings-file';

/** Everything a feature's handlers may use. */
export interface AppContext extends Ports {
  env: AppEnvironment;
  settings: SettingsFile;
  session: RegisterSession;
}
