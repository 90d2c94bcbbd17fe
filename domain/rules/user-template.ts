import { z } from 'zod';
import { ActivitySchema, type Activity } from '../model/activity';
import { upgradeFormerPseudoBases } from '../model/former-pseudo-bases';
import { IdSchema, RequiredNameSchema, type Id } from '../model/common';
import { TomMeasureSchema, type TomMeasure } from '../model/tom';
import { copyActivity } from './activity-duplicate';
import { detachRegisterReferences } from './activity-portability';
import type { PortableMeasure } from './measure-transfer';

/**
 * A user's own activity template, kept in the user-data folder and usable in every register.
 * It holds the activity's content without what belongs to one register or one review: no
 * ids that are used anywhere else, no status, dates, reference, version, party or channel
 * links. Nested entries keep internal ids only so retention rules stay tied to their data
 * categories; every use replaces them with fresh ones. The measures the activity used travel
 * along and are matched to (or added to) the register the template is used in.
 */
export const PortableMeasureSchema = TomMeasureSchema.pick({
  id: true,
  catalogueId: true,
  title: true,
  description: true,
  art32Group: true,
  controlArea: true,
  sdmGoal: true,
});

export const TemplateActivityContentSchema = ActivitySchema.omit({
  id: true,
  reference: true,
  status: true,
  jointControllerPartyIds: true,
  channelIds: true,
  createdAt: true,
  updatedAt: true,
  lastReviewedOn: true,
  nextReviewOn: true,
  version: true,
});
export type TemplateActivityContent = z.infer<typeof TemplateActivityContentSchema>;

export const UserActivityTemplateSchema = z.object({
  id: IdSchema,
  name: RequiredNameSchema,
  createdAt: z.string(),
  // Templates saved before § 7 UWG / § 25 TDDDG became additional requirements are read in today's shape.
  activity: z.preprocess(upgradeFormerPseudoBases, TemplateActivityContentSchema),
  measures: z.array(PortableMeasureSchema).max(500).default([]),
});
export type UserActivityTemplate = z.infer<typeof UserActivityTemplateSchema>;

export function userTemplateFromActivity(
  activity: Activity,
  registerMeasures: readonly TomMeasure[],
  meta: { id: Id; name: string; createdAt: string },
): UserActivityTemplate {
  const { activity: detached } = detachRegisterReferences(activity);
  const used = new Set(detached.toms.measureIds);
  const measures: PortableMeasure[] = registerMeasures
    .filter((m) => used.has(m.id))
    .map(({ id, catalogueId, title, description, art32Group, controlArea, sdmGoal }) => ({
      id, catalogueId, title, description, art32Group, controlArea, sdmGoal,
    }));
  const kept = new Set(measures.map((m) => m.id));
  const content = TemplateActivityContentSchema.parse({
    ...detached,
    transfers: detached.transfers.map((t) => ({ ...t, dpfCheckedOn: '' })),
    toms: { ...detached.toms, measureIds: detached.toms.measureIds.filter((id) => kept.has(id)) },
    // A template does not carry the outcome of one activity's DPIA.
    dpia: { ...detached.dpia, performed: false, performedOn: '', reference: '' },
  });
  return UserActivityTemplateSchema.parse({ ...meta, activity: content, measures });
}

/**
 * A new draft from the template, all ids fresh. Its measure ids still point at the template's
 * measures: map them onto the register with planMeasureTransfer and remapMeasureIds.
 */
export function activityFromUserTemplate(template: UserActivityTemplate, newId?: () => Id): Activity {
  const draft = ActivitySchema.parse({ ...template.activity, id: 'user-template' });
  return copyActivity(draft, { newId });
}

/** The file in the user-data folder that holds the user's templates. */
export const UserTemplatesFileSchema = z.object({
  format: z.literal('vvt-desk-activity-templates'),
  version: z.literal(1),
  templates: z.array(z.unknown()).max(1000),
});
