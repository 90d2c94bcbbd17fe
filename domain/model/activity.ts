import { z } from 'zod';
import {
  CatalogueRefSchema,
  IdSchema,
  OptionalDateSchema,
  RequiredNameSchema,
  ShortTextSchema,
  TextSchema,
  newId,
} from './common';
import { TransferSchema } from './transfer';

export const ActivityStatusSchema = z.enum(['draft', 'in_review', 'approved', 'archived']);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

/** Reference to a legal-basis catalogue entry (e.g. "6-1-f"), with the detail the basis needs. */
export const LegalBasisRefSchema = z.object({
  code: z.string().trim().min(1).max(100),
  /** The law named for 6-1-c/e and national provisions, or any qualifying remark. */
  note: ShortTextSchema,
});
export type LegalBasisRef = z.infer<typeof LegalBasisRefSchema>;

/**
 * A provision that is not a lawful basis but adds conditions on top of one (§ 7 UWG,
 * § 25 TDDDG; catalogue `ADDITIONAL_REQUIREMENTS`), with the detail cited (e.g. "§ 7 Abs. 3 UWG").
 */
export const AdditionalRequirementRefSchema = z.object({
  code: z.string().trim().min(1).max(100),
  note: ShortTextSchema,
});
export type AdditionalRequirementRef = z.infer<typeof AdditionalRequirementRefSchema>;

export const PurposeSchema = z.object({
  id: IdSchema,
  description: RequiredNameSchema,
  legalBases: z.array(LegalBasisRefSchema).max(20).default([]),
  /** Requirements on top of the lawful basis (§ 7 UWG, § 25 TDDDG); never printed as a legal basis. */
  additionalRequirements: z.array(AdditionalRequirementRefSchema).max(20).default([]),
  /** Required by Art. 13(1)(d) when a basis is 6-1-f. */
  legitimateInterest: TextSchema,
  /** How consent is recorded and proven, when a basis is consent. */
  consentRecord: TextSchema,
});
export type Purpose = z.infer<typeof PurposeSchema>;

export const SpecialCategorySchema = z.enum(['none', 'art9', 'art10']);
export type SpecialCategory = z.infer<typeof SpecialCategorySchema>;

export const DataCategorySchema = CatalogueRefSchema.extend({
  id: IdSchema,
  special: SpecialCategorySchema.default('none'),
});
export type DataCategory = z.infer<typeof DataCategorySchema>;

export const DataSubjectCategorySchema = CatalogueRefSchema.extend({ id: IdSchema });
export type DataSubjectCategory = z.infer<typeof DataSubjectCategorySchema>;

/** Art. 30(1)(d). */
export const RecipientKindSchema = z.enum([
  'internal',
  'processor',
  'controller',
  'joint_controller',
  'authority',
  'other',
]);
export type RecipientKind = z.infer<typeof RecipientKindSchema>;

