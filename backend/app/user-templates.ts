import { existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../domain/ipc/result';
import { UserActivityTemplateSchema, UserTemplatesFileSchema, type UserActivityTemplate } from '../../domain/rules/user-template';
import { writeFileAtomic } from './atomic-write';

export const USER_TEMPLATES_FILE_NAME = 'activity-templates.json';

/**
 * The user's own activity templates as JSON in the user-data folder, next to settings.json,
 * so they serve every register. Read on every use (small file; another window may have
 * changed it). A damaged file must not lock the user out: unreadable content is set aside as
 * `<file>.damaged-<time>` and the templates that are still valid are kept.
 */
export class UserTemplatesFile {
  constructor(readonly path: string) {}

  static besideSettings(settingsPath: string): UserTemplatesFile {
    return new UserTemplatesFile(join(dirname(settingsPath), USER_TEMPLATES_FILE_NAME));
  }

  list(): UserActivityTemplate[] {
    return this.load();
  }

  get(id: string): UserActivityTemplate {
    const template = this.load().find((t) => t.id === id);
    if (!template) throw new AppError('not_found', `User template ${id} not found`, { id, messageKey: 'workflow.errors.user_template_not_found' });
    return template;
  }

  add(template: UserActivityTemplate): void {
    this.write([...this.load(), UserActivityTemplateSchema.parse(template)]);
  }

  delete(id: string): void {
    const templates = this.load();
    if (!templates.some((t) => t.id === id)) {
      throw new AppError('not_found', `User template ${id} not found`, { id, messageKey: 'workflow.errors.user_template_not_found' });
    }
    this.write(templates.filter((t) => t.id !== id));
  }

  private load(): UserActivityTemplate[] {
    if (!existsSync(this.path)) return [];
    let entries: unknown[];
    try {
      entries = UserTemplatesFileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8'))).templates;
    } catch {
      this.setAside();
      return [];
    }
    const valid = entries.flatMap((entry) => {
      const parsed = UserActivityTemplateSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    if (valid.length < entries.length) {
      this.setAside();
      this.write(valid);
    }
    return valid;
  }

  private setAside(): void {
    renameSync(this.path, `${this.path}.damaged-${Date.now()}`);
  }

  private write(templates: UserActivityTemplate[]): void {
    writeFileAtomic(this.path, JSON.stringify({ format: 'vvt-desk-activity-templates', version: 1, templates }, null, 2));
  }
}
