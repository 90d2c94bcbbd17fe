import { findRegisterTemplate } from '../../domain/catalogues/register-templates';
import { registerContentFromTemplate } from '../../domain/rules/template-instantiation';
import type { AppContext } from '../app/context';
import type { WriteOperation } from '../storage/register-store';
import { suggestedFileName } from './register';
import type { FeatureHandlers } from './types';
import { workflowRefusal } from './workflow-errors';

/** A new register that starts from a register template (domain/catalogues/register-templates.ts). */
export function registerTemplateHandlers(ctx: AppContext): FeatureHandlers<'register.createFromTemplate'> {
  return {
    'register.createFromTemplate': async ({ templateRegisterId, organisationName, language }) => {
      const template = findRegisterTemplate(templateRegisterId);
      if (!template) {
        const message = `There is no register template "${templateRegisterId}"`;
        throw workflowRefusal('unknown_register_template', message, { templateId: templateRegisterId }, [
          { path: 'templateRegisterId', code: 'custom', message },
        ]);
      }
      const path = await ctx.dialogs.chooseNewRegisterPath(suggestedFileName(organisationName));
      if (!path) return null;
      const content = registerContentFromTemplate(template, language);
      await ctx.session.create(path, organisationName);
      const store = ctx.session.require();
      const organisation = await store.organisation.get();
      await store.writeBatch([
        { op: 'saveOrganisation', value: { ...organisation, actsAsProcessor: organisation.actsAsProcessor || template.actsAsProcessor } },
        ...content.measures.map((value): WriteOperation => ({ op: 'save', kind: 'tom', value })),
        ...content.activities.map((value): WriteOperation => ({ op: 'save', kind: 'activity', value })),
      ]);
      return ctx.session.info();
    },
  };
}
