import type { UserTemplateSummary } from '../../domain/ipc/channels/templates';
import { newId } from '../../domain/model';
import { userTemplateFromActivity, type UserActivityTemplate } from '../../domain/rules/user-template';
import type { AppContext } from '../app/context';
import { UserTemplatesFile } from '../app/user-templates';
import { createFromCatalogueTemplate, createFromUserTemplate } from './template-activities';
import type { FeatureHandlers } from './types';
import { requireActivity } from './workflow-errors';

type TemplateChannel =
  | 'activities.createFromTemplate'
  | 'templates.saveActivityAsTemplate'
  | 'templates.listUser'
  | 'templates.deleteUser'
  | 'activities.createFromUserTemplate';

function summary(template: UserActivityTemplate): UserTemplateSummary {
  return { id: template.id, name: template.name, activityName: template.activity.name, createdAt: template.createdAt };
}

/** Activities from shipped templates, and the user's own templates kept next to settings.json. */
export function templateHandlers(ctx: AppContext): FeatureHandlers<TemplateChannel> {
  const userTemplates = UserTemplatesFile.besideSettings(ctx.env.settingsPath);
  return {
    'activities.createFromTemplate': ({ templateId, language }) => createFromCatalogueTemplate(ctx.session.require(), templateId, language),
    'templates.saveActivityAsTemplate': async ({ activityId, name }) => {
      const store = ctx.session.require();
      const [activity, measures] = await Promise.all([requireActivity(store, activityId), store.toms.list()]);
      const template = userTemplateFromActivity(activity, measures, { id: newId(), name, createdAt: new Date().toISOString() });
      userTemplates.add(template);
      return summary(template);
    },
    'templates.listUser': () =>
      userTemplates
        .list()
        .map(summary)
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    'templates.deleteUser': ({ id }) => {
      userTemplates.delete(id);
      return null;
    },
    'activities.createFromUserTemplate': ({ templateId }) => createFromUserTemplate(ctx.session.require(), userTemplates.get(templateId)),
  };
}
