/**
 * Vite's import.meta.glob, for the optional mount points (e.g. StartReminderCounts on the
 * start screen). The renderer's tsconfig does not load vite/client, so only this is declared.
 */
interface ImportMeta {
  glob<T = unknown>(pattern: string | string[], options: { eager: true; import: 'default' }): Record<string, T>;
}
