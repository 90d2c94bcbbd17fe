import { useI18n } from 'vue-i18n';

/** A calendar date (YYYY-MM-DD) as the UI language writes it; anything else is shown unchanged. */
export function useDateFormat() {
  const { locale } = useI18n({ useScope: 'global' });
  return (isoDate: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
    const [year, month, day] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return new Intl.DateTimeFormat(locale.value === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  };
}
