import type { AppContext } from '../app/context';
import { isSafeExternalUrl } from '../app/external-links';
import type { FeatureHandlers } from './types';

export function appHandlers(ctx: AppContext): FeatureHandlers<'app.info' | 'settings.get' | 'settings.update' | 'app.openExternal'> {
  return {
    'app.info': () => ({ version: ctx.env.version, platform: ctx.env.platform, settingsPath: ctx.env.settingsPath }),
    'settings.get': () => ctx.settings.get(),
    'settings.update': (changes) => {
      const updated = ctx.settings.update(changes);
      ctx.session.setActor();
      return updated;
    },
    'app.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return false;
      await ctx.links.open(url);
      return true;
    },
  };
}
