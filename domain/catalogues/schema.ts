import { z } from 'zod';
import { LocalizedTextSchema } from '../model/common';
import { DpiaCriterionSchema, PeriodUnitSchema, RecipientKindSchema, RetentionActionSchema } from '../model/activity';
import { Art32GroupSchema, ControlAreaSchema, SdmGoalSchema } from '../model/tom';
import { TransferMechanismSchema } from '../model/transfer';
import { Art28ClauseSchema } from '../model/party';
import { ChecklistItemCodeSchema } from '../model/channel';

/**
 * Runtime schemas for the catalogues and templates shipped with the app. Every entry has a
 * stable id (kebab-case or snake_case), a label in German and English, and — where the fact
 * can change — the source it comes from and the date it was checked.
 */

/** Stable catalogue id: lower-case words joined by "-" or "_" (e.g. "6-1-f", "whatsapp_business_app"). */
export const CatalogueIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'catalogue ids are kebab-case or snake_case');

export const CatalogueEntrySchema = z.object({
  id: CatalogueIdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Law, guidance or provider page the entry rests on. */
  source: z.string().min(1).optional(),
  /** Date (YYYY-MM-DD) the fact was last checked, where it can change. */
  asOf: z.iso.date().optional(),
  /** The domain documentation marks the entry as not verified; the UI must show that. */
  unverified: z.boolean().optional(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Legal bases

export const LegalBasisGroupSchema = z.enum(['art6', 'art9', 'art10', 'national']);
export type LegalBasisGroup = z.infer<typeof LegalBasisGroupSchema>;

export const LegalBasisEntrySchema = CatalogueEntrySchema.extend({
  group: LegalBasisGroupSchema,
  /** Short name without the citation, e.g. "Einwilligung" / "Consent". */
  shortLabel: LocalizedTextSchema,
  /** Exact citation, e.g. "Art. 6 Abs. 1 lit. a DSGVO" / "Art. 6(1)(a) GDPR". */
  citation: LocalizedTextSchema,
  /** The law relied on must be named in the note (6-1-c, 6-1-e, national provisions …). */
  requiresNote: z.boolean(),
  /** The legitimate interest must be stated (Art. 13(1)(d)). */
  requiresLegitimateInterest: z.boolean(),
  /** Consent: records needed, withdrawal right (Art. 7(3)). */
  isConsent: z.boolean(),
  /** Art. 21 right to object applies and must be shown separately (Art. 21(4)). */
  rightToObject: z.boolean(),
  /** National provisions that are no legal basis of their own: codes to combine them with. */
  usedWith: z.array(CatalogueIdSchema).optional(),
  caution: LocalizedTextSchema.optional(),
});
export type LegalBasisEntry = z.infer<typeof LegalBasisEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Data subjects, data categories, recipients

export const DataSubjectCategoryEntrySchema = CatalogueEntrySchema.extend({
  /** Typically vulnerable in the sense of WP248 (employees, children, patients …). */
  vulnerable: z.boolean().optional(),
});
export type DataSubjectCategoryEntry = z.infer<typeof DataSubjectCategoryEntrySchema>;

export const DataCategoryEntrySchema = CatalogueEntrySchema.extend({
  special: z.enum(['none', 'art9', 'art10']),
});
export type DataCategoryEntry = z.infer<typeof DataCategoryEntrySchema>;

export const RecipientCategoryEntrySchema = CatalogueEntrySchema.extend({
  kind: RecipientKindSchema,
});
export type RecipientCategoryEntry = z.infer<typeof RecipientCategoryEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Countries and supervisory authorities

export const CountryStatusSchema = z.enum(['eea', 'adequate', 'adequate_if_certified', 'third_country']);
export type CountryStatus = z.infer<typeof CountryStatusSchema>;

export const CountryEntrySchema = CatalogueEntrySchema.extend({
  /** ISO 3166-1 alpha-2 code; it is also the entry's id (upper case). */
  id: z.string().regex(/^[A-Z]{2}$/),
  code: z.string().regex(/^[A-Z]{2}$/),
  status: CountryStatusSchema,
  eu: z.boolean(),
  /** Limits of an adequacy decision (e.g. Canada: commercial organisations only). */
  adequacyScope: LocalizedTextSchema.optional(),
}).refine((c) => c.id === c.code, { message: 'country id must equal its ISO code' });
export type CountryEntry = z.infer<typeof CountryEntrySchema>;

export const AuthorityAddressSchema = z.object({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
});

export const SupervisoryAuthorityEntrySchema = CatalogueEntrySchema.extend({
  /** Abbreviation as the authority uses it (e.g. "BayLDA"). */
  abbreviation: z.string(),
  /** ISO 3166-2 code of the state, "DE" for the federal authority. */
  region: z.string().regex(/^DE(?:-[A-Z]{2})?$/),
  /** Who it supervises: federal public bodies and telecoms, private sector, public bodies, or both. */
  competence: z.enum(['federal', 'private_sector', 'public_sector', 'private_and_public']),
  address: AuthorityAddressSchema,
  website: z.string(),
  email: z.string(),
  /** Fields not verified against the authority's own site; empty strings mean "not shipped". */
  unverifiedFields: z.array(z.string()),
});
export type SupervisoryAuthorityEntry = z.infer<typeof SupervisoryAuthorityEntrySchema>;

// ---------------------------------------------------------------------------------------------
// TOMs, retention, DPIA, Art. 28, checklist

export const TomCatalogueEntrySchema = CatalogueEntrySchema.extend({
  art32Group: Art32GroupSchema,
  controlArea: ControlAreaSchema,
  sdmGoal: SdmGoalSchema,
});
export type TomCatalogueEntry = z.infer<typeof TomCatalogueEntrySchema>;

export const RetentionPresetSchema = CatalogueEntrySchema.extend({
  periodAmount: z.number().int().min(0).max(1000).nullable(),
  periodUnit: PeriodUnitSchema,
  /** Human-readable period; required when periodAmount is null. */
  periodText: LocalizedTextSchema,
  trigger: LocalizedTextSchema,
  basis: LocalizedTextSchema,
  kind: z.enum(['statutory', 'practice']),
  action: RetentionActionSchema,
});
export type RetentionPreset = z.infer<typeof RetentionPresetSchema>;

export const DpiaCriterionEntrySchema = CatalogueEntrySchema.extend({
  id: DpiaCriterionSchema,
  /** Number of the criterion in WP248 rev.01 (1–9). */
  number: z.number().int().min(1).max(9),
  description: LocalizedTextSchema,
});
export type DpiaCriterionEntry = z.infer<typeof DpiaCriterionEntrySchema>;

export const Art28ClauseEntrySchema = CatalogueEntrySchema.extend({
  id: Art28ClauseSchema,
  /** Letter of Art. 28(3), or "" for the elements of sentence 1. */
  letter: z.enum(['', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']),
  citation: LocalizedTextSchema,
});
export type Art28ClauseEntry = z.infer<typeof Art28ClauseEntrySchema>;

export const ChecklistItemEntrySchema = CatalogueEntrySchema.extend({
  id: ChecklistItemCodeSchema,
  /** Position in the seed's list (1–15). */
  number: z.number().int().min(1).max(15),
});
export type ChecklistItemEntry = z.infer<typeof ChecklistItemEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Messaging channels

export const ChannelProviderRoleSchema = z.enum(['processor', 'controller', 'joint_controller', 'none']);
export type ChannelProviderRole = z.infer<typeof ChannelProviderRoleSchema>;

export const ChannelCatalogueEntrySchema = CatalogueEntrySchema.extend({
  kind: z.enum(['messenger', 'business_platform', 'collaboration', 'customer_service', 'generic']),
  provider: z.object({
    /** Contracting / providing legal entity for EU users; "" for generic kinds. */
    legalEntity: z.string(),
    /** ISO code of the provider's seat, "" when unknown or generic. */
    country: z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('')]),
  }),
  providerRole: ChannelProviderRoleSchema,
  /** The provider offers the product for business use. */
  businessUseIntended: z.boolean(),
  thirdCountry: z.object({
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    description: LocalizedTextSchema,
    suggestedMechanism: TransferMechanismSchema,
    /**
     * The recipient in the third country when it is not the provider itself, e.g. the US parent
     * of an EU provider. Under the DPF it is this organisation whose certification is checked.
     */
    recipient: z
      .object({
        legalEntity: z.string().min(1),
        /** Name under which the recipient appears in the DPF list (DPF transfers only). */
        dpfListName: z.string().min(1).optional(),
      })
      .optional(),
  }),
  avv: z.object({
    available: z.enum(['yes', 'no', 'part_of_terms', 'unknown']),
    description: LocalizedTextSchema,
    /** Name of the provider's processing terms when they are accepted online with the terms of use. */
    termsName: z.string().min(1).optional(),
  }),
  e2e: LocalizedTextSchema,
  addressBook: z.object({
    /** Whether the app uploads address-book entries to the provider; null: not known / depends. */
    uploads: z.boolean().nullable(),
    description: LocalizedTextSchema,
  }),
  /** What the provider itself does with metadata, in neutral language. */
  metadataNote: LocalizedTextSchema,
  checkedOn: z.iso.date(),
  /** Dotted field paths marked "(unverified)" in the domain documentation. */
  unverifiedFields: z.array(z.string()),
  source: z.string().min(1),
});
export type ChannelCatalogueEntry = z.infer<typeof ChannelCatalogueEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Activity templates

export const TemplateLegalBasisSchema = z.object({
  code: z.string().min(1),
  note: LocalizedTextSchema.optional(),
});

export const TemplatePurposeSchema = z.object({
  description: LocalizedTextSchema,
  legalBases: z.array(TemplateLegalBasisSchema).min(1),
  /** § 7 UWG, § 25 TDDDG … (catalogue ADDITIONAL_REQUIREMENTS): never a legal basis. */
  additionalRequirements: z.array(TemplateLegalBasisSchema).optional(),
  legitimateInterest: LocalizedTextSchema.optional(),
  consentRecord: LocalizedTextSchema.optional(),
});
export type TemplatePurpose = z.infer<typeof TemplatePurposeSchema>;

export const TemplateTransferSchema = z.object({
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  recipient: LocalizedTextSchema,
  mechanism: TransferMechanismSchema,
  note: LocalizedTextSchema.optional(),
});

export const TemplateRetentionSchema = z.object({
  presetId: CatalogueIdSchema,
  /** Catalogue ids of the template's data categories the rule covers; empty: all of them. */
  dataCategoryIds: z.array(CatalogueIdSchema),
});

export const ActivityTemplateSchema = z.object({
  id: CatalogueIdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  purposes: z.array(TemplatePurposeSchema).min(1),
  dataSubjectCategoryIds: z.array(CatalogueIdSchema).min(1),
  dataCategoryIds: z.array(CatalogueIdSchema).min(1),
  recipientIds: z.array(CatalogueIdSchema),
  transfers: z.array(TemplateTransferSchema),
  retention: z.array(TemplateRetentionSchema),
  tomIds: z.array(CatalogueIdSchema),
  dpiaCriteria: z.array(DpiaCriterionSchema),
  /** Channel catalogue ids the activity typically runs over. */
  channelIds: z.array(CatalogueIdSchema),
  /** Data also comes from others than the data subject (Art. 14). */
  otherSources: LocalizedTextSchema.optional(),
  provision: z.enum(['unspecified', 'statutory', 'contractual', 'precontractual', 'voluntary']).optional(),
});
export type ActivityTemplate = z.infer<typeof ActivityTemplateSchema>;
