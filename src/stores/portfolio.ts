import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ProgressEvent } from '../../domain/ipc/events';
import { viewRows, type PortfolioFilter, type PortfolioSortKey } from '../../domain/portfolio/table';
import type { ClientUpdateResult, PortfolioChanges, PortfolioDueItem, PortfolioRow, PortfolioSearchHit } from '../../domain/portfolio/types';
import type { PortfolioUpdateInput } from '../../domain/portfolio/updates';
import { call } from '../api';
import { useMessagesStore } from './messages';
import { useRegisterStore } from './register';
import { settleUnsavedChanges } from './unsaved-changes';

export type PortfolioTab = 'clients' | 'due' | 'search' | 'update';

/** How often the list is fetched again while a cold index fills (progress events arrive per file). */
const FILL_INTERVAL_MS = 200;

/**
 * The external DPO's client portfolio: shown instead of the start screen or the open register
 * until the DPO goes back or opens a client. Main reads the files; this store only asks.
 */
export const usePortfolioStore = defineStore('portfolio', () => {
  const visible = ref(false);
  const tab = ref<PortfolioTab>('clients');
  const folders = ref<string[]>([]);
  const unreadableFolders = ref<string[]>([]);
  const rows = ref<PortfolioRow[]>([]);
  const changes = ref<PortfolioChanges | null>(null);
  const refreshing = ref(false);
  const progress = ref<{ done: number; total: number } | null>(null);
  const filter = ref<PortfolioFilter>('all');
  const text = ref('');
  const sort = ref<PortfolioSortKey>('organisation');
  const descending = ref(false);
  const dueItems = ref<PortfolioDueItem[]>([]);
  const hits = ref<PortfolioSearchHit[] | null>(null);
  const searchedText = ref('');
  const preview = ref<ClientUpdateResult[] | null>(null);
  const report = ref<ClientUpdateResult[] | null>(null);
  const busy = ref(false);
  let fillTimer: ReturnType<typeof setTimeout> | null = null;

  const shownRows = computed(() => viewRows(rows.value, { filter: filter.value, text: text.value, sort: sort.value, descending: descending.value }));
  const clients = computed(() => rows.value.flatMap((r) => (r.status === 'ok' ? [r.summary] : [])));

  const messages = () => useMessagesStore();

  async function guarded<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      messages().showError(error);
      return undefined;
    }
  }

  /** Shows the portfolio: what the index knows at once, then a refresh that reads what changed. */
  async function show(): Promise<void> {
    if (useRegisterStore().info && !(await settleUnsavedChanges())) return;
    visible.value = true;
    messages().clear();
    await guarded(async () => {
      const listing = await call('portfolio.list');
      folders.value = listing.folders;
      rows.value = listing.rows;
    });
    void refresh();
  }

  function hide(): void {
    visible.value = false;
    messages().clear();
  }

  let refreshAgain = false;

  /** Reads what changed; asked again while running (new folders, an update applied), it runs once more after. */
  async function refresh(): Promise<void> {
    if (refreshing.value) {
      refreshAgain = true;
      return;
    }
    refreshing.value = true;
    progress.value = null;
    await guarded(async () => {
      const listing = await call('portfolio.refresh', {});
      folders.value = listing.folders;
      rows.value = listing.rows;
      changes.value = listing.changes;
      unreadableFolders.value = listing.unreadableFolders;
      dueItems.value = await call('portfolio.dueItems');
    });
    refreshing.value = false;
    progress.value = null;
    if (refreshAgain) {
      refreshAgain = false;
      await refresh();
    }
  }

  /** Progress of a refresh: the list fills as the files are read. */
  function reportProgress(event: ProgressEvent): void {
    if (event.task !== 'portfolio' || !refreshing.value) return;
    progress.value = { done: event.done, total: event.total };
    fillTimer ??= setTimeout(() => {
      fillTimer = null;
      if (!refreshing.value) return;
      void call('portfolio.list')
        .then((listing) => {
          if (refreshing.value) rows.value = listing.rows;
        })
        .catch(() => undefined); // the refresh itself reports failures
    }, FILL_INTERVAL_MS);
  }

  async function setFolders(list: string[]): Promise<boolean> {
    const saved = await guarded(() => call('portfolio.setFolders', { folders: list }));
    if (!saved) return false;
    folders.value = saved;
    await refresh();
    return true;
  }

  async function chooseFolder(): Promise<void> {
    const saved = await guarded(() => call('portfolio.addFolder'));
    if (!saved) return;
    folders.value = saved;
    await refresh();
  }

  function sortBy(key: PortfolioSortKey): void {
    if (sort.value === key) descending.value = !descending.value;
    else {
      sort.value = key;
      descending.value = key !== 'organisation' && key !== 'path';
    }
  }

  async function openClient(path: string): Promise<void> {
    const opened = await useRegisterStore().openFromPortfolio(path);
    if (opened) visible.value = false;
  }

  async function search(query: string): Promise<void> {
    const found = await guarded(() => call('portfolio.search', { text: query }));
    if (found) {
      hits.value = found;
      searchedText.value = query;
    }
  }

  async function previewUpdate(update: PortfolioUpdateInput, paths: string[]): Promise<void> {
    busy.value = true;
    report.value = null;
    preview.value = (await guarded(() => call('portfolio.previewUpdate', { update, paths }))) ?? null;
    busy.value = false;
  }

  async function applyUpdate(update: PortfolioUpdateInput, paths: string[]): Promise<void> {
    busy.value = true;
    const result = await guarded(() => call('portfolio.applyUpdate', { update, paths }));
    busy.value = false;
    if (!result) return;
    report.value = result;
    preview.value = null;
    await refresh();
  }

  return {
    visible,
    tab,
    folders,
    unreadableFolders,
    rows,
    changes,
    refreshing,
    progress,
    filter,
    text,
    sort,
    descending,
    dueItems,
    hits,
    searchedText,
    preview,
    report,
    busy,
    shownRows,
    clients,
    show,
    hide,
    refresh,
    reportProgress,
    setFolders,
    chooseFolder,
    sortBy,
    openClient,
    search,
    previewUpdate,
    applyUpdate,
  };
});
