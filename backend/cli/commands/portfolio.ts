import { statSync } from 'node:fs';
import { AppError } from '../../../domain/ipc/result';
import { localIsoDate } from '../../../domain/rules/status-workflow';
import type { PortfolioRow, PortfolioSearchHit } from '../../../domain/portfolio/types';
import { PortfolioService } from '../../portfolio/portfolio-service';
import type { CommandContext } from '../cli-io';
import type { CommandSpec } from '../command-spec';
import { UsageError } from '../usage-error';

function folderOf(ctx: CommandContext, argument: string): string {
  const path = ctx.path(argument);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new AppError('folder_not_found', `Folder not found: ${path}`, { path });
  return path;
}

/** The machine-readable row: the fields scripts rely on first, problems named. */
function jsonRow(row: PortfolioRow) {
  if (row.status === 'problem') return { path: row.path, problem: row.problem, detail: row.detail };
  const s = row.summary;
  return {
    path: s.path,
    organisation: s.organisation,
    activities: s.activities,
    approved: s.approved,
    overdue: s.overdue,
    dueSoon: s.dueSoon,
    errors: s.errors,
    lastSubmission: s.lastSubmission || null,
    lastChange: s.lastChange || null,
    legalForm: s.legalForm,
    schemaVersion: s.schemaVersion,
    needsUpgrade: s.needsUpgrade,
    openElsewhere: s.openElsewhere,
    problem: null,
  };
}

function printTable(ctx: CommandContext, rows: PortfolioRow[]): void {
  const t = (key: string, params?: Record<string, string | number>) => ctx.t(`portfolio.${key}`, params);
  const header = ['organisation', 'activities', 'overdue', 'dueSoon', 'errors', 'lastSubmission', 'lastChange', 'path'].map((c) => t(`table.${c}`));
  const lines = rows.flatMap((row) => {
    if (row.status !== 'ok') return [];
    const s = row.summary;
    const name = [s.organisation || t('table.unnamed'), s.legalForm && !s.organisation.endsWith(s.legalForm) ? s.legalForm : ''].filter(Boolean).join(' ');
    const notes = [s.needsUpgrade ? t('table.needsUpgrade') : '', s.openElsewhere ? t('table.openElsewhere') : ''].filter(Boolean);
    return [[name, `${s.approved}/${s.activities}`, String(s.overdue), String(s.dueSoon), String(s.errors), s.lastSubmission || '–', s.lastChange.slice(0, 10) || '–', notes.length ? `${s.path} (${notes.join('; ')})` : s.path]];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  for (const line of [header, ...lines]) ctx.print(line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
  for (const row of rows) {
    if (row.status === 'problem') ctx.warn(`${row.path}: ${t(`problems.${row.problem}`)}`);
  }
}

function printHits(ctx: CommandContext, hits: PortfolioSearchHit[], text: string): void {
  if (!hits.length) {
    ctx.print(ctx.t('portfolio.search.none', { text }));
    return;
  }
  let current = '';
  for (const hit of hits) {
    if (hit.path !== current) {
      current = hit.path;
      ctx.print(`${hit.organisation || ctx.t('portfolio.table.unnamed')} (${hit.path})`);
    }
    ctx.print(`  ${ctx.t(`portfolio.search.types.${hit.type}`)}: ${hit.name}`);
  }
}

function groupHits(hits: PortfolioSearchHit[]) {
  const groups = new Map<string, { path: string; organisation: string; matches: { type: string; id: string; name: string }[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.path) ?? { path: hit.path, organisation: hit.organisation, matches: [] };
    group.matches.push({ type: hit.type, id: hit.id, name: hit.name });
    groups.set(hit.path, group);
  }
  return [...groups.values()];
}

/** `vvt portfolio <folder>... [--search TEXT] [--json]`: every client register in the folders; reads only. */
export const portfolioCommand: CommandSpec = {
  name: 'portfolio',
  args: ['<folder>'],
  variadic: true,
  options: ['json', 'search'],
  async run(ctx) {
    const folders = [...new Set(ctx.args.map((a) => folderOf(ctx, a)))];
    const service = new PortfolioService(null);
    const listing = await service.refresh(folders, { today: localIsoDate(ctx.now()) });
    for (const folder of listing.unreadableFolders) ctx.warn(`${folder}: ${ctx.t('portfolio.folders.unreadable')}`);
    const text = ctx.options.search?.trim();
    if (ctx.options.search !== undefined) {
      if (!text) throw new UsageError('optionNeedsValue', { option: '--search' });
      const hits = service.search(folders, text);
      if (ctx.options.json) ctx.print(JSON.stringify(groupHits(hits), null, 2));
      else printHits(ctx, hits, text);
      return;
    }
    if (ctx.options.json) ctx.print(JSON.stringify(listing.rows.map(jsonRow), null, 2));
    else printTable(ctx, listing.rows);
  },
};
