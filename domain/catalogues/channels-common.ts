/**
 * Date the channel facts were taken over from the domain documentation (facts as reported by
 * public sources in 2025–2026). Users re-check and edit them; the UI shows this date.
 */
export const CHANNEL_FACTS_CHECKED_ON = '2026-11-28';
