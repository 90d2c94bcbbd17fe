import { z } from 'zod';
import { CountryCodeSchema, IdSchema, OptionalDateSchema, ShortTextSchema, TextSchema } from './common';

/**
 * Transfer mechanisms in the order an authority checks them: adequacy (Art. 45, incl. the
 * EU–U.S. Data Privacy Framework for certified recipients), appropriate safeguards
 * (Art. 46/47) and derogations (Art. 49(1)).
 */
export const TransferMechanismSchema = z.enum([
  'none',
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'art49_consent',
  'art49_contract',
  'art49_public_interest',
  'art49_legal_claims',
  'art49_vital_interests',
  'art49_public_register',
  'art49_compelling_interests',
]);
export type TransferMechanism = z.infer<typeof TransferMechanismSchema>;
export const TRANSFER_MECHANISMS = TransferMechanismSchema.options;

export const SccModuleSchema = z.enum(['', '1', '2', '3', '4']);

/** Art. 30(1)(e) / 30(2)(c): one transfer to a third country or international organisation. */
export const TransferSchema = z.object({
  id: IdSchema,
  countryCode: CountryCodeSchema,
  /** International organisation instead of a country. */
  internationalOrganisation: ShortTextSchema,
  recipient: ShortTextSchema,
  partyId: z.string().max(64).default(''),
  mechanism: TransferMechanismSchema.default('none'),
  sccModule: SccModuleSchema.default(''),
  /** When the recipient's DPF certification was last checked (DPF transfers only). */
  dpfCheckedOn: OptionalDateSchema,
  /** Documentation of suitable safeguards, mandatory for the Art. 49(1) second subparagraph. */
  safeguardsDocumentation: TextSchema,
  /** Optional transfer impact assessment note. */
  tiaNote: TextSchema,
});
export type Transfer = z.infer<typeof TransferSchema>;
