import { useI18n } from 'vue-i18n';

/** Dates as the user's language writes them; unknown or empty values stay empty. */
export function useFormatting() {
  const { locale } = useI18n({ useScope: 'global' });

  function dateTime(iso: string): string {
    const date = iso ? new Date(iso) : null;
    if (!date || Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(locale.value === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  return { dateTime };
}
