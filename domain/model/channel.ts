import { z } from 'zod';
import { IdSchema, OptionalDateSchema, RequiredNameSchema, ShortTextSchema, TextSchema } from './common';

/** The 15 items of the seed's checklist for business use of a messenger. */
export const ChecklistItemCodeSchema = z.enum([
  'dpa_concluded',
  'internal_policy',
  'customer_consent',
  'business_account_verified',
  'automated_messages_sparingly',
  'secured_devices',
  'e2e_encryption_on',
  'access_control',
  'no_sensitive_data',
  'staff_trained',
  'security_reviewed',
  'backups_secured',
  'communication_guidelines',
  'two_factor',
  'address_book_denied',
]);
export type ChecklistItemCode = z.infer<typeof ChecklistItemCodeSchema>;
export const CHECKLIST_ITEMS = ChecklistItemCodeSchema.options;

export const ChecklistStatusSchema = z.enum(['open', 'done', 'not_applicable']);
export type ChecklistStatus = z.infer<typeof ChecklistStatusSchema>;

export const ChecklistEntrySchema = z.object({
  status: ChecklistStatusSchema.default('open'),
  evidence: TextSchema,
  date: OptionalDateSchema,
  nextReviewOn: OptionalDateSchema,
});
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;

export const AddressBookAccessSchema = z.enum(['unknown', 'denied', 'allowed_consented_contacts', 'allowed']);

/** A messaging channel a business uses to talk to customers. */
export const ChannelSchema = z.object({
  id: IdSchema,
  /** Entry of the channel catalogue (e.g. "whatsapp_business_app"). */
  catalogueId: z.string().min(1).max(100),
  name: RequiredNameSchema,
  /** Business number or account name. */
  account: ShortTextSchema,
  devices: TextSchema,
  authorisedUsers: TextSchema,
  providerPartyId: z.string().max(64).default(''),
  consentMethod: TextSchema,
  consentProofLocation: ShortTextSchema,
  addressBookAccess: AddressBookAccessSchema.default('unknown'),
  checklist: z.partialRecord(ChecklistItemCodeSchema, ChecklistEntrySchema).default({}),
  notes: TextSchema,
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  version: z.number().int().min(0).default(0),
});
export type Channel = z.infer<typeof ChannelSchema>;
