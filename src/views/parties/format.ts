/** Formatting helpers of the parties, channels and reminders views. */

/** A calendar date (YYYY-MM-DD) as the language writes it; other values unchanged. */
export function formatIsoDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Params of a message with every ISO date formatted (dueDate, checkedOn …). */
export function withFormattedDates(params: Record<string, string | number>, language: string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? formatIsoDate(value, language) : value]));
}

export interface ByteSize {
  unit: 'b' | 'kb' | 'mb';
  value: string;
}

/** A file size in bytes, KB or MB with one decimal where useful. */
export function byteSize(bytes: number, language: string): ByteSize {
  const number = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return { unit: 'b', value: number(bytes) };
  if (bytes < 1024 * 1024) return { unit: 'kb', value: number(bytes / 1024) };
  return { unit: 'mb', value: number(bytes / (1024 * 1024)) };
}
