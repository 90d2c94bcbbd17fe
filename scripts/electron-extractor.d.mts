// Types for scripts/electron-extractor.mjs (plain JS so `npm start` runs before any build).
export function extractorModule(electronDir: string): string | null;
export function probeExtractor(options: {
  electronDir: string;
  load?: (electronDir: string, name: string) => void;
}): { ok: true } | { ok: false; module: string; reason: string };
export function extractorBlockedMessage(options: {
  platform?: string;
  arch?: string;
  env?: NodeJS.ProcessEnv;
  electronVersion: string;
  module: string;
  reason: string;
}): string;
