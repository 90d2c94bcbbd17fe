import { AppError } from '../../domain/ipc/result';
import type { AppContext } from '../app/context';
import type { FeatureHandlers } from './types';

type RegisterChannel =
  | 'register.current'
  | 'register.create'
  | 'register.open'
  | 'register.openRecent'
  | 'register.openRequested'
  | 'register.saveAs'
  | 'register.close';

export function suggestedFileName(organisationName: string): string {
  const safe = organisationName.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim();
  return `${safe || 'Verzeichnis'}.vvt`;
}

/** A file that no longer exists is dropped from the recent list (if it was listed). */
async function openForgettingVanished(ctx: AppContext, path: string) {
  try {
    return await ctx.session.open(path);
  } catch (error) {
    if (error instanceof AppError && error.code === 'file_not_found') ctx.settings.forgetRegister(path);
    throw error;
  }
}

export function registerHandlers(ctx: AppContext): FeatureHandlers<RegisterChannel> {
  return {
    'register.current': () => ctx.session.info(),
    'register.create': async ({ organisationName }) => {
      const path = await ctx.dialogs.chooseNewRegisterPath(suggestedFileName(organisationName));
      return path ? ctx.session.create(path, organisationName) : null;
    },
    'register.open': async () => {
      const path = await ctx.dialogs.chooseRegisterToOpen();
      return path ? ctx.session.open(path) : null;
    },
    'register.openRecent': async ({ path }) => {
      if (!ctx.settings.get().recentRegisters.some((r) => r.path === path)) {
        throw new AppError('not_found', 'Only registers from the recent list can be reopened by path', { path });
      }
      return openForgettingVanished(ctx, path);
    },
    'register.openRequested': async () => {
      const path = ctx.pendingOpen.take();
      if (!path) throw new AppError('not_found', 'No register is waiting to be opened', { messageKey: 'shell.noPendingOpen' });
      return openForgettingVanished(ctx, path);
    },
    'register.saveAs': async () => {
      const current = await ctx.session.info();
      if (!current) ctx.session.require();
      const path = await ctx.dialogs.chooseNewRegisterPath(suggestedFileName(current?.organisationName ?? ''));
      return path ? ctx.session.saveAs(path) : null;
    },
    'register.close': async () => {
      await ctx.session.close();
      return null;
    },
  };
}
