import { z } from 'zod';
import type { Activity } from '../../model/activity';
import { IdSchema, LanguageSchema, RequiredNameSchema } from '../../model/common';
import type { RegisterInfo } from '../../model/register';
import { channel } from '../define';

/** What the template picker lists; the content stays in main. */
export interface UserTemplateSummary {
  id: string;
  name: string;
  /** Name of the activity the template was saved from. */
  activityName: string;
  createdAt: string;
}

const CatalogueTemplateIdSchema = z.string().trim().min(1).max(100);

export const templateChannels = {
  /**
   * Asks where to save (dialog in main), creates the register and fills it in one transaction
   * with the shipped TOM catalogue and the activities of the register template
   * (domain/catalogues/register-templates.ts); null if cancelled.
   */
  'register.createFromTemplate': channel<RegisterInfo | null>()(
    z.object({
      templateRegisterId: CatalogueTemplateIdSchema,
      organisationName: z.string().trim().max(500).default(''),
      language: LanguageSchema,
    }),
  ),
  /** Saves a new draft from a shipped activity template (ACTIVITY_TEMPLATES), adding the TOMs it names. */
  'activities.createFromTemplate': channel<Activity>()(z.object({ templateId: CatalogueTemplateIdSchema, language: LanguageSchema })),
  /** Stores the activity's content (no ids, dates, status, party or channel links) as a user template. */
  'templates.saveActivityAsTemplate': channel<UserTemplateSummary>()(z.object({ activityId: IdSchema, name: RequiredNameSchema })),
  'templates.listUser': channel<UserTemplateSummary[]>()(z.void()),
  'templates.deleteUser': channel<null>()(z.object({ id: IdSchema })),
  /** Saves a new draft from a user template, adding the measures it uses that the register lacks. */
  'activities.createFromUserTemplate': channel<Activity>()(z.object({ templateId: IdSchema })),
} as const;