export const RecipientSchema = CatalogueRefSchema.extend({
  id: IdSchema,
  kind: RecipientKindSchema.default('other'),
  /** Linked external party, if the recipient is one. */
  partyId: z.string().max(64).default(''),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * Art. 14(5): when the information of Art. 14(1)–(4) need not be given — (a) the person already
 * has it, (b) impossible or disproportionate effort, (c) obtaining or disclosure laid down by
 * law, (d) professional secrecy. 'none': no exemption is relied on.
 */
export const Art14ExemptionSchema = z.enum(['none', 'already_informed', 'disproportionate', 'required_by_law', 'professional_secrecy']);
export type Art14Exemption = z.infer<typeof Art14ExemptionSchema>;

/**
 * Where the data comes from; anything but the data subject triggers Art. 14. Data partly from
 * the person and partly from elsewhere: Art. 13 for what the person gives, Art. 14 for the rest.
 */
export const DataSourceSchema = z.object({
  fromDataSubject: z.boolean().default(true),
  otherSources: TextSchema,
  publiclyAccessible: z.boolean().default(false),
  /** Data categories of this activity obtained from the other sources (Art. 14(1)(d)); empty: all of them. */
  otherSourceCategoryIds: z.array(IdSchema).max(500).default([]),
  art14Exemption: Art14ExemptionSchema.default('none'),
  /** Why the exemption applies (e.g. the measures taken under Art. 14(5)(b), the law of (c)). */
  art14ExemptionNote: TextSchema,
});
export type DataSource = z.infer<typeof DataSourceSchema>;

export const PeriodUnitSchema = z.enum(['days', 'weeks', 'months', 'years']);
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

export const RetentionActionSchema = z.enum(['delete', 'anonymise', 'restrict']);
export type RetentionAction = z.infer<typeof RetentionActionSchema>;

export const RetentionKindSchema = z.enum(['statutory', 'practice', 'internal']);
export type RetentionKind = z.infer<typeof RetentionKindSchema>;

/** Art. 30(1)(f): what, how long, from when, why, and what happens then. */
export const RetentionRuleSchema = z.object({
  id: IdSchema,
  /** Data categories of this activity the rule covers; empty means all of them. */
  dataCategoryIds: z.array(IdSchema).max(200).default([]),
  /** Id of the preset the rule was taken from, if any (lets checks spot shortened statutory periods). */
  presetId: z.string().max(100).default(''),
  description: ShortTextSchema,
  periodAmount: z.number().int().min(0).max(1000).nullable().default(null),
  periodUnit: PeriodUnitSchema.default('years'),
  /** For periods a number cannot express ("as long as the consent is used, plus 3 years"). */
  periodText: ShortTextSchema,
  trigger: ShortTextSchema,
  basis: ShortTextSchema,
  kind: RetentionKindSchema.default('internal'),
  action: RetentionActionSchema.default('delete'),
});
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;

/** Art. 30(1)(g): references into the organisation's TOM catalogue plus measures of this activity only. */
export const ActivityTomsSchema = z.object({
  measureIds: z.array(IdSchema).max(500).default([]),
  specific: TextSchema,
  /** Reference to a security concept document instead of listing measures. */
  securityConceptRef: ShortTextSchema,
});
export type ActivityToms = z.infer<typeof ActivityTomsSchema>;

/** WP248 rev.01 criteria for the DPIA threshold (Art. 35). */
export const DpiaCriterionSchema = z.enum([
  'evaluation_scoring',
  'automated_decision',
  'systematic_monitoring',
  'sensitive_data',
  'large_scale',
  'matching_datasets',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_rights',
]);
export type DpiaCriterion = z.infer<typeof DpiaCriterionSchema>;
export const DPIA_CRITERIA = DpiaCriterionSchema.options;

export const DpiaDecisionSchema = z.enum(['undecided', 'required', 'not_required']);

export const DpiaScreeningSchema = z.object({
  criteria: z.array(DpiaCriterionSchema).max(9).default([]),
  /** Listed on the German authorities' mandatory list (Art. 35(4)). */
  onMandatoryList: z.boolean().default(false),
  /** Items of the DSK Muss-Liste (catalogue DSK_MUST_LIST) that apply; each makes a DPIA required. */
  mustListItems: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  decision: DpiaDecisionSchema.default('undecided'),
  reason: TextSchema,
  performed: z.boolean().default(false),
  performedOn: OptionalDateSchema,
  reference: ShortTextSchema,
});
export type DpiaScreening = z.infer<typeof DpiaScreeningSchema>;

export const OwnerSchema = z.object({
  department: ShortTextSchema,
  contactName: ShortTextSchema,
  contactEmail: ShortTextSchema,
});
export type Owner = z.infer<typeof OwnerSchema>;

/** Automated decision-making incl. profiling (Art. 22, Art. 13(2)(f)). */
export const AutomatedDecisionSchema = z.object({
  exists: z.boolean().default(false),
  logic: TextSchema,
  consequences: TextSchema,
});

/** Art. 13(2)(e): whether providing the data is required and what follows if not. */
export const ProvisionRequirementSchema = z.object({
  kind: z.enum(['unspecified', 'statutory', 'contractual', 'precontractual', 'voluntary']).default('unspecified'),
  obliged: z.boolean().default(false),
  consequences: TextSchema,
});

/** One processing activity of the controller record, Art. 30(1). */
export const ActivitySchema = z.object({
  id: IdSchema,
  /** The organisation's own reference, e.g. "VT-012". */
  reference: ShortTextSchema,
  name: RequiredNameSchema,
  description: TextSchema,
  status: ActivityStatusSchema.default('draft'),
  owner: OwnerSchema.default(() => OwnerSchema.parse({})),
  purposes: z.array(PurposeSchema).max(100).default([]),
  dataSubjectCategories: z.array(DataSubjectCategorySchema).max(200).default([]),
  dataCategories: z.array(DataCategorySchema).max(500).default([]),
  dataSource: DataSourceSchema.default(() => DataSourceSchema.parse({})),
  recipients: z.array(RecipientSchema).max(200).default([]),
  transfers: z.array(TransferSchema).max(200).default([]),
  retention: z.array(RetentionRuleSchema).max(200).default([]),
  toms: ActivityTomsSchema.default(() => ActivityTomsSchema.parse({})),
  dpia: DpiaScreeningSchema.default(() => DpiaScreeningSchema.parse({})),
  automatedDecision: AutomatedDecisionSchema.default(() => AutomatedDecisionSchema.parse({})),
  provision: ProvisionRequirementSchema.default(() => ProvisionRequirementSchema.parse({})),
  /** External parties acting as joint controllers (Art. 26) for this activity. */
  jointControllerPartyIds: z.array(IdSchema).max(50).default([]),
  /** Messaging channels this activity uses. */
  channelIds: z.array(IdSchema).max(50).default([]),
  /** Template this activity was created from, if any. */
  templateId: z.string().max(100).default(''),
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  lastReviewedOn: OptionalDateSchema,
  nextReviewOn: OptionalDateSchema,
  /** Increases with every saved change; used to detect concurrent edits. */
  version: z.number().int().min(0).default(0),
});
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityInput = z.input<typeof ActivitySchema>;

export function newActivity(name: string): Activity {
  return ActivitySchema.parse({ id: newId(), name });
}

export function newPurpose(description: string, codes: string[] = []): Purpose {
  return PurposeSchema.parse({
    id: newId(),
    description,
    legalBases: codes.map((code) => ({ code })),
  });
}
