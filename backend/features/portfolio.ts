import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../domain/ipc/result';
import { localIsoDate } from '../../domain/rules/status-workflow';
import type { AppContext } from '../app/context';
import { applyUpdate, previewUpdate } from '../portfolio/cross-client-update';
import { PortfolioService } from '../portfolio/portfolio-service';
import type { FeatureHandlers } from './types';

type PortfolioChannel =
  | 'portfolio.list'
  | 'portfolio.refresh'
  | 'portfolio.setFolders'
  | 'portfolio.addFolder'
  | 'portfolio.dueItems'
  | 'portfolio.search'
  | 'portfolio.open'
  | 'portfolio.previewUpdate'
  | 'portfolio.applyUpdate';

export const PORTFOLIO_INDEX_FILE = 'portfolio-index.json';

function checkedFolder(folder: string): string {
  const path = resolve(folder);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new AppError('folder_not_found', `Folder not found: ${path}`, { path });
  return path;
}

export function portfolioHandlers(ctx: AppContext): FeatureHandlers<PortfolioChannel> {
  // The index lives next to settings.json in the user-data folder.
  const service = new PortfolioService(join(dirname(ctx.env.settingsPath), PORTFOLIO_INDEX_FILE));
  const folders = () => ctx.settings.get().portfolioFolders;
  const openHere = () => ctx.session.current?.location ?? null;

  /** Client files the portfolio lists: the only paths open and update accept from the renderer. */
  function listedPaths(paths: readonly string[]): string[] {
    const known = new Set(service.rows(folders()).map((r) => r.path));
    const unknown = paths.find((p) => !known.has(p));
    if (unknown !== undefined) throw new AppError('not_found', `Not a register of the portfolio: ${unknown}`, { path: unknown });
    return [...new Set(paths)];
  }

  function setFolders(list: readonly string[]): string[] {
    const unique = [...new Set(list.map(checkedFolder))];
    return ctx.settings.update({ portfolioFolders: unique }).portfolioFolders;
  }

  return {
    'portfolio.list': () => ({
      folders: folders(),
      unreadableFolders: [],
      rows: service.rows(folders(), openHere()),
      changes: { added: [], removed: [], moved: [], reread: 0, fromIndex: 0 },
      refreshing: service.refreshing,
    }),
    'portfolio.refresh': ({ today }) =>
      service.refresh(folders(), {
        today: today ?? localIsoDate(),
        openHere: openHere(),
        openStore: ctx.session.current,
        onProgress: (done, total) => ctx.progress?.({ task: 'portfolio', done, total }),
      }),
    'portfolio.setFolders': ({ folders: list }) => setFolders(list),
    'portfolio.addFolder': async () => {
      if (!ctx.dialogs.chooseFolder) throw new AppError('validation', 'Choosing a folder is not available here; type the folder path instead');
      const folder = await ctx.dialogs.chooseFolder();
      return folder === null ? null : setFolders([...folders(), folder]);
    },
    'portfolio.dueItems': () => service.dueItems(folders()),
    'portfolio.search': ({ text }) => service.search(folders(), text),
    'portfolio.open': ({ path }) => ctx.session.open(listedPaths([path])[0]),
    'portfolio.previewUpdate': ({ update, paths }) => previewUpdate(update, listedPaths(paths), ctx.session.current),
    'portfolio.applyUpdate': async ({ update, paths }) => {
      const actor = ctx.settings.get().actorName || ctx.env.defaultActor;
      return applyUpdate(update, listedPaths(paths), { openHere: ctx.session.current, actor });
    },
  };
}
