import { z } from 'zod';
import { AddressSchema, ShortTextSchema, emptyAddress } from './common';

/**
 * The DPO's own details, kept in the app settings (not in a register), so an external DPO
 * with many client registers types them once and fills any register's DPO section from them.
 */
export const DpoProfileSchema = z.object({
  kind: z.enum(['internal', 'external']).default('external'),
  name: ShortTextSchema,
  /** Firm of an external DPO, or the department of an internal one. */
  organisation: ShortTextSchema,
  email: ShortTextSchema,
  phone: ShortTextSchema,
  address: AddressSchema.default(emptyAddress),
});
export type DpoProfile = z.infer<typeof DpoProfileSchema>;

export function emptyDpoProfile(): DpoProfile {
  return DpoProfileSchema.parse({});
}

export function isEmptyDpoProfile(profile: DpoProfile): boolean {
  return profile.name.trim() === '' && profile.organisation.trim() === '' && profile.email.trim() === '' && profile.phone.trim() === '';
}
