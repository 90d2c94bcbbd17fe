import { z } from 'zod';
import {
  AddressSchema,
  ContactSchema,
  CountryCodeSchema,
  IdSchema,
  OptionalDateSchema,
  RequiredNameSchema,
  ShortTextSchema,
  TextSchema,
  emptyAddress,
  emptyContact,
} from './common';
import { SccModuleSchema, TransferMechanismSchema } from './transfer';

export const PartyRoleSchema = z.enum([
  'processor',
  'sub_processor',
  'joint_controller',
  'recipient',
  /** A controller on whose behalf this organisation acts as processor (Art. 30(2)). */
  'client_controller',
]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** The mandatory content of a processing agreement, Art. 28(3) sentence 1 and (a)–(h). */
export const Art28ClauseSchema = z.enum([
  'subject_duration',
  'nature_purpose',
  'data_types',
  'subject_categories',
  'controller_rights',
  'documented_instructions',
  'confidentiality',
  'security_measures',
  'sub_processors',
  'data_subject_rights',
  'assistance_32_36',
  'deletion_return',
  'audits_information',
]);
export type Art28Clause = z.infer<typeof Art28ClauseSchema>;
export const ART28_CLAUSES = Art28ClauseSchema.options;

export const ContractTypeSchema = z.enum(['avv', 'scc', 'joint_controller_arrangement', 'other']);
export type ContractType = z.infer<typeof ContractTypeSchema>;

/** How the contract was concluded: signed, or accepted online with the provider's terms (no signed document exists). */
export const ContractConclusionSchema = z.enum(['signed', 'accepted_online']);
export type ContractConclusion = z.infer<typeof ContractConclusionSchema>;

export const ContractSchema = z.object({
  id: IdSchema,
  type: ContractTypeSchema.default('avv'),
  title: ShortTextSchema,
  conclusion: ContractConclusionSchema.default('signed'),
  /** The date it was signed — or accepted online, see `conclusion`. */
  signedOn: OptionalDateSchema,
  validUntil: OptionalDateSchema,
  nextReviewOn: OptionalDateSchema,
  version: ShortTextSchema,
  /** Attachment id of the signed document stored inside the register file. */
  attachmentId: z.string().max(64).default(''),
  /** Where the paper original is, if not attached. */
  documentLocation: ShortTextSchema,
  art28Checklist: z.partialRecord(Art28ClauseSchema, z.boolean()).default({}),
  sccModule: SccModuleSchema.default(''),
  /** Art. 26(2): the essence of the arrangement is made available to data subjects. */
  essenceAvailable: z.boolean().default(false),
  essenceLocation: ShortTextSchema,
  notes: TextSchema,
});
export type Contract = z.infer<typeof ContractSchema>;

export const SubProcessorSchema = z.object({
  id: IdSchema,
  name: RequiredNameSchema,
  countryCode: CountryCodeSchema,
  service: ShortTextSchema,
  /** Chapter V mechanism for a sub-processor outside the EEA (Art. 28(2)/(4), Art. 30(1)(d)). */
  mechanism: TransferMechanismSchema.default('none'),
});
export type SubProcessor = z.infer<typeof SubProcessorSchema>;

/** Processors, joint controllers, recipients and client controllers, with their contracts. */
export const PartySchema = z.object({
  id: IdSchema,
  name: RequiredNameSchema,
  legalEntity: ShortTextSchema,
  address: AddressSchema.default(emptyAddress),
  countryCode: CountryCodeSchema,
  roles: z.array(PartyRoleSchema).max(5).default([]),
  contact: ContactSchema.default(emptyContact),
  /** The recipient's own DPO, needed for Art. 30(2)(a). */
  dpoContact: ShortTextSchema,
  /** EU–U.S. Data Privacy Framework: certified? and when it was last checked. */
  dpfCertified: z.boolean().default(false),
  dpfCheckedOn: OptionalDateSchema,
  contracts: z.array(ContractSchema).max(50).default([]),
  subProcessors: z.array(SubProcessorSchema).max(200).default([]),
  notes: TextSchema,
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  version: z.number().int().min(0).default(0),
});
export type Party = z.infer<typeof PartySchema>;
