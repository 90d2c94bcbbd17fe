import { z } from 'zod';
import type { RegisterInfo } from '../../model/register';
import { PortfolioUpdateSchema } from '../../portfolio/updates';
import type { ClientUpdateResult, PortfolioDueItem, PortfolioListing, PortfolioSearchHit } from '../../portfolio/types';
import { channel } from '../define';

const PathSchema = z.string().trim().min(1).max(4096);
const TodaySchema = z.object({ today: z.iso.date().optional() }).default({});

/** The external DPO's client portfolio: every register in the chosen folders, and work across them. */
export const portfolioChannels = {
  /** What the index holds for the folders, without reading any file (instant); `refreshing` while a refresh runs. */
  'portfolio.list': channel<PortfolioListing & { refreshing: boolean }>()(z.void()),
  /** Scans the folders and reads the files that changed; sends progress events (task "portfolio"). */
  'portfolio.refresh': channel<PortfolioListing>()(TodaySchema),
  /** Replaces the list of client folders; every folder must exist. */
  'portfolio.setFolders': channel<string[]>()(z.object({ folders: z.array(PathSchema).max(50) })),
  /** Asks for a folder (dialog in main) and adds it; null if cancelled. */
  'portfolio.addFolder': channel<string[] | null>()(z.void()),
  /** Overdue and due-soon items of every client, overdue first. */
  'portfolio.dueItems': channel<PortfolioDueItem[]>()(z.void()),
  /** Activities, parties and channels of every client matching every word of `text`. */
  'portfolio.search': channel<PortfolioSearchHit[]>()(z.object({ text: z.string().trim().min(1).max(200) })),
  /** Opens a client's register in this window; only files the portfolio lists are accepted. */
  'portfolio.open': channel<RegisterInfo>()(z.object({ path: PathSchema })),
  /** What an update would change in each chosen client; writes nothing. */
  'portfolio.previewUpdate': channel<ClientUpdateResult[]>()(z.object({ update: PortfolioUpdateSchema, paths: z.array(PathSchema).min(1).max(1000) })),
  /** Applies the confirmed update to each chosen client through its change log; reports what changed and what was skipped. */
  'portfolio.applyUpdate': channel<ClientUpdateResult[]>()(z.object({ update: PortfolioUpdateSchema, paths: z.array(PathSchema).min(1).max(1000) })),
} as const;
