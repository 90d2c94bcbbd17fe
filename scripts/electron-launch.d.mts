// Types for scripts/electron-launch.mjs (plain JS so `npm start` runs before any build).
export interface InstallerResult {
  status: number | null;
}
export type RunInstaller = (nodePath: string, args: string[], env: NodeJS.ProcessEnv) => InstallerResult;

export function platformExecutable(platform: string): string | null;
export function findElectronBinary(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: string;
  exists?: (file: string) => boolean;
}): string | null;
export function installerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export const DOWNLOADING_MESSAGE: string;
export function downloadFailedMessage(options?: { platform?: string; electronVersion?: string }): string;
export function ensureElectronBinary(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: string;
  nodePath?: string;
  runInstaller: RunInstaller;
  log?: (line: string) => void;
  exists?: (file: string) => boolean;
  probe?: () => { ok: true } | { ok: false; module: string; reason: string };
}): { ok: true; binary: string; downloaded: boolean } | { ok: false; message: string };
export function spawnableWithoutShell(command: string, platform?: string): boolean;
export function assertSpawnableWithoutShell(command: string, platform?: string): void;
export function electronViteCommand(options: { nodePath?: string; electronViteDir: string; mode: string; args?: string[] }): {
  command: string;
  args: string[];
};
export function electronViteEnv(env: NodeJS.ProcessEnv, binary: string): NodeJS.ProcessEnv;
