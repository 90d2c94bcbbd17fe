import { z } from 'zod';
import { AddressSchema, ContactSchema, ShortTextSchema, TextSchema, emptyAddress, emptyContact } from './common';

export const DpoKindSchema = z.enum(['none', 'internal', 'external']);
export type DpoKind = z.infer<typeof DpoKindSchema>;

export const DataProtectionOfficerSchema = z.object({
  kind: DpoKindSchema.default('none'),
  name: ShortTextSchema,
  /** Firm of an external DPO. */
  organisation: ShortTextSchema,
  email: ShortTextSchema,
  phone: ShortTextSchema,
  address: AddressSchema.default(emptyAddress),
});
export type DataProtectionOfficer = z.infer<typeof DataProtectionOfficerSchema>;

/** Art. 27 representative in the Union, for controllers established outside the EU. */
export const EuRepresentativeSchema = z.object({
  name: ShortTextSchema,
  email: ShortTextSchema,
  phone: ShortTextSchema,
  address: AddressSchema.default(emptyAddress),
});
export type EuRepresentative = z.infer<typeof EuRepresentativeSchema>;

export const SupervisoryAuthorityRefSchema = z.object({
  /** Id from the authorities catalogue, empty for free entry. */
  catalogueId: z.string().max(100).default(''),
  name: ShortTextSchema,
  address: ShortTextSchema,
  email: ShortTextSchema,
  website: ShortTextSchema,
});
export type SupervisoryAuthorityRef = z.infer<typeof SupervisoryAuthorityRefSchema>;

/** Art. 30(1)(a): the controller (and, for Art. 30(2)(a), the processor) itself. */
export const OrganisationSchema = z.object({
  name: ShortTextSchema,
  legalForm: ShortTextSchema,
  address: AddressSchema.default(emptyAddress),
  email: ShortTextSchema,
  phone: ShortTextSchema,
  website: ShortTextSchema,
  /** Management / legal representatives (Geschäftsführung, Vorstand). */
  legalRepresentatives: z.array(ContactSchema).max(50).default([]),
  /** Contact for data protection matters if not the DPO. */
  privacyContact: ContactSchema.default(emptyContact),
  dpo: DataProtectionOfficerSchema.default(() => DataProtectionOfficerSchema.parse({})),
  hasEuRepresentative: z.boolean().default(false),
  euRepresentative: EuRepresentativeSchema.default(() => EuRepresentativeSchema.parse({})),
  supervisoryAuthority: SupervisoryAuthorityRefSchema.default(() => SupervisoryAuthorityRefSchema.parse({})),
  /** Which records this organisation keeps: Art. 30(1) as controller, Art. 30(2) as processor. */
  actsAsController: z.boolean().default(true),
  actsAsProcessor: z.boolean().default(false),
  notes: TextSchema,
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export function emptyOrganisation(): Organisation {
  return OrganisationSchema.parse({});
}
