import { createI18n } from 'vue-i18n';
import { messages } from '../domain/i18n';
import type { Language } from '../domain/model/common';

export const LANGUAGES: readonly Language[] = ['de', 'en'];

/**
 * vue-i18n over the shared bilingual tables (domain/i18n), so the UI, documents and the CLI
 * say the same things. German is the default and the fallback.
 */
export function createAppI18n(locale: Language = 'de') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'de',
    messages,
    // The tables are plain text: no HTML, and vue-i18n's own syntax only for {placeholders}.
    warnHtmlMessage: false,
  });
}

/**
 * The key of a counted text: `<key>One` for exactly one ("1 Tätigkeit"), otherwise `<key>`
 * with {count} ("3 Tätigkeiten"). Every counted key has its One sibling in both languages.
 */
export function countKey(key: string, count: number): string {
  return count === 1 ? `${key}One` : key;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
