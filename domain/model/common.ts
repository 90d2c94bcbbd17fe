import { z } from 'zod';

/** Entity ids are UUIDs generated where the entity is created (renderer or backend). */
export const IdSchema = z.string().min(1).max(64);
export type Id = z.infer<typeof IdSchema>;

export function newId(): Id {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}

/** Calendar date as YYYY-MM-DD, or empty when not (yet) known. */
export const IsoDateSchema = z.iso.date();
export const OptionalDateSchema = z.union([z.iso.date(), z.literal('')]).default('');

/** Free text the user typed; trimmed, bounded so a bad import cannot bloat the file. */
export const TextSchema = z.string().trim().max(20_000).default('');
export const ShortTextSchema = z.string().trim().max(500).default('');
export const RequiredNameSchema = z.string().trim().min(1).max(500);

/** ISO 3166-1 alpha-2 country code (upper case), or empty. */
export const CountryCodeSchema = z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('')]).default('');

export const LanguageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** A label shipped in both languages the app supports. */
export const LocalizedTextSchema = z.object({
  de: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const AddressSchema = z.object({
  street: ShortTextSchema,
  postalCode: ShortTextSchema,
  city: ShortTextSchema,
  countryCode: CountryCodeSchema,
});
export type Address = z.infer<typeof AddressSchema>;

export const ContactSchema = z.object({
  name: ShortTextSchema,
  function: ShortTextSchema,
  email: ShortTextSchema,
  phone: ShortTextSchema,
});
export type Contact = z.infer<typeof ContactSchema>;

/**
 * Reference into a shipped catalogue with the label as the user sees it. The catalogue id
 * lets rules reason about the entry; the label keeps custom entries and edited wording.
 */
export const CatalogueRefSchema = z.object({
  catalogueId: z.string().max(100).default(''),
  label: RequiredNameSchema,
});
export type CatalogueRef = z.infer<typeof CatalogueRefSchema>;

export function emptyAddress(): Address {
  return { street: '', postalCode: '', city: '', countryCode: '' };
}

export function emptyContact(): Contact {
  return { name: '', function: '', email: '', phone: '' };
}
