import { existsSync, readFileSync, renameSync } from 'node:fs';
import { SettingsSchema, type RecentRegister, type Settings } from '../../domain/model';
import { writeFileAtomic } from './atomic-write';

const MAX_RECENT = 10;

/** The user's preferences, kept as JSON in the user-data folder. */
export class SettingsFile {
  private settings: Settings;

  constructor(private readonly path: string) {
    this.settings = this.load();
  }

  private load(): Settings {
    if (!existsSync(this.path)) return SettingsSchema.parse({});
    try {
      return SettingsSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // A damaged settings file must not lock the user out: keep it aside and start fresh.
      renameSync(this.path, `${this.path}.damaged-${Date.now()}`);
      return SettingsSchema.parse({});
    }
  }

  get(): Settings {
    return structuredClone(this.settings);
  }

  update(changes: Partial<Settings>): Settings {
    this.settings = SettingsSchema.parse({ ...this.settings, ...changes });
    writeFileAtomic(this.path, JSON.stringify(this.settings, null, 2));
    return this.get();
  }

  rememberRegister(entry: RecentRegister): void {
    const others = this.settings.recentRegisters.filter((r) => r.path !== entry.path);
    this.update({ recentRegisters: [entry, ...others].slice(0, MAX_RECENT) });
  }

  forgetRegister(path: string): void {
    this.update({ recentRegisters: this.settings.recentRegisters.filter((r) => r.path !== path) });
  }
}
